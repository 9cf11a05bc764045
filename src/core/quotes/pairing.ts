// Pairs the quotation marks of one paragraph, given the quote left open by
// the paragraphs before it. A stack of open marks: a closing mark closes the
// nearest open quote of its family and drops the stray openers above it.

import { isSpace } from '../chars';
import type { Span } from '../model';
import {
  APOSTROPHE, Family, familyOf, isSingleFamily, LEFT_DOUBLE, LEFT_GUILLEMET, LEFT_SINGLE, LEFT_SINGLE_GUILLEMET,
  LOW_DOUBLE, LOW_SINGLE, QUOTATION_MARK, REVERSED_DOUBLE, REVERSED_SINGLE, reopens, RIGHT_DOUBLE, RIGHT_GUILLEMET,
  RIGHT_SINGLE, RIGHT_SINGLE_GUILLEMET,
} from './marks';
import { isApostropheAt } from './apostrophes';

/** A quote still open at the end of a paragraph. */
export interface OpenQuote {
  readonly family: Family;
  /** The character that opened it (tells „…“ from “…”, «…» from »…«). */
  readonly opener: number;
  /** Offset of the opening mark. */
  readonly mark: number;
  /** Offset where its words start. */
  readonly start: number;
}

/** A paired quote: `start`/`end` are its words, `open`/`close` its marks (`close` -1 when it never closed). */
export interface RawQuote extends Span {
  readonly open: number;
  readonly close: number;
  /** Quotes around it (0 = outermost). */
  readonly depth: number;
  /** True when it began in an earlier paragraph. */
  readonly carried: boolean;
  /** Indices of its marks among the paragraph's tokens, -1 where the mark is in another paragraph. */
  readonly openToken: number;
  readonly closeToken: number;
}

/** A RawQuote the Pairer rewrites in place, paragraph after paragraph. */
type QuoteSlot = { -readonly [K in keyof RawQuote]: RawQuote[K] };

interface Entry extends OpenQuote {
  readonly carried: boolean;
  /** Token index of its opening mark, -1 when that mark is in an earlier paragraph. */
  readonly token: number;
}

/** True for a character that may stand right before an opening mark. */
function opensAfter(text: string, i: number, from: number): boolean {
  if (i <= from) return true;
  const c = text.charCodeAt(i - 1);
  return isSpace(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d ||
    c === 0x2f || c === 0x3a || familyOf(c) !== Family.None;
}

function afterDigit(text: string, i: number, from: number): boolean {
  const c = i > from ? text.charCodeAt(i - 1) : 0;
  return c >= 0x30 && c <= 0x39;
}

function spaceAfter(text: string, i: number, to: number): boolean {
  return i + 1 >= to || isSpace(text.charCodeAt(i + 1));
}

function findOpen(stack: readonly Entry[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
  return -1;
}

function wordsStart(text: string, i: number, to: number): number {
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function wordsEnd(text: string, from: number, i: number): number {
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The quote open from the paragraphs before, and how this paragraph takes it up. */
export interface Carry {
  readonly quote: OpenQuote;
  /** The paragraph starts with a mark that reopens it (a quote over several paragraphs). */
  readonly reopened: boolean;
  /** End of the words before this paragraph, where it ends if it proves unterminated here. */
  readonly endBefore: number;
}

/** True for a character that may be a quotation mark. */
export function isMarkCandidate(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) || c === 0x2039 || c === 0x203a;
}

export const enum MarkResult { None = 0, Opened = 1, Closed = 2 }

/**
 * Pairs the marks of one paragraph as the tokenizer meets them. A carried
 * quote that is not reopened runs on over the line break (hard-wrapped text)
 * until its family's next mark; when that mark looks like an opener (after a
 * space, before a word), the carried quote was never closed: it ends where
 * the text before this paragraph ends. Quotes are listed in the order they close.
 *
 * One Pairer serves paragraph after paragraph (`reset`): its two lists, new
 * for each, were a seventh of what the quote finder allocated.
 */
export class Pairer {
  /**
   * The paragraph's quotes are the first `quoteCount`. Their objects are
   * rewritten by the next paragraph, so that pairing a quote allocates one
   * object (its stack entry), not two; the list is never cut: that would free its store.
   */
  readonly quotes: readonly RawQuote[];
  quoteCount = 0;
  private readonly slots: QuoteSlot[] = [];
  readonly stack: Entry[] = [];
  /** Offset of the mark that reopens the carried quote, or -1. */
  reopenAt = -1;
  /** True when the paragraph's first words are inside a quote carried from before. */
  startsInside = false;
  private token = -1;
  private result = MarkResult.None;
  private text = '';
  private para: Span = { start: 0, end: 0 };

  constructor() {
    this.quotes = this.slots;
  }

  /** Starts on `para`, given the quote carried from the paragraphs before it. */
  reset(text: string, para: Span, carry: Carry | null): void {
    this.text = text;
    this.para = para;
    this.quoteCount = 0;
    while (this.stack.length > 0) this.stack.pop();
    this.reopenAt = -1;
    this.startsInside = false;
    this.token = -1;
    this.result = MarkResult.None;
    if (!carry) return;
    this.stack.push({ ...carry.quote, carried: true, token: -1 });
    this.startsInside = true;
    if (carry.reopened) this.reopenAt = wordsStart(text, para.start, para.end);
    else if (this.provesUnterminated(carry)) this.startsInside = false;
  }

  /** Quotes open, the carried one included. */
  get depth(): number {
    return this.stack.length;
  }

  /** The carried quote's reopening mark becomes token `token`. */
  reopen(token: number): void {
    this.stack[0] = { ...this.stack[0]!, token };
  }

  /** Decides the candidate mark at `i`, which becomes token `token` if it is a mark. */
  mark(i: number, token: number): MarkResult {
    this.token = token;
    this.result = MarkResult.None;
    this.decide(i);
    return this.result;
  }

  /** The quote still open at the paragraph's end to carry on, and its opening token (-1 if carried in). */
  carriedOn(): { quote: OpenQuote; token: number } | null {
    let best: Entry | undefined;
    for (const e of this.stack) {
      if (!isSingleFamily(e.family)) { best = e; break; }
      if (!best && e.family === Family.CurlySingle) best = e;
    }
    return best ? { quote: { family: best.family, opener: best.opener, mark: best.mark, start: best.start }, token: best.token } : null;
  }

  private decide(i: number): void {
    const { text, para, stack } = this;
    const c = text.charCodeAt(i);
    const family = familyOf(c);
    const k = findOpen(stack, family);
    switch (c) {
      case QUOTATION_MARK: {
        // typed by hand, “…" happens: a straight mark that looks closing may close a curly quote
        const curly = k < 0 && !opensAfter(text, i, para.start) ? findOpen(stack, Family.CurlyDouble) : -1;
        if (k >= 0) this.close(k, i);
        else if (curly >= 0) this.close(curly, i);
        else if (!afterDigit(text, i, para.start)) this.open(family, c, i); // 6'3" is a height, not a quote
        break;
      }
      case LEFT_DOUBLE:
        // in „…“ the left mark closes
        if (k >= 0 && stack[k]!.opener === LOW_DOUBLE) this.close(k, i);
        else this.open(family, c, i);
        break;
      case LOW_DOUBLE: case REVERSED_DOUBLE:
        this.open(family, c, i);
        break;
      case RIGHT_DOUBLE: {
        const straight = k < 0 ? findOpen(stack, Family.StraightDouble) : -1;
        if (k >= 0) this.close(k, i);
        else if (straight >= 0) this.close(straight, i); // "…” typed by hand
        else if (opensAfter(text, i, para.start) && !spaceAfter(text, i, para.end)) this.open(family, c, i); // ”…” (Swedish, or a slip)
        break;
      }
      case LEFT_GUILLEMET: case LEFT_SINGLE_GUILLEMET:
        if (k >= 0 && stack[k]!.opener !== c) this.close(k, i); // »…« (German, Danish)
        else this.open(family, c, i);
        break;
      case RIGHT_GUILLEMET: case RIGHT_SINGLE_GUILLEMET:
        if (k >= 0 && stack[k]!.opener !== c) this.close(k, i);
        else if (!spaceAfter(text, i, para.end)) this.open(family, c, i);
        break;
      default:
        this.singleMark(c, k, i);
    }
  }

  private singleMark(c: number, k: number, i: number): void {
    const { text, para, stack } = this;
    if (isApostropheAt(text, i, para)) return;
    const before = opensAfter(text, i, para.start);
    if (c === LEFT_SINGLE || c === LOW_SINGLE || c === REVERSED_SINGLE) {
      if (c === LEFT_SINGLE && k >= 0 && stack[k]!.opener === LOW_SINGLE) this.close(k, i); // ‚…‘
      else if (before && !spaceAfter(text, i, para.end) && this.hasCloser(c, i)) this.open(Family.CurlySingle, c, i);
      return;
    }
    // ’ or ': closes an open single quote; ' may also open one
    if (k >= 0 && !before) this.close(k, i);
    else if (c === APOSTROPHE && before && !spaceAfter(text, i, para.end) && this.hasCloser(c, i)) this.open(Family.StraightSingle, c, i);
  }

  // A single quote must close in its own paragraph, else its mark was an apostrophe.
  private hasCloser(opener: number, at: number): boolean {
    const { text, para } = this;
    const closer = opener === APOSTROPHE ? APOSTROPHE : RIGHT_SINGLE;
    for (let j = at + 2; j < para.end; j++) {
      if (text.charCodeAt(j) === closer && !isApostropheAt(text, j, para) && !isSpace(text.charCodeAt(j - 1))) return true;
    }
    return false;
  }

  private open(family: Family, opener: number, at: number): void {
    this.stack.push({ family, opener, mark: at, start: wordsStart(this.text, at + 1, this.para.end), carried: false, token: this.token });
    this.result = MarkResult.Opened;
  }

  private close(k: number, at: number): void {
    const { stack } = this;
    const e = stack[k]!;
    // pop rather than set the length: a length store is a runtime call, and this runs for every quote
    while (stack.length > k) stack.pop();
    const q = this.nextSlot();
    q.start = e.start; q.end = Math.max(e.start, wordsEnd(this.text, e.start, at)); q.open = e.mark; q.close = at; q.depth = k;
    q.carried = e.carried; q.openToken = e.token; q.closeToken = this.token;
    this.result = MarkResult.Closed;
  }

  /** The object for the paragraph's next quote, for the caller to fill in. */
  private nextSlot(): QuoteSlot {
    let q = this.slots[this.quoteCount];
    if (!q) {
      q = { start: 0, end: 0, open: 0, close: 0, depth: 0, carried: false, openToken: 0, closeToken: 0 };
      this.slots.push(q);
    }
    this.quoteCount++;
    return q;
  }

  /** The first mark of a wrapped quote's family decides whether it ever closes. */
  private provesUnterminated(carry: Carry): boolean {
    const { text, para } = this;
    const carried = carry.quote;
    for (let j = para.start; j < para.end; j++) {
      const c = text.charCodeAt(j);
      if (!isMarkCandidate(c) || familyOf(c) !== carried.family || isApostropheAt(text, j, para)) continue;
      if (!reopens(c, carried.family, carried.opener) || !opensAfter(text, j, para.start) || spaceAfter(text, j, para.end)) return false;
      this.stack.shift();
      const q = this.nextSlot();
      q.start = carried.start; q.end = Math.max(carried.start, carry.endBefore); q.open = carried.mark; q.close = -1; q.depth = 0;
      q.carried = true; q.openToken = -1; q.closeToken = -1;
      return true;
    }
    return false;
  }
}

/** True when the first non-blank character of `para` reopens `carried`. */
export function reopensAt(text: string, para: Span, carried: OpenQuote): boolean {
  const i = wordsStart(text, para.start, para.end);
  return i < para.end && reopens(text.charCodeAt(i), carried.family, carried.opener);
}

/** True when `text` holds a blank line between the two offsets. */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2029 || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      if (++breaks >= 2) return true;
    }
  }
  return false;
}

