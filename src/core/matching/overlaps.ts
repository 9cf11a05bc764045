// Where mentions overlap, the longest wins, then the earliest (DESIGN.md).
//
// Candidates arrive sorted by start, so they fall into clusters: maximal
// runs linked by overlap. Clusters are settled one by one, which is what
// lets a re-scan between two safe cuts reproduce the full scan exactly: no
// cluster reaches across a safe cut.

import type { Candidates } from './candidates';

/** Above this many candidates a cluster is sorted by Array.prototype.sort rather than by insertion. */
const SMALL_CLUSTER = 16;

export class OverlapResolver {
  private kept = new Uint8Array(1024);
  private order = new Int32Array(64);
  private occupied = new Uint8Array(256);

  /** 1 at the index of every candidate that wins, 0 elsewhere; valid until the next call. */
  resolve(candidates: Candidates): Uint8Array {
    const { start, end, count } = candidates;
    if (this.kept.length < count) this.kept = new Uint8Array(count * 2);
    const kept = this.kept;
    kept.fill(0, 0, count);
    let first = 0;
    while (first < count) {
      let clusterEnd = end[first]!;
      let next = first + 1;
      while (next < count && start[next]! < clusterEnd) {
        if (end[next]! > clusterEnd) clusterEnd = end[next]!;
        next++;
      }
      if (next === first + 1) kept[first] = 1;
      else this.resolveCluster(candidates, first, next, clusterEnd);
      first = next;
    }
    return kept;
  }

  private resolveCluster(candidates: Candidates, first: number, next: number, clusterEnd: number): void {
    const { start, end } = candidates;
    const base = start[first]!;
    const span = clusterEnd - base;
    if (this.occupied.length < span) this.occupied = new Uint8Array(span * 2);
    const occupied = this.occupied;
    occupied.fill(0, 0, span);
    const order = this.longestFirst(candidates, first, next);
    for (let k = 0; k < next - first; k++) {
      const i = order[k]!;
      const s = start[i]! - base;
      const last = end[i]! - 1 - base;
      // Everything kept so far is at least as long as this candidate, so if
      // it overlaps one, that one covers its first or its last unit.
      if (occupied[s] === 1 || occupied[last] === 1) continue;
      occupied.fill(1, s, last + 1);
      this.kept[i] = 1;
    }
  }

  /** Candidates first..next-1 by length, longest first; index order is start order, so ties go to the earliest. */
  private longestFirst(candidates: Candidates, first: number, next: number): Int32Array | number[] {
    const { start, end } = candidates;
    const count = next - first;
    if (count > SMALL_CLUSTER) {
      const indices = Array.from({ length: count }, (_, k) => first + k);
      return indices.sort((a, b) => end[b]! - start[b]! - (end[a]! - start[a]!) || a - b);
    }
    if (this.order.length < count) this.order = new Int32Array(count * 2);
    const order = this.order;
    for (let k = 0; k < count; k++) {
      const item = first + k;
      const length = end[item]! - start[item]!;
      let at = k;
      // items already placed have lower indices, so an equal length stays in front
      for (; at > 0; at--) {
        const before = order[at - 1]!;
        if (end[before]! - start[before]! >= length) break;
        order[at] = before;
      }
      order[at] = item;
    }
    return order;
  }
}
