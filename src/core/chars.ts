// Character classes and folding shared by the matcher and the quote finder.
//
// `\b` in JavaScript regexes is ASCII-only even with /u, and Intl.Segmenter is
// far too slow on long texts (STYLE.md), so word boundaries come from a table
// of the Basic Multilingual Plane built once from Unicode properties.

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

let wordTable: Uint8Array | undefined;
function table(): Uint8Array {
  if (!wordTable) {
    wordTable = new Uint8Array(65536);
    for (let c = 0; c < 65536; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (WORD_RE.test(String.fromCharCode(c))) wordTable[c] = 1;
    }
  }
  return wordTable;
}

/** True when the code point is a letter, digit or combining mark. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x10000) return table()[cp] === 1;
  return WORD_RE.test(String.fromCodePoint(cp));
}

/** True when the character at UTF-16 index `i` (a whole code point) is a word character. */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const cp = text.codePointAt(i)!;
  return isWordCodePoint(cp);
}

/** True when the character that ends just before UTF-16 index `i` is a word character. */
export function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  let j = i - 1;
  const c = text.charCodeAt(j);
  if (c >= 0xdc00 && c <= 0xdfff && j > 0) {
    const h = text.charCodeAt(j - 1);
    if (h >= 0xd800 && h <= 0xdbff) j--;
  }
  return isWordAt(text, j);
}

/** Apostrophes that count as the same character: ' ’ ʼ ‘(as apostrophe in names) . */
export function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x02bc;
}

/** Dashes folded together for matching: - ‐ ‑ – (and the minus sign). */
export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2212;
}

/** White space, line breaks included. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85 || c === 0xfeff;
}
