// What a paragraph's quotes depend on from the paragraphs before it. Kept
// small and bounded so that, after an edit, the state after some later
// paragraph soon equals the old one and the re-scan can stop.

import type { Speaker } from '../model';
import type { Family } from './marks';

/** A person seen recently, for pronouns and short names ("He", "Clinton"). */
export interface Person {
  /** The longest form seen ("Hillary Clinton"), or the glossary name. */
  readonly name: string;
  readonly entity: string | null;
  /** 'm', 'f', '' when unknown, or 'p' for a group or body that spoke (what "they" refers to). */
  readonly gender: string;
}

/** The quote left open at the end of the last paragraph. */
export interface OpenQuoteState {
  readonly family: Family;
  readonly opener: number;
  readonly mark: number;
  readonly start: number;
  /** Words quoted so far, and how many of them are lower case: the direct/term decision at its close. */
  readonly words: number;
  readonly lowercase: number;
  /** End of the words of the last line it ran over: where it ends if it proves never closed. */
  readonly end: number;
  /** Lines it has run over without being reopened (hard-wrapped text). */
  readonly wrappedLines: number;
  /** The speaker named before it opened, if any. */
  readonly speaker: Speaker | null;
}

export interface QuoteState {
  readonly open: OpenQuoteState | null;
  /** Recently mentioned persons, most recent last. */
  readonly persons: readonly Person[];
  /** The speaker of the last direct quote, and how many paragraphs ago it spoke. */
  readonly lastSpeaker: Speaker | null;
  readonly lastSpeakerAge: number;
  /** A speaker introduced by a colon at the end of the last paragraph ("Smith said:"). */
  readonly intro: Speaker | null;
}

/** How many persons the state remembers. */
export const MAX_PERSONS = 10;
/** Paragraphs after which the last speaker no longer carries over to an unattributed quote. */
export const SPEAKER_MEMORY = 2;
/**
 * Lines an open quote may run over without a closing or reopening mark
 * before it is taken as never closed (it then ends at its last line).
 */
export const MAX_WRAPPED_LINES = 8;

export const INITIAL_QUOTE_STATE: QuoteState = {
  open: null, persons: [], lastSpeaker: null, lastSpeakerAge: 0, intro: null,
};

function shiftSpeaker(s: Speaker | null, delta: number): Speaker | null {
  return s && { ...s, start: s.start + delta, end: s.end + delta };
}

export function shiftQuoteState(state: QuoteState, delta: number): QuoteState {
  if (delta === 0) return state;
  const open = state.open && {
    ...state.open, mark: state.open.mark + delta, start: state.open.start + delta, end: state.open.end + delta,
    speaker: shiftSpeaker(state.open.speaker, delta),
  };
  return {
    ...state,
    open,
    lastSpeaker: shiftSpeaker(state.lastSpeaker, delta),
    intro: shiftSpeaker(state.intro, delta),
  };
}

function sameSpeaker(a: Speaker | null, b: Speaker | null): boolean {
  if (a === b) return true;
  return !!a && !!b && a.start === b.start && a.end === b.end && a.text === b.text && a.name === b.name && a.entity === b.entity;
}

function samePersons(a: readonly Person[], b: readonly Person[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!, q = b[i]!;
    if (p.name !== q.name || p.entity !== q.entity || p.gender !== q.gender) return false;
  }
  return true;
}

function sameOpen(a: OpenQuoteState | null, b: OpenQuoteState | null): boolean {
  if (a === b) return true;
  return !!a && !!b && a.family === b.family && a.opener === b.opener && a.mark === b.mark && a.start === b.start &&
    a.end === b.end && a.words === b.words && a.lowercase === b.lowercase && a.wrappedLines === b.wrappedLines && sameSpeaker(a.speaker, b.speaker);
}

export function sameQuoteState(a: QuoteState, b: QuoteState): boolean {
  return a === b || (a.lastSpeakerAge === b.lastSpeakerAge && sameOpen(a.open, b.open) &&
    sameSpeaker(a.lastSpeaker, b.lastSpeaker) && sameSpeaker(a.intro, b.intro) && samePersons(a.persons, b.persons));
}
