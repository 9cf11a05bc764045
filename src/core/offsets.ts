// Converts between UTF-16 indices (JavaScript strings) and Unicode code points
// (what brat, the W3C TextPositionSelector and our sidecars count).
//
// Most news text has no character outside the BMP, so the map stores only the
// positions of surrogate pairs; with none, both conversions are the identity.

export class OffsetMap {
  /** UTF-16 indices of the high surrogate of every astral character, ascending. */
  private readonly pairs: Int32Array;

  constructor(text: string) {
    const found: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          found.push(i);
          i++;
        }
      }
    }
    this.pairs = Int32Array.from(found);
  }

  get isIdentity(): boolean {
    return this.pairs.length === 0;
  }

  /** Code point offset of UTF-16 index `u` (an index inside a pair counts as the pair's start). */
  toCodePoint(u: number): number {
    if (this.pairs.length === 0) return u;
    // every pair that starts before u took two units for one point
    let lo = 0, hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return u - lo;
  }

  /** UTF-16 index of code point offset `p`. */
  toUtf16(p: number): number {
    if (this.pairs.length === 0) return p;
    // the k-th pair (0-based) begins at code point pairs[k] - k
    let lo = 0, hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! - mid < p) lo = mid + 1;
      else hi = mid;
    }
    return p + lo;
  }
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
