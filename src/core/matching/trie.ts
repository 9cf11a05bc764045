// A trie over token ids (see runs.ts) in one typed array, numbered breadth-first.
//
// Breadth-first numbering makes the children of every state consecutive
// states, in order of their label: the children of `s` are the states
// firstChild(s) .. firstChild(s + 1) - 1. Each state is three ints side by
// side (label, first child, key), so the search among a state's children
// lands on the found child's own data in the same cache line: with 100,000
// entries the trie is megabytes, and a scan should not wait on memory.
// The root, which every word of the text consults, has a dense row instead:
// one slot per token.

/** Ints per state in `Trie.nodes`. */
const STRIDE = 3;
/** Offsets within a state's ints. */
const LABEL = 0;
const FIRST_CHILD = 1;
const KEY = 2;

export interface Trie {
  /** Child of the root for each token; 0 where no form starts with it (the root is nobody's child). */
  readonly rootChild: Int32Array;
  /**
   * Per state s, at s * STRIDE: the token on the edge into s, the first
   * child of s, and the index of the sequence that ends at s or -1. One
   * state more than there are, for the first child past the last.
   */
  readonly nodes: Int32Array;
  /** Tokens in the longest sequence. */
  readonly depth: number;
}

/** Whether `state` has no children: no walk goes on from it. */
export function isLeaf(trie: Trie, state: number): boolean {
  const at = state * STRIDE + FIRST_CHILD;
  return trie.nodes[at] === trie.nodes[at + STRIDE];
}

/** Index of the sequence that ends at `state`, or -1. */
export function keyAt(trie: Trie, state: number): number {
  return trie.nodes[state * STRIDE + KEY]!;
}

/** The child of `state` along `token`, or 0. */
export function childOf(trie: Trie, state: number, token: number): number {
  const nodes = trie.nodes;
  let lo = nodes[state * STRIDE + FIRST_CHILD]!;
  const end = nodes[(state + 1) * STRIDE + FIRST_CHILD]!;
  // halve many children down to a few, keeping lo at or before `token`, then scan
  for (let hi = end; hi - lo > 8; ) {
    const mid = (lo + hi) >>> 1;
    if (nodes[mid * STRIDE]! < token) lo = mid + 1;
    else hi = mid;
  }
  for (; lo < end; lo++) {
    const label = nodes[lo * STRIDE]!;
    if (label >= token) return label === token ? lo : 0;
  }
  return 0;
}

/** Lexicographic order of token sequences, the order `buildTrie` needs. */
export function compareSequences(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * Builds the trie of `sequences`: distinct, non-empty, sorted by
 * `compareSequences`. Sequences that share a prefix are then consecutive,
 * so each state is a range of sequences and its children split that range
 * by the next token: the build reads each token of each sequence once.
 */
export function buildTrie(sequences: readonly (readonly number[])[], tokenCount: number): Trie {
  let tokens = 0;
  let depth = 0;
  for (const sequence of sequences) {
    tokens += sequence.length;
    if (sequence.length > depth) depth = sequence.length;
  }
  const capacity = tokens + 1;
  const nodes = new Int32Array((capacity + 1) * STRIDE);
  const rangeStart = new Int32Array(capacity);
  const rangeEnd = new Int32Array(capacity);
  const stateDepth = new Int32Array(capacity);

  rangeEnd[0] = sequences.length;
  let states = 1;
  for (let s = 0; s < states; s++) {
    nodes[s * STRIDE + FIRST_CHILD] = states;
    nodes[s * STRIDE + KEY] = -1;
    let a = rangeStart[s]!;
    const b = rangeEnd[s]!;
    const d = stateDepth[s]!;
    // a sequence that ends here sorts before every longer one with its prefix
    if (a < b && sequences[a]!.length === d) nodes[s * STRIDE + KEY] = a++;
    while (a < b) {
      const token = sequences[a]![d]!;
      let e = a + 1;
      while (e < b && sequences[e]![d] === token) e++;
      nodes[states * STRIDE + LABEL] = token;
      rangeStart[states] = a;
      rangeEnd[states] = e;
      stateDepth[states] = d + 1;
      states++;
      a = e;
    }
  }
  nodes[states * STRIDE + FIRST_CHILD] = states;

  const rootChild = new Int32Array(tokenCount);
  for (let s = nodes[FIRST_CHILD]!; s < nodes[STRIDE + FIRST_CHILD]!; s++) rootChild[nodes[s * STRIDE + LABEL]!] = s;
  return { rootChild, nodes: nodes.slice(0, (states + 1) * STRIDE), depth };
}
