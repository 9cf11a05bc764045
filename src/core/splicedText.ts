// An article's text as the editor changes it, joined into one string only
// when someone reads it.
//
// JavaScript strings do not change: each keystroke in a 1 MB article made a
// new 2 MB string (UTF-16), copied in full by the next keystroke's slicing.
// Here a keystroke near the last ones only edits a short spliced-in stretch,
// and the whole text is joined once, when it is read (the highlights wait for
// a pause in typing, and read it then).

import { nearEnoughToFold } from './engine/pendingEdits';

interface Splice {
  /** The stretch base[start, oldEnd) reads `inserted` in the current text. */
  readonly start: number;
  readonly oldEnd: number;
  readonly inserted: string;
}

export class SplicedText {
  private base: string;
  private splice: Splice | undefined;

  constructor(text: string) {
    this.base = text;
  }

  get length(): number {
    const s = this.splice;
    return s ? this.base.length - (s.oldEnd - s.start) + s.inserted.length : this.base.length;
  }

  /** Replaces the `removed` units at `offset` of the current text with `inserted`. */
  replace(offset: number, removed: number, inserted: string): void {
    const s = this.splice;
    const splicedEnd = s ? s.start + s.inserted.length : 0;
    // the splice is the edit that turned the base into the current text: folded as the editor folds edits
    if (s && nearEnoughToFold({ start: s.start, oldEnd: s.oldEnd, newEnd: splicedEnd }, { start: offset, oldEnd: offset + removed, newEnd: offset + inserted.length })) {
      // widen the splice over the change: the current text on either side of it is the base's
      const from = Math.min(s.start, offset);
      const grownBy = Math.max(0, offset + removed - splicedEnd);
      const stretch = this.base.slice(from, s.start) + s.inserted + this.base.slice(s.oldEnd, s.oldEnd + grownBy);
      const edited = stretch.slice(0, offset - from) + inserted + stretch.slice(offset + removed - from);
      this.splice = { start: from, oldEnd: s.oldEnd + grownBy, inserted: edited };
      return;
    }
    this.join();
    this.splice = { start: offset, oldEnd: offset + removed, inserted };
  }

  /** The current text, as one string. */
  toString(): string {
    this.join();
    return this.base;
  }

  private join(): void {
    const s = this.splice;
    if (!s) return;
    this.base = this.base.slice(0, s.start) + s.inserted + this.base.slice(s.oldEnd);
    this.splice = undefined;
  }
}
