// How much a candidate's surroundings agree with the stored context: edit
// distance similarity of each part of it, the parts beyond the span's
// sentence weighing a quarter (see storedContext.ts). Two unrelated English
// windows are already some 30–40 % alike by edit distance (spaces, common
// letters), so similarity below that floor counts as no evidence at all.

import type { BigramProfile } from './bigramBound';
import { editDistance } from './editDistance';
import type { StoredContext } from './storedContext';

/** Similarity (1 − distance / length) at or below which text agrees no more than chance. */
const NOISE_FLOOR = 0.4;
/** Weight of a context character beyond the span's sentence. */
const FAR_WEIGHT = 0.25;

/** Agreement (0..1) of the surroundings of the candidate [start, end) of the folded `text` with the stored context. */
export function contextAgreement(text: string, start: number, end: number, context: StoredContext): number {
  return weighed(text, start, end, context, (stored, from, to) => {
    const actual = text.slice(from, to);
    return stored.text === actual ? 0 : editDistance(stored.text, actual);
  });
}

/** At least `contextAgreement`, for a small part of its cost. */
export function contextAgreementBound(text: string, start: number, end: number, context: StoredContext): number {
  return weighed(text, start, end, context, (stored, from, to) => stored.minDistance(text, from, to));
}

/** True when the candidate has one side of its own sentence exactly as stored. */
export function hasIntactNearSide(text: string, start: number, end: number, context: StoredContext): boolean {
  const before = context.prefixNear.text;
  const after = context.suffixNear.text;
  return (before.length > 0 && text.slice(start - before.length, start) === before) ||
    (after.length > 0 && text.slice(end, end + after.length) === after);
}

/** How many characters' worth of evidence the stored context holds when all of it agrees. */
export function contextWeight(context: StoredContext): number {
  const { prefixNear, prefixFar, suffixNear, suffixFar } = context;
  return prefixNear.text.length + suffixNear.text.length + FAR_WEIGHT * (prefixFar.text.length + suffixFar.text.length);
}

type Distance = (stored: BigramProfile, from: number, to: number) => number;

function weighed(text: string, start: number, end: number, context: StoredContext, distance: Distance): number {
  const { prefixNear, prefixFar, suffixNear, suffixFar } = context;
  const weight = contextWeight(context);
  if (weight === 0) return 1;
  const nearBefore = Math.max(0, start - prefixNear.text.length);
  const nearAfter = Math.min(text.length, end + suffixNear.text.length);
  const farBefore = Math.max(0, nearBefore - prefixFar.text.length);
  const farAfter = Math.min(text.length, nearAfter + suffixFar.text.length);
  const agreed = (stored: BigramProfile, from: number, to: number): number => {
    if (stored.text.length === 0) return 0;
    const similarity = 1 - distance(stored, from, to) / Math.max(stored.text.length, to - from);
    return stored.text.length * Math.max(0, (similarity - NOISE_FLOOR) / (1 - NOISE_FLOOR));
  };
  const near = agreed(prefixNear, nearBefore, start) + agreed(suffixNear, end, nearAfter);
  const far = agreed(prefixFar, farBefore, nearBefore) + agreed(suffixFar, nearAfter, farAfter);
  return (near + FAR_WEIGHT * far) / weight;
}
