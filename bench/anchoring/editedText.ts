// An edited article as a list of pieces — slices of the old text and new
// text — so that where every old span went can be told exactly: the image of
// a span is what the benchmark calls re-anchoring correctly.

import type { Span } from '../../src/core/model';

export type Piece =
  | { readonly kind: 'old'; readonly from: number; readonly to: number; /** A pasted copy, not where the text went. */ readonly copy?: boolean }
  | { readonly kind: 'new'; readonly text: string };

export interface EditedText {
  readonly text: string;
  readonly pieces: readonly Piece[];
  /** Where each piece starts in the new text. */
  readonly starts: readonly number[];
}

export function edited(old: string, pieces: readonly Piece[]): EditedText {
  const starts: number[] = [];
  let text = '';
  const kept = pieces.filter((p) => p.kind === 'new' || p.to > p.from);
  for (const piece of kept) {
    starts.push(text.length);
    text += piece.kind === 'old' ? old.slice(piece.from, piece.to) : piece.text;
  }
  return { text, pieces: kept, starts };
}

export interface Replacement {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

/** The old text with non-overlapping replacements made. */
export function replaced(old: string, replacements: readonly Replacement[]): EditedText {
  const pieces: Piece[] = [];
  let from = 0;
  for (const r of [...replacements].sort((a, b) => a.at - b.at)) {
    if (r.at > from) pieces.push({ kind: 'old', from, to: r.at });
    if (r.text.length > 0) pieces.push({ kind: 'new', text: r.text });
    from = r.at + r.length;
  }
  if (from < old.length) pieces.push({ kind: 'old', from, to: old.length });
  return edited(old, pieces);
}

/** Where old position `p` went as the start of a span: text inserted exactly there stays outside, text replacing what follows it comes in. */
function imageOfStart(edit: EditedText, p: number): number | undefined {
  let after: number | undefined;
  for (let i = 0; i < edit.pieces.length; i++) {
    const piece = edit.pieces[i]!;
    if (piece.kind !== 'old' || piece.copy) continue;
    if (piece.from <= p && p < piece.to) return edit.starts[i]! + p - piece.from;
    if (piece.to === p) after = edit.starts[i]! + piece.to - piece.from;
  }
  return after;
}

/** Where old position `p` went as the end of a span, mirroring `imageOfStart`. */
function imageOfEnd(edit: EditedText, p: number): number | undefined {
  let before: number | undefined;
  for (let i = 0; i < edit.pieces.length; i++) {
    const piece = edit.pieces[i]!;
    if (piece.kind !== 'old' || piece.copy) continue;
    if (piece.from < p && p <= piece.to) return edit.starts[i]! + p - piece.from;
    if (piece.from === p) before = edit.starts[i]!;
  }
  return before;
}

export type Fate =
  | { readonly kind: 'deleted' }
  /** Some of it deleted or torn apart: not a case the benchmark scores. */
  | { readonly kind: 'partial' }
  /** Where the words went; `copied` when a pasted copy of them exists too. */
  | { readonly kind: 'kept'; readonly image: Span; readonly copied: boolean };

/** What the edit did to the old span. */
export function fateOf(edit: EditedText, span: Span): Fate {
  const survives = edit.pieces.some((p) => p.kind === 'old' && !p.copy && p.from < span.end && p.to > span.start);
  if (!survives) return { kind: 'deleted' };
  const start = imageOfStart(edit, span.start);
  const end = imageOfEnd(edit, span.end);
  if (start === undefined || end === undefined || end < start) return { kind: 'partial' };
  const copied = edit.pieces.some((p) => p.kind === 'old' && p.copy === true && p.from <= span.start && span.end <= p.to);
  return { kind: 'kept', image: { start, end }, copied };
}
