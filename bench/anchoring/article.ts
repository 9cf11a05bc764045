// Generated articles: a headline and paragraphs of one to three sentences
// drawn without repetition from the pool, separated by blank lines, with LF or
// CRLF line ends, and half of them hard-wrapped the way e-mailed copy is.

import type { Span } from '../../src/core/model';
import type { Random } from './random';
import { HEADLINES, SENTENCES } from './sentences';

export interface Article {
  readonly text: string;
  readonly lineBreak: '\n' | '\r\n';
  /** Each sentence (the headline is one), in order. */
  readonly sentences: readonly Span[];
  /** Each paragraph (the headline is one), without its line breaks, in order. */
  readonly paragraphs: readonly Span[];
  /** Pool sentences the article does not use, for insertions. */
  readonly unused: readonly string[];
}

export function generateArticle(random: Random, paragraphCount: number): Article {
  const lineBreak = random.chance(0.3) ? '\r\n' : '\n';
  const width = random.chance(0.5) ? random.int(50, 80) : Infinity;
  const pool = random.shuffled(SENTENCES);
  const blocks: string[][] = [[random.pick(HEADLINES)]];
  for (let p = 0; p < paragraphCount && pool.length > 0; p++) blocks.push(pool.splice(0, random.int(1, 3)));
  return { ...buildArticle(blocks, width, lineBreak), unused: pool };
}

/** An article of the given paragraphs (each a list of sentences), ending with a line break. */
export function buildArticle(blocks: readonly (readonly string[])[], width: number, lineBreak: '\n' | '\r\n'): Omit<Article, 'unused'> {
  const parts: string[] = [];
  let length = 0;
  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  for (const block of blocks) {
    if (length > 0) {
      parts.push(lineBreak + lineBreak);
      length += 2 * lineBreak.length;
    }
    const laid = layOut(block, width, lineBreak);
    for (const s of laid.sentences) sentences.push({ start: length + s.start, end: length + s.end });
    paragraphs.push({ start: length, end: length + laid.text.length });
    parts.push(laid.text);
    length += laid.text.length;
  }
  return { text: parts.join('') + lineBreak, lineBreak, sentences, paragraphs };
}

/** One paragraph's sentences, filled into lines of at most `width` characters. */
function layOut(sentences: readonly string[], width: number, lineBreak: string): { text: string; sentences: Span[] } {
  let text = '';
  let column = 0;
  const spans: Span[] = [];
  for (const sentence of sentences) {
    let start = -1;
    for (const word of sentence.split(' ')) {
      if (text.length > 0) {
        if (column + 1 + word.length > width) {
          text += lineBreak;
          column = 0;
        } else {
          text += ' ';
          column++;
        }
      }
      if (start < 0) start = text.length;
      text += word;
      column += word.length;
    }
    spans.push({ start, end: text.length });
  }
  return { text, sentences: spans };
}
