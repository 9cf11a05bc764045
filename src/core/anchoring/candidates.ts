// Where a stored quote could be now, in the folded text: every exact
// occurrence, or every approximate one within the error budget, each keeping
// the word edges the stored span had.

import { bestAlignment } from './alignment';
import { approximateEnds, type ApproximateEnd } from './approximateSearch';
import type { StoredContext } from './storedContext';
import { keepsWordEdges, type WordEdges } from './wordEdges';

/** A place in the folded text and the edits that separate it from the stored quote. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** The stored annotation as the search sees it: quote and context with white space folded. */
export interface Wanted {
  readonly quote: string;
  readonly context: StoredContext;
  readonly edges: WordEdges;
}

/** Every exact occurrence of the quote (overlapping ones too) that keeps the word edges. */
export function exactCandidates(text: string, wanted: Wanted): Candidate[] {
  const found: Candidate[] = [];
  const length = wanted.quote.length;
  for (let at = text.indexOf(wanted.quote); at >= 0; at = text.indexOf(wanted.quote, at + 1)) {
    if (keepsWordEdges(text, at, at + length, wanted.edges)) found.push({ start: at, end: at + length, errors: 0 });
  }
  return found;
}

/** Every approximate occurrence of the quote with at most `maxErrors` edits, one per place. */
export function approximateCandidates(text: string, wanted: Wanted, maxErrors: number): Candidate[] {
  const found: Candidate[] = [];
  for (const ends of endsPerPlace(approximateEnds(text, wanted.quote, maxErrors), wanted.quote.length, maxErrors)) {
    const candidate = bestAlignment(text, wanted, ends, maxErrors);
    if (!candidate) continue;
    const previous = found[found.length - 1];
    if (previous && candidate.start < previous.end) {
      if (candidate.errors < previous.errors) found[found.length - 1] = candidate;
    } else {
      found.push(candidate);
    }
  }
  return found;
}

// A match is reported at a run of neighbouring ends (one letter more or less
// costs one edit). A run is cut at a gap, and every half pattern length, so
// that in repetitive text two nearby occurrences are not taken for one.
function endsPerPlace(ends: readonly ApproximateEnd[], patternLength: number, maxErrors: number): ApproximateEnd[][] {
  const runs: ApproximateEnd[][] = [];
  let run: ApproximateEnd[] = [];
  for (const end of ends) {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && (end.end - last.end > 2 * maxErrors + 1 || end.end - first.end > patternLength / 2)) {
      runs.push(run);
      run = [];
    }
    run.push(end);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
