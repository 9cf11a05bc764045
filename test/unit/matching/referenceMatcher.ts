// A deliberately naive matcher written straight from DESIGN.md's matching
// rules: every form tried at every word start, overlaps settled over the
// whole text. Property tests compare the real matcher against it.

import type { Entity, Mention } from '../../../src/core/model';
import { isApostrophe, isDash, isSpace } from '../../../src/core/chars';

const WORD = /^[\p{L}\p{N}\p{M}]$/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && !isApostrophe(ch.charCodeAt(0)) && WORD.test(ch);
}

function charAt(text: string, i: number): string | undefined {
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

function charBefore(text: string, i: number): string | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  return text[i - 1];
}

function foldPunctuation(unit: number): number {
  return isApostrophe(unit) ? 0x27 : isDash(unit) ? 0x2d : isSpace(unit) ? 0x20 : unit;
}

function lowerUnit(unit: number): number {
  const lower = String.fromCharCode(unit).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : unit;
}

interface Form {
  readonly entity: string;
  readonly form: number;
  readonly units: number[];
  readonly caseSensitive: boolean;
}

function formsOf(entities: readonly Entity[]): Form[] {
  const forms: Form[] = [];
  for (const e of entities) {
    [e.name, ...e.aliases].forEach((raw, form) => {
      const words = raw.split('').map((ch) => (isSpace(ch.charCodeAt(0)) ? ' ' : ch)).join('').trim().split(/ +/);
      const text = words.join(' ');
      if (text === '' || !isWordChar(charAt(text, 0)) || !isWordChar(charBefore(text, text.length))) return;
      const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
      const capitals = letters.length >= 2 && letters.every((ch) => /\p{Lu}/u.test(ch));
      const caseSensitive = e.case === 'exact' || (e.case === 'auto' && capitals);
      forms.push({ entity: e.id, form, units: [...text].flatMap((ch) => [...Array(ch.length).keys()].map((k) => foldPunctuation(ch.charCodeAt(k)))), caseSensitive });
    });
  }
  return forms;
}

/** End of `form` matched at `start`, or -1. */
function matchAt(text: string, start: number, form: Form): number {
  let j = start;
  for (const unit of form.units) {
    if (j >= text.length) return -1;
    const t = foldPunctuation(text.charCodeAt(j));
    if (unit === 0x20) {
      if (t !== 0x20) return -1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      continue;
    }
    if (form.caseSensitive ? t !== unit : lowerUnit(t) !== lowerUnit(unit)) return -1;
    j++;
  }
  return isWordChar(charAt(text, j)) ? -1 : j;
}

export function referenceScan(entities: readonly Entity[], text: string): Mention[] {
  const forms = formsOf(entities);
  const candidates: Mention[] = [];
  for (let start = 0; start < text.length; start++) {
    if (!isWordChar(charAt(text, start)) || isWordChar(charBefore(text, start))) continue;
    const claimed = new Set<number>();
    for (const form of forms) {
      const end = matchAt(text, start, form);
      if (end < 0 || claimed.has(end)) continue;
      claimed.add(end);
      candidates.push({ start, end, entity: form.entity, form: form.form });
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const c of candidates) if (kept.every((k) => k.end <= c.start || c.end <= k.start)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
