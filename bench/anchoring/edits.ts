// The seeded edits the benchmark applies to an article: edits elsewhere
// (insert, delete, move a paragraph, re-wrap, CRLF↔LF) and edits aimed at one
// annotation (a small edit inside it, its deletion, its sentence pasted again).

import type { Span } from '../../src/core/model';
import type { Article } from './article';
import { edited, replaced, type EditedText, type Replacement } from './editedText';
import type { Random } from './random';

/** A sentence inserted before another, at the end of a paragraph, or as a paragraph of its own. */
export function insertSentence(random: Random, article: Article): EditedText {
  const sentence = random.pick(article.unused);
  const where = random.int(0, 2);
  if (where === 0) return insertAt(article, random.pick(article.sentences).start, sentence + ' ');
  if (where === 1) return insertAt(article, random.pick(article.paragraphs).end, ' ' + sentence);
  return insertAt(article, random.pick(article.paragraphs).start, sentence + article.lineBreak + article.lineBreak);
}

function insertAt(article: Article, at: number, text: string): EditedText {
  return replaced(article.text, [{ at, length: 0, text }]);
}

/** A sentence or a whole paragraph deleted. */
export function deleteSomething(random: Random, article: Article): EditedText {
  return random.chance(0.6) ? deleteSentence(article, random.pick(article.sentences)) : deleteParagraph(article, random.pick(article.paragraphs));
}

/** The sentence and one space beside it; a paragraph's only sentence goes with its paragraph. */
function deleteSentence(article: Article, sentence: Span): EditedText {
  const paragraph = article.paragraphs.find((p) => p.start <= sentence.start && sentence.end <= p.end)!;
  if (paragraph.start === sentence.start && paragraph.end === sentence.end) return deleteParagraph(article, paragraph);
  const range = sentence.end < paragraph.end
    ? { start: sentence.start, end: nextNonSpace(article.text, sentence.end) }
    : { start: previousNonSpace(article.text, sentence.start), end: sentence.end };
  return replaced(article.text, [{ at: range.start, length: range.end - range.start, text: '' }]);
}

/** The paragraph and the line breaks after it (before it, for the last one). */
function deleteParagraph(article: Article, paragraph: Span): EditedText {
  const isLast = paragraph === article.paragraphs[article.paragraphs.length - 1];
  const range = isLast
    ? { start: previousNonSpace(article.text, paragraph.start), end: paragraph.end }
    : { start: paragraph.start, end: nextNonSpace(article.text, paragraph.end) };
  return replaced(article.text, [{ at: range.start, length: range.end - range.start, text: '' }]);
}

/** A paragraph (with the line breaks after it) moved before another paragraph. */
export function moveParagraph(random: Random, article: Article): EditedText {
  const blocks = article.paragraphs.map((p, i) => ({ start: p.start, end: article.paragraphs[i + 1]?.start ?? article.text.length }));
  const from = random.int(0, blocks.length - 1);
  const targets = blocks.map((_, i) => i).filter((i) => i !== from && i !== from + 1);
  const block = blocks[from]!;
  const to = blocks[random.pick(targets)]!.start;
  const n = article.text.length;
  return to < block.start
    ? edited(article.text, [old(0, to), old(block.start, block.end), old(to, block.start), old(block.end, n)])
    : edited(article.text, [old(0, block.start), old(block.end, to), old(block.start, block.end), old(to, n)]);
}

/** Every paragraph refilled to another line width, or unwrapped. */
export function rewrap(random: Random, article: Article): EditedText {
  const width = random.chance(0.3) ? Infinity : random.int(40, 90);
  const replacements: Replacement[] = [];
  for (const paragraph of article.paragraphs) {
    let column = 0;
    const words = [...article.text.slice(paragraph.start, paragraph.end).matchAll(/\S+/g)];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (i > 0) {
        const previous = words[i - 1]!;
        const gap = { at: paragraph.start + previous.index + previous[0].length, end: paragraph.start + word.index };
        const breaks = column + 1 + word[0].length > width;
        const separator = breaks ? article.lineBreak : ' ';
        column = breaks ? 0 : column + 1;
        if (article.text.slice(gap.at, gap.end) !== separator) replacements.push({ at: gap.at, length: gap.end - gap.at, text: separator });
      }
      column += word[0].length;
    }
  }
  return replaced(article.text, replacements);
}

/** LF line ends made CRLF, or CRLF made LF. */
export function convertLineEnds(article: Article): EditedText {
  const replacements: Replacement[] = [];
  for (const m of article.text.matchAll(/\r?\n/g)) {
    replacements.push({ at: m.index, length: m[0].length, text: article.lineBreak === '\n' ? '\r\n' : '\n' });
  }
  return replaced(article.text, replacements);
}

/** One edit inside the span of at most 10 % of its characters: letters replaced, deleted or inserted. */
export function editInside(random: Random, article: Article, span: Span): EditedText | undefined {
  const budget = Math.floor((span.end - span.start) * 0.1);
  if (budget < 1) return undefined;
  const count = random.int(1, budget);
  const kind = random.int(0, 2);
  if (kind === 0) {
    const at = random.int(span.start, span.end - count);
    const letters = Array.from(article.text.slice(at, at + count), (c) => otherLetter(random, c)).join('');
    return replaced(article.text, [{ at, length: count, text: letters }]);
  }
  if (kind === 1) {
    const at = random.int(span.start, span.end - count);
    return replaced(article.text, [{ at, length: count, text: '' }]);
  }
  const at = random.int(span.start + 1, span.end - 1);
  const letters = Array.from({ length: count }, () => otherLetter(random, '')).join('');
  return replaced(article.text, [{ at, length: 0, text: letters }]);
}

function otherLetter(random: Random, not: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'.replace(not.toLowerCase(), '');
  return random.pick([...letters]);
}

/** The span itself, its sentence or its paragraph deleted. */
export function deleteAnnotated(random: Random, article: Article, span: Span): EditedText {
  const sentence = article.sentences.find((s) => s.start <= span.start && span.end <= s.end)!;
  const which = random.int(0, 2);
  if (which === 0) return replaced(article.text, [{ at: span.start, length: span.end - span.start, text: '' }]);
  if (which === 1) return deleteSentence(article, sentence);
  return deleteParagraph(article, article.paragraphs.find((p) => p.start <= span.start && span.end <= p.end)!);
}

/**
 * The annotated sentence pasted again: as a paragraph of its own or before
 * another sentence. Never right beside the sentence itself: "S S" is the same
 * text whether the copy went before or after, so no re-anchoring could tell
 * which one is the original, and the benchmark would score a coin toss.
 */
export function pasteAgain(random: Random, article: Article, span: Span): EditedText {
  const index = article.sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
  const sentence = article.sentences[index]!;
  const next = article.sentences[index + 1];
  const asParagraph = random.chance(0.5);
  const places = (asParagraph ? article.paragraphs : article.sentences).map((s) => s.start).filter((at) => at !== sentence.start && at !== next?.start);
  const at = random.pick(places);
  const separator = asParagraph ? article.lineBreak + article.lineBreak : ' ';
  const n = article.text.length;
  return edited(article.text, [old(0, at), { kind: 'old', from: sentence.start, to: sentence.end, copy: true }, { kind: 'new', text: separator }, old(at, n)]);
}

function old(from: number, to: number): { kind: 'old'; from: number; to: number } {
  return { kind: 'old', from, to };
}

function nextNonSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

function previousNonSpace(text: string, at: number): number {
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}
