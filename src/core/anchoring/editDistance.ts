// Plain dynamic-programming edit distances for the short strings re-anchoring
// compares: 32-unit context windows, and a found match against its pattern
// while its exact ends are chosen. Long scans use `approximateSearch.ts`.

let row = new Int32Array(64);

function rowOf(length: number): Int32Array {
  if (row.length < length) row = new Int32Array(length * 2);
  return row;
}

/** Levenshtein distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const prev = rowOf(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      const cost = diagonal + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      prev[j] = Math.min(cost, above + 1, prev[j - 1]! + 1);
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/**
 * The edit distance between `pattern` and `text[end - t, end)` for every
 * length t in [0, maxLength]: entry t of the result. Computed backwards from
 * `end`, so one pass gives every possible start of a match that ends there.
 */
export function distancesEndingAt(pattern: string, text: string, end: number, maxLength: number): Int32Array {
  const m = pattern.length;
  const lengths = Math.min(maxLength, end);
  const result = new Int32Array(lengths + 1);
  // column[i]: distance of the last i pattern units to the t text units read so far
  const column = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  result[0] = m;
  for (let t = 1; t <= lengths; t++) {
    const c = text.charCodeAt(end - t);
    let diagonal = column[0]!;
    column[0] = t;
    for (let i = 1; i <= m; i++) {
      const left = column[i]!;
      const cost = diagonal + (pattern.charCodeAt(m - i) === c ? 0 : 1);
      column[i] = Math.min(cost, left + 1, column[i - 1]! + 1);
      diagonal = left;
    }
    result[t] = column[m]!;
  }
  return result;
}
