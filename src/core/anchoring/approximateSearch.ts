// Approximate search of a pattern in a long text: Myers' bit-parallel edit
// distance in Hyyrö's block form, with Ukkonen's cut-off so that only the
// blocks of pattern rows that can still be within the error budget are
// computed. Before it, a filter: split into k + 1 pieces, a pattern matched
// with at most k edits keeps one piece intact (each edit spoils at most one),
// so only the surroundings of exact occurrences of the pieces, found by the
// engine's native string search, need the bit-parallel scan.
//
// G. Myers, "A fast bit-vector algorithm for approximate string matching
// based on dynamic programming", JACM 1999; H. Hyyrö, "A bit-vector algorithm
// for computing Levenshtein and Damerau edit distances", 2003.

const WORD = 32;
/** Pieces shorter than this occur too often for the filter to pay. */
const MIN_PIECE = 4;

/** The end (exclusive) of a match and its edit distance to the pattern. */
export interface ApproximateEnd {
  readonly end: number;
  readonly errors: number;
}

/** Every position where a match of `pattern` with at most `maxErrors` edits ends in `text`. */
export function approximateEnds(text: string, pattern: string, maxErrors: number): ApproximateEnd[] {
  if (pattern.length === 0) return [];
  const regions = candidateRegions(text, pattern, maxErrors);
  const scanner = new BitParallelScanner(pattern, maxErrors);
  const ends: ApproximateEnd[] = [];
  try {
    for (const [from, to] of regions) scanner.scan(text, from, to, ends);
  } finally {
    scanner.release();
  }
  return ends;
}

// The stretches of text that can hold a match, merged; the whole text when
// the pieces are too short or occur too often to save anything.
function candidateRegions(text: string, pattern: string, maxErrors: number): [number, number][] {
  const m = pattern.length;
  const whole: [number, number][] = [[0, text.length]];
  const pieceLength = Math.floor(m / (maxErrors + 1));
  if (pieceLength < MIN_PIECE) return whole;
  const regions: [number, number][] = [];
  let covered = 0;
  for (let i = 0; i <= maxErrors; i++) {
    const offset = i * pieceLength;
    const piece = pattern.slice(offset, i === maxErrors ? m : offset + pieceLength);
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
      regions.push([Math.max(0, at - offset - maxErrors), Math.min(text.length, at - offset + m + maxErrors)]);
      covered += m + 2 * maxErrors;
      if (covered > text.length) return whole;
    }
  }
  regions.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const region of regions) {
    const last = merged[merged.length - 1];
    if (last && region[0] <= last[1]) last[1] = Math.max(last[1], region[1]);
    else merged.push(region);
  }
  return merged;
}

// Maps a UTF-16 unit to its index in the pattern's alphabet (0: not in the
// pattern). Shared, and cleared after each search, to avoid allocating 64K
// entries per pattern.
const alphabet = new Uint16Array(65536);

class BitParallelScanner {
  private readonly m: number;
  private readonly lastBlock: number;
  private readonly width: number;
  /** peq[b * width + s]: bit r set where row b*32+r of the pattern is symbol s. */
  private readonly peq: Int32Array;
  private readonly lastBits: Int32Array;
  private readonly plus: Int32Array;
  private readonly minus: Int32Array;
  private readonly score: Int32Array;

  constructor(private readonly pattern: string, private readonly maxErrors: number) {
    const m = pattern.length;
    const blocks = Math.ceil(m / WORD);
    let symbols = 0;
    for (let i = 0; i < m; i++) {
      const c = pattern.charCodeAt(i);
      if (alphabet[c] === 0) alphabet[c] = ++symbols;
    }
    this.m = m;
    this.lastBlock = blocks - 1;
    this.width = symbols + 1;
    this.peq = new Int32Array(blocks * this.width);
    for (let i = 0; i < m; i++) this.peq[((i / WORD) | 0) * this.width + alphabet[pattern.charCodeAt(i)]!]! |= 1 << (i % WORD);
    this.lastBits = new Int32Array(blocks).fill(1 << (WORD - 1));
    this.lastBits[this.lastBlock] = 1 << ((m - 1) % WORD);
    this.plus = new Int32Array(blocks);
    this.minus = new Int32Array(blocks);
    this.score = new Int32Array(blocks);
  }

  release(): void {
    for (let i = 0; i < this.m; i++) alphabet[this.pattern.charCodeAt(i)] = 0;
  }

  /** Appends every match end in text[from, to), matches starting no earlier than `from`. */
  scan(text: string, from: number, to: number, ends: ApproximateEnd[]): void {
    const { m, lastBlock, width, peq, plus, minus, score, maxErrors } = this;
    plus.fill(-1);
    minus.fill(0);
    for (let b = 0; b <= lastBlock; b++) score[b] = Math.min((b + 1) * WORD, m);
    let active = Math.min(lastBlock, Math.max(0, Math.ceil(maxErrors / WORD) - 1));
    for (let j = from; j < to; j++) {
      const s = alphabet[text.charCodeAt(j)]!;
      let carry = 0;
      for (let b = 0; b <= active; b++) {
        carry = this.advance(b, s, carry);
        score[b]! += carry;
      }
      if (active < lastBlock && score[active]! - carry <= maxErrors && ((peq[(active + 1) * width + s]! & 1) !== 0 || carry < 0)) {
        // the next block may now hold cells within the budget: start it from
        // the bound the cut-off assumed for it (each row one more than above)
        active++;
        plus[active] = -1;
        minus[active] = 0;
        const rows = active === lastBlock ? m - lastBlock * WORD : WORD;
        score[active] = score[active - 1]! - carry + rows + this.advance(active, s, carry);
      } else {
        while (active > 0 && score[active]! >= maxErrors + WORD) active--;
      }
      if (active === lastBlock && score[active]! <= maxErrors) ends.push({ end: j + 1, errors: score[active]! });
    }
  }

  /** One column step of block b on symbol s; returns the horizontal delta out of its last row. */
  private advance(b: number, s: number, hIn: number): number {
    const pv = this.plus[b]!;
    const mv = this.minus[b]!;
    const eqRaw = this.peq[b * this.width + s]!;
    const hInNegative = hIn < 0 ? 1 : 0;
    const xv = eqRaw | mv;
    const eq = eqRaw | hInNegative;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    const last = this.lastBits[b]!;
    const hOut = (ph & last) !== 0 ? 1 : (mh & last) !== 0 ? -1 : 0;
    ph = (ph << 1) | (hIn > 0 ? 1 : 0);
    mh = (mh << 1) | hInNegative;
    this.plus[b] = mh | ~(xv | ph);
    this.minus[b] = ph & xv;
    return hOut;
  }
}
