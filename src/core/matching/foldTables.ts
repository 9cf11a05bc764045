// Per-UTF-16-unit tables the matcher reads on its hot path.
//
// A text is never lowercased as a whole: `toLowerCase()` can change a
// string's length (`İ` becomes two units), and every offset the matcher
// reports is an index into the text as written. Folding one unit at a time
// through a table keeps offsets exact and costs one array read.

import { isApostrophe, isDash, isSpace, isWordCodePoint } from '../chars';

export const SPACE = 0x20;
const APOSTROPHE = 0x27;
const DASH = 0x2d;

export interface FoldTables {
  /** Apostrophes, dashes and white space each folded to one unit; everything else as written. */
  readonly exact: Uint16Array;
  /** `exact`, then lowercased where lowercasing yields a single unit. */
  readonly caseless: Uint16Array;
  /** 1 for a BMP word character (letter, digit, mark), apostrophes excepted; 0 for surrogates. */
  readonly word: Uint8Array;
  /** `caseless` for a BMP word character, -1 for any other unit: the scan's inner loop reads one table, not two. */
  readonly wordUnit: Int32Array;
}

let built: FoldTables | undefined;

export function foldTables(): FoldTables {
  if (!built) built = buildFoldTables();
  return built;
}

function buildFoldTables(): FoldTables {
  const exact = new Uint16Array(65536);
  const caseless = new Uint16Array(65536);
  const word = new Uint8Array(65536);
  const wordUnit = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) {
    const folded = isApostrophe(c) ? APOSTROPHE : isDash(c) ? DASH : isSpace(c) ? SPACE : c;
    exact[c] = folded;
    const lower = String.fromCharCode(folded).toLowerCase();
    caseless[c] = lower.length === 1 ? lower.charCodeAt(0) : folded;
    // ʼ (U+02BC) is a letter to Unicode, but the matcher treats it as the
    // apostrophe it is used as, so `Lavrovʼs` is a possessive like `Lavrov's`.
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    word[c] = !surrogate && !isApostrophe(c) && isWordCodePoint(c) ? 1 : 0;
    wordUnit[c] = word[c] === 1 ? caseless[c]! : -1;
  }
  return { exact, caseless, word, wordUnit };
}

/** Whether the character starting at UTF-16 index `i` is a word character (false outside the text). */
export function isWordAt(word: Uint8Array, text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (word[c] === 1) return true;
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && isWordCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
}

/** Whether the character ending just before UTF-16 index `i` is a word character. */
export function isWordBefore(word: Uint8Array, text: string, i: number): boolean {
  if (i <= 0 || i > text.length) return false;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return isWordAt(word, text, i - 2);
  }
  return word[d] === 1;
}
