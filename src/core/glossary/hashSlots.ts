// An insert-only hash table of dense integer values (0, 1, 2, … in the order
// they are added), keyed by a 32-bit hash the caller computes, kept in typed
// arrays. For a 100,000-entry glossary it stands in for Maps keyed by
// strings, which took a fifth of the time: no key string is built and kept
// per entry, and the garbage collector has no entries to visit.

export class HashSlots {
  /** value + 1 at each slot; 0 is empty. */
  private slots = new Int32Array(1 << 10);
  private hashes = new Int32Array(1 << 9);
  private count = 0;

  /** The first value under `hash` for which `matches` holds. */
  find(hash: number, matches: (value: number) => boolean): number | undefined {
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot === 0) return undefined;
      if (this.hashes[slot - 1] === hash && matches(slot - 1)) return slot - 1;
    }
  }

  /** Adds the next value (the count of values added before) under `hash`, and returns it. */
  add(hash: number): number {
    const value = this.count++;
    if (value >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[value] = hash;
    // at most half full, so probes stay short
    if (this.count * 2 > this.slots.length) {
      this.slots = new Int32Array(this.slots.length * 2);
      for (let v = 0; v < value; v++) this.place(v);
    }
    this.place(value);
    return value;
  }

  private place(value: number): void {
    const mask = this.slots.length - 1;
    let i = this.hashes[value]! & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = value + 1;
  }
}

/** FNV-1a over the UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
