// `direct` (reported speech) or `term` (a scare quote or a name). A quote of
// a few words is a term unless a speech cue touches it; a longer one is
// speech unless it reads like a title (every word capitalised) with no cue.

import type { QuoteStyle } from '../model';
import type { Words } from './phrases';
import { CAPITALISED, Kind } from './tokens';
import { WordSet } from './word-set';

/** Fewer words than this make a term, unless a cue touches the quote. */
const TERM_MAX_WORDS = 3;

const SMALL_WORDS = new WordSet(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'to', 'at', 'by', 'with', 'from', 'de', 'la', 'vs']);

export interface WordCount {
  readonly words: number;
  /** Whether a word starts with a lower-case letter and is not a small word of a title (0 or 1). */
  readonly lowercase: number;
}

/** Counts the words among tokens (from, to), both exclusive. */
export function countWords(w: Words, from: number, to: number): WordCount {
  const { tokens } = w;
  let words = 0, lowercase = 0;
  for (let t = from + 1; t < to; t++) {
    if (tokens.kind[t] !== Kind.Word) continue;
    words++;
    if (lowercase === 0 && (tokens.flags[t]! & CAPITALISED) === 0 && isLetter(w.text.charCodeAt(tokens.start[t]!)) &&
      !SMALL_WORDS.has(w.text, tokens.start[t]!, tokens.end[t]!)) lowercase = 1;
  }
  return { words, lowercase };
}

function isLetter(c: number): boolean {
  return c < 0x80 ? (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) : true;
}

export function styleOf(count: WordCount, cued: boolean): QuoteStyle {
  if (cued) return 'direct';
  if (count.words <= TERM_MAX_WORDS) return 'term';
  return count.lowercase === 0 ? 'term' : 'direct';
}

export function addCounts(a: WordCount, b: WordCount): WordCount {
  return { words: a.words + b.words, lowercase: a.lowercase | b.lowercase };
}
