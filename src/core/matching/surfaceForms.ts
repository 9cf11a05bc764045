// Turns glossary names and aliases into what the matcher compiles: each
// form normalised, case-folded and cut into words and gaps (its tokens).

import type { CaseMode, Entity } from '../model';
import { isSpace } from '../chars';
import { type FoldTables, SPACE, isWordAt, isWordBefore } from './foldTables';
import { runEnd } from './runs';

/** One name or alias, normalised, in glossary order (entity, then form). */
export interface SurfaceForm {
  /** Index of the entity in the glossary. */
  readonly entity: number;
  /** 0 for the name, i + 1 for alias i. */
  readonly form: number;
  /** Case-folded text. */
  readonly key: string;
  /** `key` cut into its words and the gaps between them. */
  readonly tokens: readonly string[];
  /** The form as it must be written (folded but for case), or undefined when any case matches. */
  readonly exact: string | undefined;
}

export function surfaceForms(entities: readonly Entity[], tables: FoldTables): SurfaceForm[] {
  const forms: SurfaceForm[] = [];
  entities.forEach((entity, e) => {
    const written = [entity.name, ...entity.aliases];
    written.forEach((raw, f) => {
      const exact = normalise(raw, tables.exact);
      // A match must begin and end at a word boundary, which only a word
      // character can sit next to: any other form could never match.
      if (exact === '' || !isWordAt(tables.word, exact, 0) || !isWordBefore(tables.word, exact, exact.length)) return;
      const key = foldUnits(exact, tables.caseless);
      const tokens: string[] = [];
      // cut where the form as written changes between word and gap: folding case never turns one into the other
      for (let start = 0, end = 0; start < exact.length; start = end) {
        end = runEnd(tables.word, exact, start);
        tokens.push(key.slice(start, end));
      }
      forms.push({ entity: e, form: f, key, tokens, exact: matchesOnlyAsWritten(entity.case, exact) ? exact : undefined });
    });
  });
  return forms;
}

function matchesOnlyAsWritten(mode: CaseMode, form: string): boolean {
  return mode === 'exact' || (mode === 'auto' && isWrittenInCapitals(form));
}

/** Trimmed, inner white space collapsed to one space, apostrophes and dashes folded. */
function normalise(raw: string, exact: Uint16Array): string {
  const units: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = units.length > 0;
      continue;
    }
    if (pendingSpace) units.push(SPACE);
    pendingSpace = false;
    units.push(exact[c]!);
  }
  return fromUnits(units);
}

function foldUnits(text: string, table: Uint16Array): string {
  const units = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) units[i] = table[text.charCodeAt(i)]!;
  return fromUnits(units);
}

/** String.fromCharCode in slices: spreading a very long name would overflow the call stack. */
function fromUnits(units: readonly number[]): string {
  const SLICE = 8192;
  if (units.length <= SLICE) return String.fromCharCode(...units);
  let text = '';
  for (let i = 0; i < units.length; i += SLICE) text += String.fromCharCode(...units.slice(i, i + SLICE));
  return text;
}

const LETTER = /\p{L}/u;
const UPPERCASE = /\p{Lu}/u;

/** `EU`, `CSTO`, `RIA`: at least two letters, every one a capital. */
function isWrittenInCapitals(form: string): boolean {
  let capitals = 0;
  for (const ch of form) {
    if (isCapital(ch)) capitals++;
    else if (isLetter(ch)) return false;
  }
  return capitals >= 2;
}

// ASCII answered without a regex: compiling 100,000 entries asks this of every form.
function isCapital(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch > '\x7f' && UPPERCASE.test(ch));
}

function isLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\x7f' && LETTER.test(ch));
}
