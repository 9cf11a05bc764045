// Re-wrapping a paragraph turns spaces into line breaks and a CRLF↔LF
// conversion changes every line break, yet the annotated words are the same:
// re-anchoring therefore searches a copy of the text in which every run of
// white space is one space, and maps what it finds back to the real text.

import type { Span } from '../model';
import { isSpace } from '../chars';

/** Folds every run of white space in `text` to one space. */
export function foldSpaces(text: string): string {
  let out = '';
  let segment = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceUnit(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < text.length && isSpaceUnit(text.charCodeAt(j))) j++;
    out += text.slice(segment, i) + ' ';
    segment = j;
    i = j - 1;
  }
  return segment === 0 ? text : out + text.slice(segment);
}

/** A text with its white space folded, and the maps between the two. */
export class FoldedText {
  private constructor(
    readonly raw: string,
    readonly folded: string,
    /** Raw index of each folded unit, plus the raw length at the end. */
    private readonly rawIndex: Int32Array,
    /** Folded index of each raw unit (a unit inside a run maps to the run's space), plus the folded length. */
    private readonly foldedIndex: Int32Array,
  ) {}

  static of(raw: string): FoldedText {
    const n = raw.length;
    const units = new Uint16Array(n);
    const rawIndex = new Int32Array(n + 1);
    const foldedIndex = new Int32Array(n + 1);
    let f = 0;
    let inRun = false;
    for (let i = 0; i < n; i++) {
      const c = raw.charCodeAt(i);
      if (!isSpaceUnit(c)) {
        units[f] = c;
        rawIndex[f] = i;
        foldedIndex[i] = f++;
        inRun = false;
      } else if (inRun) {
        foldedIndex[i] = f - 1;
      } else {
        units[f] = 0x20;
        rawIndex[f] = i;
        foldedIndex[i] = f++;
        inRun = true;
      }
    }
    rawIndex[f] = n;
    foldedIndex[n] = f;
    return new FoldedText(raw, fromUnits(units.subarray(0, f)), rawIndex.subarray(0, f + 1), foldedIndex);
  }

  /** The raw span of folded [start, end): a folded space at either end covers its whole run. */
  toRaw(start: number, end: number): Span {
    const rawStart = this.rawIndex[start]!;
    if (end <= start) return { start: rawStart, end: rawStart };
    const last = end - 1;
    const rawEnd = this.folded.charCodeAt(last) === 0x20 ? this.rawIndex[end]! : this.rawIndex[last]! + 1;
    return { start: rawStart, end: rawEnd };
  }

  /** The folded index of raw index `i`. */
  toFolded(i: number): number {
    return this.foldedIndex[i]!;
  }
}

// In slices: String.fromCharCode takes its units as arguments, and engines
// limit their number. `apply` reads any array-like, a typed array included.
function fromUnits(units: Uint16Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < units.length; at += 8192) {
    chunks.push(String.fromCharCode.apply(null, units.subarray(at, at + 8192) as unknown as number[]));
  }
  return chunks.join('');
}

function isSpaceUnit(c: number): boolean {
  // most units are printable ASCII: skip the full test for them
  return c <= 0x20 || c >= 0x7f ? isSpace(c) : false;
}
