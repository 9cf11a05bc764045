// Every match the trie finds before overlaps are settled, in growable typed
// arrays reused from scan to scan so a scan allocates nothing per match.

export class Candidates {
  start: Int32Array = new Int32Array(1024);
  end: Int32Array = new Int32Array(1024);
  /** Index of the compiled form that matched. */
  form: Int32Array = new Int32Array(1024);
  count = 0;

  clear(): void {
    this.count = 0;
  }

  /**
   * Adds a match, keeping the list sorted by start, then end. Matches come
   * in order of their end, so one that started earlier than the last (a
   * long name ending after a short one inside it) moves back a place or two.
   */
  add(start: number, end: number, form: number): void {
    if (this.count === this.start.length) this.grow();
    let at = this.count++;
    for (; at > 0 && this.start[at - 1]! > start; at--) {
      this.start[at] = this.start[at - 1]!;
      this.end[at] = this.end[at - 1]!;
      this.form[at] = this.form[at - 1]!;
    }
    this.start[at] = start;
    this.end[at] = end;
    this.form[at] = form;
  }

  private grow(): void {
    const size = this.start.length * 2;
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.form = grown(this.form, size);
  }
}

function grown(array: Int32Array, size: number): Int32Array {
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}
