// Which annotations an export can place in the text, and in what order every
// sidecar lists them.

import type { Annotation, Span } from '../model';

/** True when the span lies inside the text (an orphaned annotation's offsets point at an older text). */
export function spanFits(span: Span, text: string): boolean {
  return span.start >= 0 && span.start <= span.end && span.end <= text.length;
}

/** Annotations that W3C and brat can point at: placed, and within the text. */
export function placedIn(annotations: readonly Annotation[], text: string): Annotation[] {
  return annotations.filter((a) => !a.orphaned && spanFits(a, text)).sort(byPosition);
}

/** Text order, outer before inner, entities before quotes on one span, then by id: a stable order for diffs. */
export function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || kindRank(a) - kindRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function kindRank(a: Annotation): number {
  return a.kind === 'entity' ? 0 : 1;
}
