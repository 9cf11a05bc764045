// The scan: the text read once as words and gaps, and a trie of tokens
// walked from each word that some form starts with.
//
// Every match begins and ends at a word boundary, so there is nothing to
// find inside a word: a word either is a token of some form or it is not,
// and one hash probe says which. A walk goes on, gap and word, only while
// the text keeps spelling a form, so on ordinary text a scan costs little
// more than reading it, whatever the glossary's size.

import type { Mention } from '../model';
import type { CompiledMatcher } from './compiledMatcher';
import type { FormTable } from './formTable';
import type { TokenTable } from './tokenTable';
import type { Trie } from './trie';
import { Candidates } from './candidates';
import { OverlapResolver } from './overlaps';
import { type FoldTables, SPACE, isWordAt, isWordBefore } from './foldTables';
import { HASH_PRIME, HASH_START, hashToken } from './tokenTable';
import { childOf, isLeaf, keyAt } from './trie';
import { SafeCuts } from './safeCuts';
import { TokenReader } from './tokenReader';

export class TrieMatcher implements CompiledMatcher {
  private readonly candidates = new Candidates();
  private readonly resolver = new OverlapResolver();
  private readonly reader: TokenReader;
  private readonly cuts: SafeCuts;
  /** Where each live walk started and where it is; one walk starts per word, and a walk lives at most `trie.depth` tokens. */
  private readonly walkStart: Int32Array;
  private readonly walkState: Int32Array;
  /** The token of a one-space gap, the commonest by far, or -1. */
  private readonly spaceToken: number;

  /** @param inForms see SafeCuts */
  constructor(
    readonly size: number,
    private readonly tables: FoldTables,
    private readonly tokens: TokenTable,
    private readonly trie: Trie,
    private readonly forms: FormTable,
    inForms: Uint8Array,
  ) {
    this.reader = new TokenReader(tables, tokens);
    this.cuts = new SafeCuts(tables, this.reader, trie, inForms);
    this.walkStart = new Int32Array(trie.depth + 1);
    this.walkState = new Int32Array(trie.depth + 1);
    this.spaceToken = tokens.find(' ', 0, 1, hashToken(' '));
  }

  scan(text: string, from = 0, to = text.length): Mention[] {
    from = Math.max(0, Math.min(from, text.length));
    to = Math.max(from, Math.min(to, text.length));
    this.candidates.clear();
    this.findCandidates(text, from, to);
    return this.mentions(this.resolver.resolve(this.candidates));
  }

  // Its own method, not the tail of scan: V8 optimises a loop that runs once
  // per call only after several calls, and each scan runs this one once.
  private mentions(kept: Uint8Array): Mention[] {
    const mentions: Mention[] = [];
    const { start, end, form, count } = this.candidates;
    const { entityId, formNumber } = this.forms;
    for (let i = 0; i < count; i++) {
      if (kept[i] === 0) continue;
      const f = form[i]!;
      mentions.push({ start: start[i]!, end: end[i]!, entity: entityId[f]!, form: formNumber[f]! });
    }
    return mentions;
  }

  /**
   * Reads the text word by word, hashing each word once, and carries along
   * the walks still alive: those from earlier words that the text has
   * spelled a form's beginning so far. There are rarely more than one.
   */
  private findCandidates(text: string, from: number, to: number): void {
    const { wordUnit, word } = this.tables;
    const trie = this.trie;
    const rootChild = trie.rootChild;
    const tokens = this.tokens;
    const { walkStart, walkState } = this;
    const length = text.length;
    // locals, not module bindings: compiled to CommonJS those are property loads in the hottest loop
    const hashStart = HASH_START;
    const hashPrime = HASH_PRIME;
    let walks = 0;
    // a word cut by `from` is no word start
    let i = isWordBefore(word, text, from) ? this.reader.readWord(text, from) : from;
    let gapStart = i;
    while (i < to) {
      const start = i;
      let c = text.charCodeAt(i);
      let unit = wordUnit[c]!;
      let hash = hashStart;
      if (unit >= 0) {
        // readWord inlined: this loop reads most of the text
        for (;;) {
          hash = Math.imul(hash ^ unit, hashPrime);
          if (++i === length) break;
          c = text.charCodeAt(i);
          unit = wordUnit[c]!;
          if (unit < 0) break;
        }
        // the word goes on with a letter outside the BMP: read it again the slow way
        if (i < length && c >= 0xd800 && c <= 0xdbff && isWordAt(word, text, i)) {
          i = this.reader.readWord(text, start);
          hash = this.reader.hash;
        }
      } else if (c >= 0xd800 && c <= 0xdbff && isWordAt(word, text, i)) {
        i = this.reader.readWord(text, start);
        hash = this.reader.hash;
      } else {
        i++;
        continue;
      }
      // a word cut by `to` cannot be in a match that ends by `to`
      if (i > to) return;
      const token = tokens.find(text, start, i, hash);
      if (walks > 0) walks = token < 0 ? 0 : this.advanceWalks(text, walks, gapStart, start, i, token);
      const state = token < 0 ? 0 : rootChild[token]!;
      if (state !== 0) {
        const key = keyAt(trie, state);
        if (key >= 0) this.accept(text, start, i, key);
        if (!isLeaf(trie, state)) {
          walkStart[walks] = start;
          walkState[walks++] = state;
        }
      }
      gapStart = i;
    }
  }

  /** Moves each live walk over the gap text[gapStart, wordStart) and the word `token` that ends at `wordEnd`; returns how many live on. */
  private advanceWalks(text: string, walks: number, gapStart: number, wordStart: number, wordEnd: number, token: number): number {
    const trie = this.trie;
    const { walkStart, walkState } = this;
    const gap =
      wordStart - gapStart === 1 && this.tables.caseless[text.charCodeAt(gapStart)] === SPACE
        ? this.spaceToken
        : this.reader.tokenRead(text, gapStart, this.reader.readGap(text, gapStart));
    if (gap < 0) return 0;
    let alive = 0;
    for (let w = 0; w < walks; w++) {
      const afterGap = childOf(trie, walkState[w]!, gap);
      const state = afterGap === 0 ? 0 : childOf(trie, afterGap, token);
      if (state === 0) continue;
      const key = keyAt(trie, state);
      if (key >= 0) this.accept(text, walkStart[w]!, wordEnd, key);
      if (!isLeaf(trie, state)) {
        walkStart[alive] = walkStart[w]!;
        walkState[alive++] = state;
      }
    }
    return alive;
  }

  /** Records text[start, end) as a match of the first form of `key`, in glossary order, whose case fits. */
  private accept(text: string, start: number, end: number, key: number): void {
    const { formStart, exact } = this.forms;
    for (let f = formStart[key]!; f < formStart[key + 1]!; f++) {
      const written = exact[f];
      if (written === undefined || this.isWrittenAs(text, start, end, written)) {
        this.candidates.add(start, end, f);
        return;
      }
    }
  }

  private isWrittenAs(text: string, start: number, end: number, written: string): boolean {
    const fold = this.tables.exact;
    let k = 0;
    for (let j = start; j < end; k++) {
      const unit = fold[text.charCodeAt(j)]!;
      if (unit !== written.charCodeAt(k)) return false;
      j++;
      if (unit === SPACE) while (j < end && fold[text.charCodeAt(j)] === SPACE) j++;
    }
    return k === written.length;
  }

  safeCutBefore(text: string, pos: number): number {
    return this.cuts.before(text, pos);
  }

  safeCutAfter(text: string, pos: number): number {
    return this.cuts.after(text, pos);
  }
}
