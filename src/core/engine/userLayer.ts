// The reader's own layer over what the engine finds: manual tags, and
// automatic annotations the reader rejected. Both live in the native sidecar.

import type { Annotation } from '../model';

export interface UserLayer {
  /** Annotations the reader tagged by command (origin "manual"). */
  readonly manual: readonly Annotation[];
  /** Automatic annotations the reader removed; they stay removed. */
  readonly suppressed: readonly Annotation[];
}

export const EMPTY_USER_LAYER: UserLayer = { manual: [], suppressed: [] };

/** Same kind, same span and the same entity or style: the identity of an automatic annotation. */
export function sameTarget(a: Annotation, b: Annotation): boolean {
  if (a.kind !== b.kind || a.start !== b.start || a.end !== b.end) return false;
  if (a.kind === 'entity' && b.kind === 'entity') return a.entity === b.entity;
  return true;
}

function overlaps(a: Annotation, b: Annotation): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * What the reader sees: detected annotations less the suppressed ones and
 * less those a manual tag of the same kind overlaps (the reader's tag is the
 * correction), plus the manual ones placed in the text, in text order.
 * Orphaned manual annotations are not placed; callers list them separately.
 */
export function applyUserLayer(detected: readonly Annotation[], layer: UserLayer): Annotation[] {
  const placed = layer.manual.filter((m) => !m.orphaned);
  const suppressed = layer.suppressed.filter((s) => !s.orphaned);
  const kept = detected.filter(
    (d) => !suppressed.some((s) => sameTarget(s, d)) && !placed.some((m) => m.kind === d.kind && overlaps(m, d)),
  );
  return [...kept, ...placed].sort((a, b) => a.start - b.start || b.end - a.end);
}
