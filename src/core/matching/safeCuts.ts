// Where a scan may be cut: positions that no match can straddle. The lead's
// incremental re-scan relies on scanning between two safe cuts giving
// exactly the full scan's mentions there.

import type { TokenReader } from './tokenReader';
import type { Trie } from './trie';
import { type FoldTables, isWordAt } from './foldTables';
import { childOf } from './trie';
import { runEnd, runStart } from './runs';

export class SafeCuts {
  /**
   * @param inForms 1 for each case-folded unit that occurs in some form: a
   *   text unit whose fold is not there cannot be part of any match.
   */
  constructor(
    private readonly tables: FoldTables,
    private readonly reader: TokenReader,
    private readonly trie: Trie,
    private readonly inForms: Uint8Array,
  ) {}

  // Both step a run (a word or a gap) at a time, not a character: a cut at a
  // run's edge is as good as one inside it, and each isSafe walks back over
  // several runs, so stepping by characters cost a 1 MB article ~1.5 ms a keystroke.
  before(text: string, pos: number): number {
    let p = Math.max(0, Math.min(Math.floor(pos), text.length));
    while (!this.isSafe(text, p)) p = runStart(this.tables.word, text, p);
    return p;
  }

  after(text: string, pos: number): number {
    let p = Math.max(0, Math.min(Math.ceil(pos), text.length));
    while (!this.isSafe(text, p)) p = runEnd(this.tables.word, text, p);
    return p;
  }

  /**
   * Whether no match can contain both text[p - 1] and text[p]. Such a match
   * would start at one of the `trie.depth` words or gaps before p, with a
   * walk still alive after the word or gap holding text[p]. A unit that
   * occurs in no form stops every walk, so the search back ends there.
   */
  private isSafe(text: string, p: number): boolean {
    if (p <= 0 || p >= text.length) return true;
    const before = text.charCodeAt(p - 1);
    const after = text.charCodeAt(p);
    if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return false;
    const { caseless, word } = this.tables;
    const inForms = this.inForms;
    if (inForms[caseless[after]!] === 0) return true;
    for (let end = p, runs = 0; end > 0 && runs < this.trie.depth; runs++) {
      const start = runStart(word, text, end);
      for (let j = start; j < end; j++) if (inForms[caseless[text.charCodeAt(j)]!] === 0) return true;
      if (isWordAt(word, text, start) && this.walksPast(text, start, p)) return false;
      end = start;
    }
    return true;
  }

  /** Whether the walk from the word start `start` is still alive after the word or gap that holds text[p]. */
  private walksPast(text: string, start: number, p: number): boolean {
    const reader = this.reader;
    let end = reader.readWord(text, start);
    const first = reader.tokenRead(text, start, end);
    let state = first < 0 ? 0 : this.trie.rootChild[first]!;
    while (state !== 0 && end <= p) {
      const next = reader.readRun(text, end);
      const token = reader.tokenRead(text, end, next);
      state = token < 0 ? 0 : childOf(this.trie, state, token);
      end = next;
    }
    return state !== 0;
  }
}
