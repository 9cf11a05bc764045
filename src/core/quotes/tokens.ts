// Splits a paragraph into words, punctuation and quote marks (paired by
// `pairing.ts` as they come), into typed arrays reused from paragraph to paragraph: the
// attribution rules walk these tokens, and a 5 MiB text must not allocate an
// object per word.

import { isSpace, isWordCodePoint } from '../chars';
import type { Span } from '../model';
import { ABBREVIATIONS, TITLE_ABBREVIATIONS } from './lexicon';
import { isMarkCandidate, MarkResult, type Pairer } from './pairing';

export const enum Kind { Word = 1, Punct = 2, Open = 3, Close = 4 }

/** Word flags. */
export const CAPITALISED = 1;
const ABBREVIATION = 2;
export const TITLE = 4;
export const INITIAL = 8;
export const POSSESSIVE = 16;

// SURROGATE marks half of an astral character, whose class needs the whole code point.
const WORD = 1, SPACE = 2, UPPER = 4, MARK = 8, SURROGATE = 16;
let classes: Uint8Array | undefined;

/** Classes of the BMP characters, built once: the tokenizer reads one byte per character. */
function classTable(): Uint8Array {
  if (!classes) {
    classes = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      let k = isSpace(c) ? SPACE : 0;
      if (c < 0xd800 || c > 0xdfff) {
        if (isWordCodePoint(c)) k |= WORD;
        const s = String.fromCharCode(c);
        if (s !== s.toLowerCase() && s === s.toUpperCase()) k |= UPPER;
      } else k |= SURROGATE;
      if (isMarkCandidate(c)) k |= MARK;
      classes[c] = k;
    }
  }
  return classes;
}

/** True when the character at `i` is a letter, digit or mark (an astral one read as its whole code point). */
function isWordCharAt(table: Uint8Array, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (table[c]! & WORD) !== 0;
  // An edit may leave half a surrogate pair behind; a lone half is no word character.
  const start = c <= 0xdbff ? i : i - 1;
  const cp = text.codePointAt(start);
  return cp !== undefined && cp >= 0x10000 && isWordCodePoint(cp);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Characters that join two word pieces into one token: don't, pro-Azerbaijani, Nagorno‑Karabakh. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x26;
}

export class Tokens {
  count = 0;
  kind = new Uint8Array(256);
  start = new Int32Array(256);
  end = new Int32Array(256);
  flags = new Uint8Array(256);
  /** Quotes around the token (marks count as outside their own quote). */
  depth = new Uint8Array(256);
  /** Lexicon bits of a word, -1 until asked (see `Words.in`). */
  lex = new Int32Array(256);
  /** The capitalised words, in order: the only ones that can start a name (`notePersons`). */
  capitals = new Int32Array(256);
  capitalCount = 0;

  private push(kind: Kind, start: number, end: number, flags: number, depth: number): void {
    const n = this.count++;
    this.kind[n] = kind;
    this.start[n] = start;
    this.end[n] = end;
    this.flags[n] = flags;
    this.depth[n] = depth;
  }

  /** Room for `size` tokens: every token takes at least one character, so a paragraph's length is enough. */
  private reserve(size: number): void {
    if (size <= this.kind.length) return;
    let capacity = this.kind.length;
    while (capacity < size) capacity *= 2;
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.depth = new Uint8Array(capacity);
    this.lex = new Int32Array(capacity);
    this.capitals = new Int32Array(capacity);
  }

  /**
   * Fills the tokens of `para` and pairs its quote marks on the way, so that
   * every token knows how many quotes are open around it.
   *
   * The hot loop of the quote finder (every character of the text passes
   * here once): one table byte per character, the arrays in locals, and the
   * room reserved up front so that no token checks for it.
   */
  fill(text: string, para: Span, pairer: Pairer): void {
    const table = classTable();
    const end = para.end;
    this.reserve(end - para.start + 1);
    const kinds = this.kind, starts = this.start, ends = this.end, flagsOf = this.flags, depths = this.depth, lex = this.lex;
    const capitals = this.capitals;
    // the count in a local, written back only around a mark (`markAt` pushes its token itself)
    let count = 0, capitalCount = 0;
    let depth = pairer.depth;
    let i = para.start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === 0x20) { i++; continue; } // the commonest character between tokens: no table load
      const k = table[c]!;
      if (k & SPACE) { i++; continue; }
      if (k & MARK) {
        this.count = count;
        if (this.markAt(i, pairer)) { count = this.count; i++; depth = pairer.depth; continue; }
      }
      const n = count++;
      if (!(k & WORD) && !(k & SURROGATE && isWordCharAt(table, text, i))) {
        const size = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
        kinds[n] = Kind.Punct; starts[n] = i; ends[n] = i + size; flagsOf[n] = 0;
        i += size;
      } else {
        const start = i;
        // the character the word stops at, and where an apostrophe last joined two pieces: enough for its flags
        let next = -1, apostrophe = -1;
        i++;
        while (i < end) {
          const d = text.charCodeAt(i);
          // most characters of a word are ASCII lower case: no table load for them
          if (d >= 0x61 && d <= 0x7a) { i++; continue; }
          const e = table[d]!;
          if (e & WORD || (e & SURROGATE && isWordCharAt(table, text, i))) { i++; continue; }
          // (the bound keeps charCodeAt inside the text: a read past its end makes V8 throw away fill's optimised code)
          if ((d === 0x2e || d === 0x2c) && i + 1 < text.length && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) { i += 2; continue; } // 3.5, 1,000
          // an apostrophe between letters is no quotation mark (don't, Azerbaijan's)
          if (isJoiner(d) && i + 1 < end && isWordCharAt(table, text, i + 1)) {
            if (d === 0x27 || d === 0x2019) apostrophe = i;
            i += 2;
            continue;
          }
          next = d;
          break;
        }
        const flags = wordFlags(text, start, i, next, apostrophe, (k & UPPER) !== 0);
        kinds[n] = Kind.Word; starts[n] = start; flagsOf[n] = flags;
        if (flags & CAPITALISED) capitals[capitalCount++] = n;
        if (flags & ABBREVIATION) ends[n] = ++i;
        else ends[n] = i;
      }
      depths[n] = depth;
    }
    this.count = count;
    this.capitalCount = capitalCount;
    // a word's lexicon bits are looked up when first asked (`Words.in`)
    lex.fill(-1, 0, count);
  }

  /** Emits the token of a quotation mark at `i`; false when the character is no mark here. */
  private markAt(i: number, pairer: Pairer): boolean {
    const token = this.count;
    if (i === pairer.reopenAt) {
      pairer.reopen(token);
      this.push(Kind.Open, i, i + 1, 0, 0);
      return true;
    }
    const outside = pairer.depth;
    const result = pairer.mark(i, token);
    if (result === MarkResult.None) return false;
    if (result === MarkResult.Opened) {
      this.push(Kind.Open, i, i + 1, 0, outside);
    } else {
      this.push(Kind.Close, i, i + 1, 0, pairer.depth);
    }
    return true;
  }
}

/**
 * Flags of the word text[start, end): `next` is the character after it (-1
 * at the paragraph's end), `apostrophe` where its last ' or ’ joined two
 * pieces (-1 if none): a possessive is such a join right before a final s.
 */
function wordFlags(text: string, start: number, end: number, next: number, apostrophe: number, upper: boolean): number {
  if (!upper && apostrophe < 0 && next !== 0x2e) return 0; // most words: nothing below applies
  let flags = upper ? CAPITALISED : 0;
  if (apostrophe === end - 2) {
    const s = text.charCodeAt(end - 1);
    if (s === 0x73 || s === 0x53) flags |= POSSESSIVE;
  }
  if (next === 0x2e) {
    if (end - start === 1 && flags & CAPITALISED) flags |= ABBREVIATION | INITIAL;
    else if (flags & CAPITALISED && TITLE_ABBREVIATIONS.has(text, start, end)) flags |= ABBREVIATION | TITLE;
    else if (ABBREVIATIONS.has(text, start, end)) flags |= ABBREVIATION;
  }
  return flags;
}

/** The span of a word without a possessive 's. */
export function nameEnd(tokens: Tokens, t: number): number {
  const end = tokens.end[t]!;
  return tokens.flags[t]! & POSSESSIVE ? end - 2 : end;
}
