// The context stored beside an annotation: what re-anchoring compares a
// candidate's surroundings with after the article changed.

import { keptSlice } from '../keptSlice';

/** UTF-16 units of context kept on each side of a span. */
export const CONTEXT_LENGTH = 32;

/** The context to store with an annotation (32 UTF-16 units each side, not splitting a surrogate pair). */
export function contextOf(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to)) && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { prefix: keptSlice(text, from, start), suffix: keptSlice(text, end, to) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
