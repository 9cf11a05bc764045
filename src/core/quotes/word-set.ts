// Sets of ASCII words looked up straight from a span of the text, so that
// testing the words of a 5 MiB article against the lexicons allocates no
// substring: a trie over the letters, folded to lower case, whose nodes carry
// the bits of the lists a word belongs to (one walk answers every list).

const SLOTS = 29; // a-z, '.', apostrophe, hyphen

function slotOf(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c === 0x2e) return 26;
  if (c === 0x27 || c === 0x2019) return 27;
  if (c === 0x2d) return 28;
  return -1;
}

/** slotOf for ASCII, one byte each (slot + 1, 0 for none): lookups run for many words of every paragraph. */
const ASCII_SLOTS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_SLOTS[c] = slotOf(c) + 1;

export class Lexicon {
  private next: Int32Array;
  private bits: Int32Array;
  private nodes = 1;

  constructor(lists: readonly (readonly [number, readonly string[]])[]) {
    let capacity = 1;
    for (const [, words] of lists) for (const w of words) capacity += w.length;
    this.next = new Int32Array(capacity * SLOTS);
    this.bits = new Int32Array(capacity);
    for (const [bit, words] of lists) for (const w of words) this.add(w, bit);
  }

  private add(word: string, bit: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = slotOf(word.charCodeAt(i));
      if (slot < 0) throw new Error(`Lexicon: unsupported character in ${JSON.stringify(word)}`);
      let child = this.next[node * SLOTS + slot]!;
      if (child === 0) {
        child = this.nodes++;
        this.next[node * SLOTS + slot] = child;
      }
      node = child;
    }
    this.bits[node] = this.bits[node]! | bit;
  }

  /** The bits of the lists that hold text[start, end), ignoring ASCII case; 0 for none. */
  bitsOf(text: string, start: number, end: number): number {
    const next = this.next;
    let node = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const slot = c < 128 ? ASCII_SLOTS[c]! - 1 : slotOf(c);
      if (slot < 0) return 0;
      node = next[node * SLOTS + slot]!;
      if (node === 0) return 0;
    }
    return this.bits[node]!;
  }
}

/** One list of words. */
export class WordSet {
  private readonly lexicon: Lexicon;

  constructor(words: readonly string[]) {
    this.lexicon = new Lexicon([[1, words]]);
  }

  /** True when text[start, end) is one of the words, ignoring ASCII case. */
  has(text: string, start: number, end: number): boolean {
    return this.lexicon.bitsOf(text, start, end) !== 0;
  }
}
