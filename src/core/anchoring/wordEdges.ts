// A span drawn around whole words must come back around whole words: without
// this check, "Lavrov" re-anchors inside "Lavrovs", and a fuzzy match may
// end one letter short of the word an edit lengthened.

import { isWordAt, isWordBefore } from '../chars';

/** True when `at` falls between two word characters of `text`. */
export function splitsWord(text: string, at: number): boolean {
  return isWordBefore(text, at) && isWordAt(text, at);
}

/** Which ends of a stored annotation fell on word edges, so that a candidate must too. */
export interface WordEdges {
  readonly start: boolean;
  readonly end: boolean;
}

/** The word edges of a stored span, told by its text and context; an end without stored context is not constrained. */
export function storedWordEdges(text: string, prefix: string | undefined, suffix: string | undefined): WordEdges {
  return {
    start: prefix !== undefined && !splitsWord(prefix + text.slice(0, 2), prefix.length),
    end: suffix !== undefined && !splitsWord(text.slice(-2) + suffix, Math.min(2, text.length)),
  };
}

/** True when the candidate [start, end) of `text` keeps the word edges the stored span had. */
export function keepsWordEdges(text: string, start: number, end: number, edges: WordEdges): boolean {
  return !(edges.start && splitsWord(text, start)) && !(edges.end && splitsWord(text, end));
}
