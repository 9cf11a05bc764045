// Manual annotations as a reader would draw them: entity-sized spans of one
// to four words (mostly names, which recur across the article) and
// quote-sized spans of five to forty words (mostly the words of a quotation),
// each stored with its context the way the sidecar stores it.

import { contextOf } from '../../src/core/anchoring';
import type { Annotation, Span } from '../../src/core/model';
import type { Article } from './article';
import type { Random } from './random';

const WORD = /[\p{L}\p{N}]+(?:[’'.,-][\p{L}\p{N}]+)*/gu;
const QUOTATION = /[“"]([^”"]+)[”"]/gu;

export function placeAnnotations(random: Random, article: Article, count: number): Annotation[] {
  const annotations: Annotation[] = [];
  const taken = new Set<string>();
  for (let attempt = 0; annotations.length < count && attempt < count * 20; attempt++) {
    const sentence = random.pick(article.sentences);
    const span = random.chance(0.5) ? entitySized(random, article.text, sentence) : quoteSized(random, article.text, sentence);
    if (!span || taken.has(`${span.start}:${span.end}`)) continue;
    taken.add(`${span.start}:${span.end}`);
    annotations.push(annotationAt(article.text, span, `a${annotations.length}`));
  }
  return annotations;
}

function annotationAt(text: string, span: Span, id: string): Annotation {
  const common = { id, start: span.start, end: span.end, text: text.slice(span.start, span.end), origin: 'manual' as const, ...contextOf(text, span.start, span.end) };
  const words = common.text.split(/\s+/).length;
  return words <= 4
    ? { ...common, kind: 'entity', type: 'other', entity: null }
    : { ...common, kind: 'quote', style: 'direct', speaker: null };
}

function wordsIn(text: string, within: Span): Span[] {
  const words: Span[] = [];
  for (const match of text.slice(within.start, within.end).matchAll(WORD)) {
    words.push({ start: within.start + match.index, end: within.start + match.index + match[0].length });
  }
  return words;
}

// Mostly a run of capitalised words (a name), otherwise any one to four words.
function entitySized(random: Random, text: string, sentence: Span): Span | undefined {
  const words = wordsIn(text, sentence);
  if (words.length === 0) return undefined;
  const capitalised = (w: Span): boolean => /^\p{Lu}/u.test(text.slice(w.start, w.end));
  const names = words.map((w, i) => i).filter((i) => capitalised(words[i]!));
  if (names.length > 0 && random.chance(0.7)) {
    const first = random.pick(names);
    let last = first;
    while (last + 1 < words.length && last - first < 3 && capitalised(words[last + 1]!) && random.chance(0.8)) last++;
    return { start: words[first]!.start, end: words[last]!.end };
  }
  const first = random.int(0, words.length - 1);
  const last = Math.min(words.length - 1, first + random.int(0, 3));
  return { start: words[first]!.start, end: words[last]!.end };
}

// Mostly the words of a quotation in the sentence, otherwise five to forty words.
function quoteSized(random: Random, text: string, sentence: Span): Span | undefined {
  const quotations = [...text.slice(sentence.start, sentence.end).matchAll(QUOTATION)]
    .map((m) => ({ start: sentence.start + m.index + 1, end: sentence.start + m.index + m[0].length - 1 }))
    .filter((q) => wordsIn(text, q).length >= 5);
  if (quotations.length > 0 && random.chance(0.6)) return random.pick(quotations);
  const words = wordsIn(text, sentence);
  if (words.length < 5) return undefined;
  const length = random.int(5, Math.min(40, words.length));
  const first = random.int(0, words.length - length);
  return { start: words[first]!.start, end: words[first + length - 1]!.end };
}
