// Telling an apostrophe from a single quotation mark. The same characters
// (' and ’, sometimes ‘) serve both; only the neighbours decide:
// Azerbaijan's, don’t, ’90s, rock ’n’ roll, ’em, the Smiths’ house.

import { isSpace, isWordAt, isWordBefore } from '../chars';
import type { Span } from '../model';
import { WordSet } from './word-set';

const ELISIONS = new WordSet(['em', 'til', 'cause', 'bout', 'tis', 'twas', 'round', 'n', 'cuz', 'nuff', 'sup']);

function isApostropheChar(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLowerLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff);
}

/** End of the word starting at `i` (letters only, ASCII is enough for elisions). */
function wordEnd(text: string, i: number, to: number): number {
  while (i < to && isWordAt(text, i)) i++;
  return i;
}

/** True when the ' ’ or ‘ at `i` is an apostrophe, not a quotation mark. */
export function isApostropheAt(text: string, i: number, para: Span): boolean {
  const c = text.charCodeAt(i);
  if (!isApostropheChar(c)) return false;
  const wordBefore = i > para.start && isWordBefore(text, i);
  const wordAfter = i + 1 < para.end && isWordAt(text, i + 1);
  if (wordBefore && wordAfter) return true; // don't, Azerbaijan's
  if (c === 0x2018 && wordBefore) return true; // don‘t, typed with the wrong mark
  if (!wordBefore && wordAfter) {
    // ’90s, '16
    if (isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3))) return true;
    // ’em, 'til, and the first mark of rock ’n’ roll
    const end = wordEnd(text, i + 1, para.end);
    if (ELISIONS.has(text, i + 1, end) && (end >= para.end || !isWordAt(text, end))) {
      return end - i > 2 || (end < para.end && isApostropheChar(text.charCodeAt(end)));
    }
    return false;
  }
  if (wordBefore && !wordAfter) {
    // the second mark of rock ’n’ roll
    if (i >= 2 && text.charCodeAt(i - 1) === 0x6e && isApostropheChar(text.charCodeAt(i - 2)) &&
      (i - 2 <= para.start || isSpace(text.charCodeAt(i - 3)))) return true;
    // the Smiths’ house: a plural possessive, when another mark could still close
    const s = text.charCodeAt(i - 1);
    if ((s === 0x73 || s === 0x53) && i + 2 < para.end && text.charCodeAt(i + 1) === 0x20 &&
      isLowerLetter(text.charCodeAt(i + 2))) return laterCloser(text, i, para, c);
  }
  return false;
}

function laterCloser(text: string, i: number, para: Span, c: number): boolean {
  for (let j = i + 1; j < para.end; j++) {
    if (text.charCodeAt(j) === c && !isSpace(text.charCodeAt(j - 1)) && !(j + 1 < para.end && isWordAt(text, j + 1))) return true;
  }
  return false;
}
