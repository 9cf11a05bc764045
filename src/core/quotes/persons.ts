// The persons a paragraph mentions, in text order, on top of those the state
// remembers: what "He" and a bare "Clinton" refer to. A glossary person is
// named by its entry; otherwise the longest form seen recently names it.

import type { Entity, Mention } from '../model';
import { FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, ROLE_NOUNS } from './lexicon';
import { PhraseKind, type Phrase, type Words } from './phrases';
import { MAX_PERSONS, type Person } from './state';
import { nameEnd, TITLE } from './tokens';

/** The gender of a Person that is a group or a body, which only "they" refers to. */
export const GROUP = 'p';

interface Seen {
  readonly at: number;
  readonly person: Person;
}

/** Where the personal name of a name phrase starts: after its last title or role ("Sen. Elizabeth Warren"). */
export function personalNameStart(w: Words, p: Phrase): number {
  let first = p.first;
  for (let k = p.first; k < p.last; k++) {
    if ((w.tokens.flags[k]! & TITLE) !== 0 || (!w.capitalised(k) && w.in(ROLE_NOUNS, k)) || w.in(ROLE_NOUNS, k) && w.capitalised(k + 1)) first = k + 1;
  }
  return first;
}

/** 'm', 'f' or '' from a title or a given name in the phrase. */
export function genderOf(w: Words, p: Phrase, nameStart: number): string {
  for (let k = p.first; k <= p.last; k++) {
    if (w.in(MALE_TITLES, k)) return 'm';
    if (w.in(FEMALE_TITLES, k)) return 'f';
  }
  if (nameStart < p.last) {
    if (w.in(MALE_NAMES, nameStart)) return 'm';
    if (w.in(FEMALE_NAMES, nameStart)) return 'f';
  }
  return '';
}

/**
 * True when the last word of `name` (after its last space) is `s[start, end)`,
 * which holds no space. Compared in place: the quote finder asks this for
 * every name it meets, and a substring per question was a tenth of its time.
 */
function lastWordIs(name: string, s: string, start: number, end: number): boolean {
  const size = end - start;
  const from = name.length - size;
  if (from < 0 || (from > 0 && name.charCodeAt(from - 1) !== 0x20)) return false;
  for (let i = 0; i < size; i++) if (name.charCodeAt(from + i) !== s.charCodeAt(start + i)) return false;
  return true;
}

/**
 * Where the last word of `name` starts. A loop, not lastIndexOf: that is a
 * call into the runtime, and fullForm asks it for every name and speaker.
 */
function lastWordStart(name: string): number {
  let i = name.length;
  while (i > 0 && name.charCodeAt(i - 1) !== 0x20) i--;
  return i;
}

export class People {
  private readonly seen: Seen[] = [];

  constructor(private readonly remembered: readonly Person[]) {}

  /**
   * Records a person mentioned at `at`. Persons come in text order (fullForm and
   * resolvePronoun read the last first); groups come as their quotes are attributed,
   * and lastGroup looks for the latest before a position.
   */
  note(at: number, person: Person): void {
    this.seen.push({ at, person });
  }

  /** The person a pronoun at `at` refers to: the last one mentioned before it, of a fitting gender. */
  resolvePronoun(at: number, gender: string): Person | null {
    if (gender === GROUP) return this.lastGroup(at);
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const s = this.seen[k]!;
      if (s.at < at && fits(s.person, gender)) return s.person;
    }
    for (let k = this.remembered.length - 1; k >= 0; k--) {
      const p = this.remembered[k]!;
      if (fits(p, gender)) return p;
    }
    return null;
  }

  /** The group that spoke last before `at`: groups are noted as their quotes are attributed, not in text order. */
  private lastGroup(at: number): Person | null {
    let found: Seen | null = null;
    for (const s of this.seen) if (s.person.gender === GROUP && s.at < at && (!found || s.at > found.at)) found = s;
    if (found) return found.person;
    for (let k = this.remembered.length - 1; k >= 0; k--) if (this.remembered[k]!.gender === GROUP) return this.remembered[k]!;
    return null;
  }

  /** The longest recent form of a name ("Hillary Clinton" for "Clinton"), known before `at`. */
  fullForm(at: number, name: string): Person | null {
    const last = lastWordStart(name);
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const s = this.seen[k]!;
      if (s.at < at && s.person.name.length > name.length && lastWordIs(s.person.name, name, last, name.length)) return s.person;
    }
    for (let k = this.remembered.length - 1; k >= 0; k--) {
      const p = this.remembered[k]!;
      if (p.name.length > name.length && lastWordIs(p.name, name, last, name.length)) return p;
    }
    return null;
  }

  /** True when a person known before `at` has text[start, end) (one word) as the last word of the name. */
  knowsSurname(at: number, text: string, start: number, end: number): boolean {
    for (const s of this.seen) if (s.at < at && lastWordIs(s.person.name, text, start, end)) return true;
    for (const p of this.remembered) if (lastWordIs(p.name, text, start, end)) return true;
    return false;
  }

  /**
   * The persons to remember after this paragraph, most recent last: one seen
   * again moves to the end. Plain loops, no spread, findIndex or splice: this
   * runs for every paragraph, and those cost ten times more.
   */
  remember(): readonly Person[] {
    if (this.seen.length === 0) return this.remembered;
    const out: Person[] = this.remembered.slice();
    for (const s of this.seen) {
      const person = s.person;
      let i = 0;
      while (i < out.length && !(out[i]!.name === person.name && out[i]!.entity === person.entity)) i++;
      if (i === out.length) {
        out.push(person);
        continue;
      }
      for (let j = i + 1; j < out.length; j++) out[j - 1] = out[j]!;
      out[out.length - 1] = person;
    }
    return out.length > MAX_PERSONS ? out.slice(out.length - MAX_PERSONS) : out;
  }
}

function fits(p: Person, gender: string): boolean {
  if (p.gender === GROUP) return false; // "he" and "she" are never a group
  return gender === '' || p.gender === '' || p.gender === gender;
}

/** The glossary entity mentioned over [start, end), preferring a person; null when none. */
export function glossaryEntityAt(
  mentions: readonly Mention[], entity: (id: string) => Entity | undefined, start: number, end: number,
): Entity | null {
  let found: Entity | null = null;
  for (const m of mentions) {
    if (m.start >= end) break;
    if (m.end <= start) continue;
    const e = entity(m.entity);
    if (!e) continue;
    if (e.type === 'person') return e;
    if (!found && m.start <= start && m.end >= end) found = e;
  }
  return found;
}

/** Text of a name phrase's personal name, without a possessive 's. */
export function personalName(w: Words, p: Phrase): string {
  const first = p.kind === PhraseKind.Name ? personalNameStart(w, p) : p.first;
  return w.textOf(first, p.last, nameEnd(w.tokens, p.last));
}
