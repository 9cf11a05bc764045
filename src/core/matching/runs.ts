// Word runs and the gaps between them. Matches are whole words, so a form
// and a text are both read as alternating runs: words (letters, digits,
// marks) and gaps (everything else). A form matches where its runs equal
// the text's runs one for one.

import { isWordAt, isWordBefore } from './foldTables';

/** End of the run (word or gap) that starts at `i`. */
export function runEnd(word: Uint8Array, text: string, i: number): number {
  const inWord = isWordAt(word, text, i);
  while (i < text.length && isWordAt(word, text, i) === inWord) i += unitsAt(text, i);
  return i;
}

/** Start of the run (word or gap) that ends at `end`. */
export function runStart(word: Uint8Array, text: string, end: number): number {
  const inWord = isWordBefore(word, text, end);
  while (end > 0 && isWordBefore(word, text, end) === inWord) end -= unitsBefore(text, end);
  return end;
}

/** 2 for a surrogate pair at `i`, else 1. */
function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function unitsBefore(text: string, end: number): number {
  return end >= 2 ? unitsAt(text, end - 2) : 1;
}
