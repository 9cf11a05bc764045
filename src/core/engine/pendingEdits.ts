// Edits not yet applied to an article's analysis, folded into one.
//
// A keystroke re-annotates only around itself, but the annotations after it
// all move, and in a long article moving them costs most of the keystroke.
// Nobody looks at the annotations between two keystrokes of a burst (the
// highlights wait for a pause), so the editor folds the edits of a burst into
// one and brings the analysis up to date when someone asks. Edits far apart
// are not folded: the one edit spanning both would re-scan all between.

import type { TextEdit } from './analysis';

/** Edits at most this far apart (in UTF-16 units) are folded into one. */
export const FOLD_DISTANCE = 1024;

/**
 * One edit that does what `first` then `second` did: `first` turns text T0
 * into T1, `second` turns T1 into T2, and the result turns T0 into T2,
 * replacing the least span that holds both. Outside it, T0 and T2 agree.
 */
export function foldEdits(first: TextEdit, second: TextEdit): TextEdit {
  const start = Math.min(first.start, second.start);
  // the end of the changed span in T1: past both edits, so T0 and T2 are T1 shifted from there on
  const endInT1 = Math.max(first.newEnd, second.oldEnd);
  return { start, oldEnd: endInT1 - first.newEnd + first.oldEnd, newEnd: endInT1 - second.oldEnd + second.newEnd };
}

/** Whether `second` (made after `first`, in its result's offsets) is near enough to fold into it. */
export function nearEnoughToFold(first: TextEdit, second: TextEdit, distance = FOLD_DISTANCE): boolean {
  return second.start <= first.newEnd + distance && second.oldEnd >= first.start - distance;
}
