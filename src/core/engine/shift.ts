// Carries the reader's annotations through an edit made in the editor, so a
// manual tag stays on its words while the article is typed in. An edit that
// cuts across a tag's boundary cannot be followed by arithmetic; those tags
// are re-anchored from their stored text and context instead.

import type { Annotation, Speaker } from '../model';
import type { TextEdit } from './analysis';
import { keptSlice } from '../keptSlice';

export type Shifted = { readonly kind: 'placed'; readonly annotation: Annotation } | { readonly kind: 'reanchor'; readonly annotation: Annotation };

export function shiftThroughEdit(a: Annotation, edit: TextEdit, newText: string): Shifted {
  if (a.orphaned) return { kind: 'placed', annotation: a };
  const delta = edit.newEnd - edit.oldEnd;
  let start = a.start, end = a.end;
  if (edit.oldEnd <= a.start && !(edit.start === edit.oldEnd && edit.start === a.start && a.start === a.end)) {
    // wholly before (an insertion exactly at the start goes before the tag)
    start += delta;
    end += delta;
  } else if (edit.start >= a.end) {
    // wholly after: nothing moves
  } else if (edit.start >= a.start && edit.oldEnd <= a.end && !(edit.start === a.start && edit.oldEnd === a.end)) {
    // inside: the tag grows or shrinks with its text
    end += delta;
  } else {
    return { kind: 'reanchor', annotation: a };
  }
  if (end <= start) return { kind: 'reanchor', annotation: a };
  const moved = { ...a, start, end, text: keptSlice(newText, start, end) } as Annotation;
  if (moved.kind === 'quote' && moved.speaker) {
    const speaker = shiftSpeaker(moved.speaker, edit, delta, newText);
    return { kind: 'placed', annotation: { ...moved, speaker } };
  }
  return { kind: 'placed', annotation: moved };
}

function shiftSpeaker(s: Speaker, edit: TextEdit, delta: number, newText: string): Speaker {
  if (s.start < 0) return s;
  if (edit.oldEnd <= s.start) return { ...s, start: s.start + delta, end: s.end + delta };
  if (edit.start >= s.end) return s;
  // the edit touched the speaker's mention: keep who it is, find the words again nearby
  const near = newText.indexOf(s.text, Math.max(0, s.start - 200));
  return near >= 0 && Math.abs(near - s.start) < 400 ? { ...s, start: near, end: near + s.text.length } : { ...s, start: -1, end: -1 };
}
