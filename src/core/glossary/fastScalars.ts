// The one-line scalars of the fast reader: plain and quoted scalars, keys,
// and flow sequences like `[Lavrov, "Sergei Lavrov"]`. Each reads from `p`
// to at most `end` (the end of the line) and throws UNSUPPORTED at anything
// it does not fully understand, so that the `yaml` package reads it instead.

import { plainText, scalarNode, type ScalarNode, type SeqNode } from './tree';
import { UNSUPPORTED } from './unsupported';

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const COMMA = 0x2c;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
/** YAML refuses longer implicit keys. */
const MAX_KEY_LENGTH = 1024;

/** Characters that give a plain scalar's first position another meaning (YAML's c-indicator). */
function isIndicator(c: number): boolean {
  switch (c) {
    case 0x2d: case 0x3f: case 0x3a: case 0x2c: case 0x5b: case 0x5d: case 0x7b: case 0x7d:
    case 0x23: case 0x26: case 0x2a: case 0x21: case 0x7c: case 0x3e: case 0x27: case 0x22:
    case 0x25: case 0x40: case 0x60:
      return true;
    default:
      return false;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function skipSpaces(text: string, p: number, end: number): number {
  while (p < end && text.charCodeAt(p) === SPACE) p++;
  return p;
}

function trimSpacesBefore(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** After a value: nothing more on the line but spaces and a comment. */
export function expectLineEnd(text: string, p: number, end: number): void {
  const q = skipSpaces(text, p, end);
  if (q < end && !(q > p && text.charCodeAt(q) === HASH)) throw UNSUPPORTED;
}

/** The `:` ending a plain key that starts at `p`, or -1 when the line is not `key: …` in the subset. */
export function findKeyColon(text: string, p: number, end: number): number {
  if (p >= end || isIndicator(text.charCodeAt(p))) return -1;
  const limit = Math.min(end, p + MAX_KEY_LENGTH);
  for (let i = p; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
    if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return i;
  }
  return -1;
}

export function readKey(text: string, p: number, colon: number): ScalarNode {
  const end = trimSpacesBefore(text, p, colon);
  return scalarNode(plainText(text.slice(p, end)), p, end);
}

/** A plain scalar in block context, up to a comment or the line's end. */
export function readPlainValue(text: string, p: number, end: number): ScalarNode {
  const first = text.charCodeAt(p);
  if (isIndicator(first) && !(first === DASH && isDigit(text.charCodeAt(p + 1)))) throw UNSUPPORTED;
  let stop = end;
  for (let i = p; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
      stop = i;
      break;
    }
    // `a: b: c` is a YAML error; a multi-line plain key is not in the subset
    if (c === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) throw UNSUPPORTED;
  }
  stop = trimSpacesBefore(text, p, stop);
  return scalarNode(plainText(text.slice(p, stop)), p, stop);
}

/** A single- or double-quoted scalar that closes on the same line. */
export function readQuoted(text: string, p: number, end: number): ScalarNode {
  return text.charCodeAt(p) === SQUOTE ? readSingleQuoted(text, p, end) : readDoubleQuoted(text, p, end);
}

function readSingleQuoted(text: string, p: number, end: number): ScalarNode {
  let value = '';
  let from = p + 1;
  for (let i = from; i < end; i++) {
    if (text.charCodeAt(i) !== SQUOTE) continue;
    value += text.slice(from, i);
    if (i + 1 >= end || text.charCodeAt(i + 1) !== SQUOTE) return scalarNode(value, p, i + 1);
    value += "'";
    i++;
    from = i + 1;
  }
  throw UNSUPPORTED;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };

function readDoubleQuoted(text: string, p: number, end: number): ScalarNode {
  let value = '';
  let from = p + 1;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DQUOTE) return scalarNode(value + text.slice(from, i), p, i + 1);
    if (c !== BACKSLASH) continue;
    value += text.slice(from, i);
    const e = text[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      value += simple;
      i += 1;
    } else if (e === 'u' || e === 'x') {
      const digits = e === 'u' ? 4 : 2;
      const hex = text.slice(i + 2, i + 2 + digits);
      if (i + 2 + digits > end || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw UNSUPPORTED;
      value += String.fromCharCode(parseInt(hex, 16));
      i += 1 + digits;
    } else {
      throw UNSUPPORTED;
    }
    from = i + 1;
  }
  throw UNSUPPORTED;
}

/** A flow sequence of scalars closed on the same line: `[Lavrov, 'Sergei Lavrov']`. */
export function readFlowSeq(text: string, p: number, end: number): SeqNode {
  const items: ScalarNode[] = [];
  let i = skipSpaces(text, p + 1, end);
  if (text.charCodeAt(i) !== CLOSE_BRACKET || i >= end) {
    for (;;) {
      if (i >= end) throw UNSUPPORTED;
      const c = text.charCodeAt(i);
      const item = c === DQUOTE || c === SQUOTE ? readQuoted(text, i, end) : readFlowPlain(text, i, end);
      items.push(item);
      i = skipSpaces(text, item.end, end);
      const sep = text.charCodeAt(i);
      if (i < end && sep === CLOSE_BRACKET) break;
      if (i >= end || sep !== COMMA) throw UNSUPPORTED;
      i = skipSpaces(text, i + 1, end);
      // a trailing comma `[a, ]` is not in the subset
      if (text.charCodeAt(i) === CLOSE_BRACKET) throw UNSUPPORTED;
    }
  }
  return { kind: 'seq', items, start: p, end: i + 1 };
}

/** A plain scalar inside `[…]`: it ends at `,` or `]`. */
function readFlowPlain(text: string, p: number, end: number): ScalarNode {
  if (isIndicator(text.charCodeAt(p))) throw UNSUPPORTED;
  let i = p;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_BRACKET) break;
    if (c === OPEN_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE) throw UNSUPPORTED;
    if (c === HASH && text.charCodeAt(i - 1) === SPACE) throw UNSUPPORTED;
    if (c === COLON) {
      const n = i + 1 < end ? text.charCodeAt(i + 1) : SPACE;
      if (n === SPACE || n === COMMA || n === CLOSE_BRACKET || n === OPEN_BRACKET || n === OPEN_BRACE || n === CLOSE_BRACE) throw UNSUPPORTED;
    }
  }
  const stop = trimSpacesBefore(text, p, i);
  return scalarNode(plainText(text.slice(p, stop)), p, stop);
}
