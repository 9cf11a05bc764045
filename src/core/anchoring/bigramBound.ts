// A cheap upper bound on how similar a stored context window is to a
// candidate's. A short quote ("the", a surname) can occur thousands of times
// in a long article; computing every edit distance would take most of a
// second, but one edit changes at most two bigrams, so counting shared
// bigrams bounds the distance from below in a few operations per character.

const BUCKETS = 1024;
// bigrams of the window being compared already matched, per bucket; zeroed after each use
const used = new Uint8Array(BUCKETS);

/** The bigrams of a stored string, counted by hash bucket (a shared bucket only loosens the bound). */
export class BigramProfile {
  private readonly counts = new Uint8Array(BUCKETS);

  constructor(readonly text: string) {
    for (let i = 1; i < text.length; i++) {
      const h = bucket(text, i);
      if (this.counts[h]! < 255) this.counts[h]!++;
    }
  }

  /** At least the edit distance between the profiled string and text[from, to). */
  minDistance(text: string, from: number, to: number): number {
    const a = this.text.length;
    const b = to - from;
    let shared = 0;
    for (let i = from + 1; i < to; i++) {
      const h = bucket(text, i);
      if (used[h]! < this.counts[h]!) {
        used[h]!++;
        shared++;
      }
    }
    for (let i = from + 1; i < to; i++) used[bucket(text, i)] = 0;
    return Math.max(Math.abs(a - b), Math.ceil((Math.max(a, b) - 1 - shared) / 2));
  }
}

function bucket(text: string, i: number): number {
  return (text.charCodeAt(i - 1) * 31 + text.charCodeAt(i)) & (BUCKETS - 1);
}
