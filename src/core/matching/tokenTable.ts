// Every word and gap that occurs in a form, found by hash.
//
// A scan hashes each word of the text as it reads it (one multiply per
// unit) and asks this table whether some form has that word: one probe
// rejects almost every word of ordinary text, however long the glossary,
// which is what keeps a scan's time tied to the text and not the glossary.

import { SPACE } from './foldTables';

// FNV-1a over folded units; a run of white space hashes as one space.
export const HASH_START = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

/** Hash of a token as stored: already folded, its white space already collapsed. */
export function hashToken(token: string): number {
  let h = HASH_START;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), HASH_PRIME);
  return h;
}

/** Spreads FNV's weak low bits before they pick a slot or a filter bit. */
function mix(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

export class TokenTable {
  /**
   * One bit per high bits of a mixed hash, set for every token: about
   * eight bits per token, small enough to stay in cache, so most words of
   * a text that are no token are turned away without touching `slots`.
   */
  private readonly filter: Int32Array;
  private readonly filterShift: number;
  /** Pairs (hash, token + 1) per slot, side by side so a probe reads one cache line; token + 1 = 0 is empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Units of token t are units[unitStart[t] .. unitStart[t + 1]). */
  private readonly unitStart: Int32Array;
  private readonly units: Uint16Array;

  constructor(
    private readonly caseless: Uint16Array,
    tokens: readonly string[],
  ) {
    let size = 16;
    while (size < tokens.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    let filterBits = 16;
    while (1 << filterBits < tokens.length * 16) filterBits++;
    this.filterShift = 32 - filterBits;
    this.filter = new Int32Array((1 << filterBits) / 32);
    this.unitStart = new Int32Array(tokens.length + 1);
    let total = 0;
    for (const token of tokens) total += token.length;
    this.units = new Uint16Array(total);
    let at = 0;
    tokens.forEach((token, t) => {
      this.unitStart[t] = at;
      for (let i = 0; i < token.length; i++) this.units[at++] = token.charCodeAt(i);
      const hash = hashToken(token);
      const mixed = mix(hash);
      const bit = mixed >>> this.filterShift;
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
      let slot = mixed & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = hash;
      this.slots[slot * 2 + 1] = t + 1;
    });
    this.unitStart[tokens.length] = at;
  }

  /** The token that text[start, end) folds to, given the hash of its folded units; -1 if none. */
  find(text: string, start: number, end: number, hash: number): number {
    const mixed = mix(hash);
    const bit = mixed >>> this.filterShift;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    for (let slot = mixed & this.mask; ; slot = (slot + 1) & this.mask) {
      const token = slots[slot * 2 + 1]! - 1;
      if (token < 0) return -1;
      if (slots[slot * 2] === hash && this.spells(token, text, start, end)) return token;
    }
  }

  /** Whether text[start, end), folded and with white space runs as one space, is token `t`. */
  private spells(t: number, text: string, start: number, end: number): boolean {
    const caseless = this.caseless;
    const units = this.units;
    let k = this.unitStart[t]!;
    const last = this.unitStart[t + 1]!;
    for (let j = start; j < end; ) {
      const unit = caseless[text.charCodeAt(j)]!;
      if (k === last || units[k] !== unit) return false;
      k++;
      j++;
      if (unit === SPACE) while (j < end && caseless[text.charCodeAt(j)] === SPACE) j++;
    }
    return k === last;
  }
}
