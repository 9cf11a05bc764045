// The exact ends of an approximate match. The bit-parallel search reports
// where matches end and how many edits they cost; here every end of one
// place, and every start within the budget, is weighed.

import type { ApproximateEnd } from './approximateSearch';
import type { Candidate, Wanted } from './candidates';
import { contextAgreement } from './contextEvidence';
import { distancesEndingAt } from './editDistance';
import type { StoredContext } from './storedContext';
import { splitsWord } from './wordEdges';

/**
 * The best start and end for one place, given the ends reported there.
 *
 * The stored context says where the span begins and ends: the alignment that
 * has it right beside its ends wins, and edits only count after that.
 * Otherwise, when "She" became "Shrzskeuie", dropping the word (three edits)
 * beats keeping it (seven). Then fewer edits, then the better context: after
 * "for" became "forsvadqc" in "…for the", ending after "forsvadqc" costs the
 * same six edits as ending after "the".
 */
export function bestAlignment(text: string, wanted: Wanted, ends: readonly ApproximateEnd[], maxErrors: number): Candidate | undefined {
  const m = wanted.quote.length;
  let best: { candidate: Candidate; key: readonly number[] } | undefined;
  for (const { end } of ends) {
    if (!isPossibleEnd(text, end, wanted)) continue;
    const distances = distancesEndingAt(wanted.quote, text, end, m + maxErrors);
    for (let length = Math.max(1, m - maxErrors); length < distances.length; length++) {
      const start = end - length;
      const errors = distances[length]!;
      if (errors > maxErrors || !isPossibleStart(text, start, wanted)) continue;
      const key = [adjacency(text, start, end, wanted.context), -errors, contextAgreement(text, start, end, wanted.context), -Math.abs(length - m)];
      if (!best || isGreater(key, best.key)) best = { candidate: { start, end, errors }, key };
    }
  }
  return best?.candidate;
}

// A start that does not split a word the stored span did not split, nor a
// surrogate pair, and is no space unless the stored span began with one.
function isPossibleStart(text: string, start: number, wanted: Wanted): boolean {
  return !splitsPair(text, start) && !(wanted.edges.start && splitsWord(text, start)) &&
    !(isSpaceAt(text, start) && !isSpaceAt(wanted.quote, 0));
}

function isPossibleEnd(text: string, end: number, wanted: Wanted): boolean {
  return !splitsPair(text, end) && !(wanted.edges.end && splitsWord(text, end)) &&
    !(isSpaceAt(text, end - 1) && !isSpaceAt(wanted.quote, wanted.quote.length - 1));
}

/** Characters of stored context checked right beside a candidate's ends. */
const BESIDE = 8;

// Spaces right at an end do not count: when an edit deleted the span's last
// word, "customs hall." became "customs .", and the stored "." is still
// right after "customs", one space away.
function adjacency(text: string, start: number, end: number, context: StoredContext): number {
  const prefix = (context.prefixFar.text + context.prefixNear.text).trimEnd().slice(-BESIDE);
  const suffix = (context.suffixNear.text + context.suffixFar.text).trimStart().slice(0, BESIDE);
  let before = start;
  while (isSpaceAt(text, before - 1)) before--;
  let after = end;
  while (isSpaceAt(text, after)) after++;
  const prefixBeside = prefix.length > 0 && text.slice(before - prefix.length, before) === prefix ? 1 : 0;
  const suffixBeside = suffix.length > 0 && text.slice(after, after + suffix.length) === suffix ? 1 : 0;
  return prefixBeside + suffixBeside;
}

function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

function splitsPair(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && at > 0 && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff;
}

// the folded texts hold no white space but single spaces
function isSpaceAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x20;
}
