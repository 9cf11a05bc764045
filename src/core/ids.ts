// Annotation ids. Automatic annotations get ids computed from what they are,
// so the same article scanned twice gives the same ids (sidecars diff
// cleanly under version control); manual ones get a random id once, when the
// reader tags them, and keep it as they are re-anchored.

import { toHex } from './hash';

/**
 * Deterministic id of a detected or glossary annotation, e.g.
 * `entity-sergey-lavrov-1-14` or `quote-direct-17-68`. `key` is what tells
 * two annotations of one span apart (the glossary id, the quote style);
 * offsets are the core's UTF-16 ones. Kind and offsets sit at the two ends,
 * so distinct inputs never give the same id whatever `key` holds.
 */
export function annotationId(kind: string, key: string, start: number, end: number): string {
  return `${kind}-${key}-${start}-${end}`;
}

/** A fresh id for a manual annotation: `manual-` and 64 random bits in hex. */
export function newManualId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `manual-${toHex(bytes)}`;
}
