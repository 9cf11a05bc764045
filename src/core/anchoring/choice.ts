// When a candidate is good enough to move an annotation to. The rule that
// matters most is the last one: Hypothesis-style anchoring picks the best
// scoring place even when a lookalike scores the same, and so silently moves
// annotations to a pasted copy of their sentence. Here a tie is not a choice.

import type { Candidate, Wanted } from './candidates';
import { contextAgreement, contextAgreementBound, contextWeight, hasIntactNearSide } from './contextEvidence';

/**
 * When a candidate is accepted at all. Evidence counts characters: the
 * quote's own (less its edits) and the context characters that agree.
 * - Edits elsewhere never touch the span's own sentence, so one side of it
 *   (the near context) is intact: then 30 characters are enough. "The" at a
 *   paragraph start with the rest of its sentence after it has 35.
 * - A lookalike has no intact side: "Solberg said the company had no plans"
 *   for a deleted "Solberg said the company had lost about", right where it
 *   was and after the same paragraph, has 32. Without an intact side, 40 are
 *   needed: a long quote, or a short one with most of its context.
 */
const ACCEPTED_WITH_INTACT_SIDE = 30;
const ACCEPTED_WITHOUT = 40;
/**
 * Where the stored context is short (a short sentence, the start of the
 * text), this share of all the evidence there could be is enough.
 */
const ACCEPTED_SHARE = 0.8;
/** Context agreement so high that an exact occurrence needs no approximate search for rivals. */
export const STRONG = 0.9;
/** How far ahead of the runner-up the best candidate must be (≈ 8 of 64 context characters). */
const MARGIN = 0.2;

export interface ScoredCandidate extends Candidate {
  /** How well its surroundings agree with the stored context, 0..1. */
  readonly agreement: number;
  /** Agreement less the share of the quote that had to be edited. */
  readonly score: number;
  /** One side of the span's own sentence is exactly as stored. */
  readonly intactSide: boolean;
}

/**
 * The candidates that can matter, scored, best first: the best one and every
 * one that might be within the margin of it. The rest are left out unscored,
 * told apart by a cheap bound, as "the" may occur thousands of times.
 */
export function rankCandidates(text: string, wanted: Wanted, candidates: readonly Candidate[]): ScoredCandidate[] {
  const penalty = (c: Candidate): number => c.errors / Math.max(1, wanted.quote.length);
  const bounded = candidates
    .map((candidate) => ({ candidate, bound: contextAgreementBound(text, candidate.start, candidate.end, wanted.context) - penalty(candidate) }))
    .sort((a, b) => b.bound - a.bound);
  const scored: ScoredCandidate[] = [];
  let best: ScoredCandidate | undefined;
  for (const { candidate, bound } of bounded) {
    if (best && (bound < best.score - MARGIN || (!isAccepted(best, wanted) && bound < best.score))) break;
    const agreement = contextAgreement(text, candidate.start, candidate.end, wanted.context);
    const intactSide = hasIntactNearSide(text, candidate.start, candidate.end, wanted.context);
    const next = { ...candidate, agreement, score: agreement - penalty(candidate), intactSide };
    scored.push(next);
    if (!best || next.score > best.score) best = next;
  }
  return scored.sort((a, b) => b.score - a.score || a.start - b.start);
}

export type Choice =
  | { readonly kind: 'chosen'; readonly candidate: ScoredCandidate }
  /** Two or more candidates that the stored context cannot tell apart. */
  | { readonly kind: 'ambiguous'; readonly rivals: readonly ScoredCandidate[] }
  | { readonly kind: 'none' };

function isAccepted(candidate: ScoredCandidate, wanted: Wanted): boolean {
  const weight = contextWeight(wanted.context);
  const evidence = candidate.agreement * weight + wanted.quote.length - candidate.errors;
  const needed = candidate.intactSide ? ACCEPTED_WITH_INTACT_SIDE : ACCEPTED_WITHOUT;
  // with no stored context at all there is nothing short to make allowance for
  return evidence >= (weight === 0 ? needed : Math.min(needed, ACCEPTED_SHARE * (weight + wanted.quote.length)));
}

/** The one candidate the context clearly points to, if there is one. */
export function choose(wanted: Wanted, ranked: readonly ScoredCandidate[]): Choice {
  const [best, runnerUp] = ranked;
  if (!best || !isAccepted(best, wanted)) return { kind: 'none' };
  if (runnerUp && best.score - runnerUp.score < MARGIN) return { kind: 'ambiguous', rivals: [best, runnerUp] };
  return { kind: 'chosen', candidate: best };
}
