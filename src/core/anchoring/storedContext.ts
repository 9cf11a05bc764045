// The stored prefix and suffix, each split where the span's sentence ends.
//
// Editors insert, delete and move whole sentences and paragraphs, so the words
// of the span's own sentence identify it far better than the text across a
// sentence end or a blank line, which an edit there replaces. Without the
// split, "The" at the start of a paragraph stays put when a paragraph that
// also starts with "The" is inserted before it: the old place keeps the
// prefix (the previous paragraph), the true one the suffix (its own sentence),
// and both look equally good. A single line break is not a boundary: hard
// wrapped text has one in the middle of every few sentences.

import { BigramProfile } from './bigramBound';
import { foldSpaces } from './foldedText';

/** Context split at the boundary nearest the span, white space folded. */
export interface StoredContext {
  readonly prefixNear: BigramProfile;
  readonly prefixFar: BigramProfile;
  readonly suffixNear: BigramProfile;
  readonly suffixFar: BigramProfile;
}

const CLOSING = String.raw`[\p{Pf}\p{Pe}"'’]*`;
// a sentence end (with its closing quotation marks or brackets) and the white
// space after it, or a blank line
const LINE_BREAK = String.raw`(?:\r\n|\r(?!\n)|\n)`;
const PREFIX_BOUNDARIES = new RegExp(String.raw`[.!?…]${CLOSING}\s+|${LINE_BREAK}[^\S\r\n]*${LINE_BREAK}\s*|\u2029\s*`, 'gu');
// a sentence end (with its closing marks) before white space, or a blank line
const SUFFIX_BOUNDARY = new RegExp(String.raw`[.!?…]${CLOSING}(?=\s|$)|(?=${LINE_BREAK}[^\S\r\n]*${LINE_BREAK}|\u2029)`, 'u');
// the span itself ends its sentence: only the closing marks after it are near
const ENDS_SENTENCE = /[.!?…]$/u;
const LEADING_CLOSING = new RegExp(`^${CLOSING}`, 'u');

export function storedContext(quote: string, prefix: string, suffix: string): StoredContext {
  let nearStart = 0;
  for (const boundary of prefix.matchAll(PREFIX_BOUNDARIES)) nearStart = boundary.index + boundary[0].length;
  const nearEnd = ENDS_SENTENCE.test(quote) ? LEADING_CLOSING.exec(suffix)![0].length : suffixNearEnd(suffix);
  const profile = (part: string): BigramProfile => new BigramProfile(foldSpaces(part));
  return {
    prefixNear: profile(prefix.slice(nearStart)),
    prefixFar: profile(prefix.slice(0, nearStart)),
    suffixNear: profile(suffix.slice(0, nearEnd)),
    suffixFar: profile(suffix.slice(nearEnd)),
  };
}

function suffixNearEnd(suffix: string): number {
  const boundary = SUFFIX_BOUNDARY.exec(suffix);
  return boundary ? boundary.index + boundary[0].length : suffix.length;
}
