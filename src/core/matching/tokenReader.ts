// Reads a text's words and gaps the way the trie's tokens were cut from the
// forms: where each ends, and the hash of its folded units, so the token
// table can say which token it is.

import type { TokenTable } from './tokenTable';
import { type FoldTables, SPACE, isWordAt } from './foldTables';
import { HASH_PRIME, HASH_START } from './tokenTable';

export class TokenReader {
  /** Hash of the word or gap read last. */
  hash = 0;

  constructor(
    private readonly tables: FoldTables,
    private readonly tokens: TokenTable,
  ) {}

  /** Reads the word that starts at `i` and returns its end. */
  readWord(text: string, i: number): number {
    const { caseless, word } = this.tables;
    let h = HASH_START;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (word[c] === 1) {
        h = Math.imul(h ^ caseless[c]!, HASH_PRIME);
        i++;
      } else if (c >= 0xd800 && c <= 0xdbff && isWordAt(word, text, i)) {
        h = Math.imul(Math.imul(h ^ c, HASH_PRIME) ^ text.charCodeAt(i + 1), HASH_PRIME);
        i += 2;
      } else break;
    }
    this.hash = h;
    return i;
  }

  /** Reads the gap that starts at `i`, a run of white space counting as one space, and returns its end. */
  readGap(text: string, i: number): number {
    const { caseless, word } = this.tables;
    let h = HASH_START;
    let afterSpace = false;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (word[c] === 1 || (c >= 0xd800 && c <= 0xdbff && isWordAt(word, text, i))) break;
      const unit = caseless[c]!;
      if (unit !== SPACE || !afterSpace) h = Math.imul(h ^ unit, HASH_PRIME);
      afterSpace = unit === SPACE;
      i++;
    }
    this.hash = h;
    return i;
  }

  /** Reads the word or gap that starts at `i` and returns its end. */
  readRun(text: string, i: number): number {
    return isWordAt(this.tables.word, text, i) ? this.readWord(text, i) : this.readGap(text, i);
  }

  /** The token that text[start, end), the run read last, spells; -1 if none. */
  tokenRead(text: string, start: number, end: number): number {
    return this.tokens.find(text, start, end, this.hash);
  }
}
