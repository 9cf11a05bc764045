// The persons a paragraph mentions, in text order, on top of those the state
// remembers: what "He" and a bare "Clinton" refer to. A glossary person is
// named by its entry; otherwise the longest form seen recently names it.

import type { Entity, Mention } from '../model';
import { FEMALE_NAMES, FEMALE_TITLES, MALE_NAMES, MALE_TITLES, ROLE_NOUNS } from './lexicon';
import { foldSpace, PhraseKind, type Phrase, type Words } from './phrases';
import { MAX_PERSONS, type Person } from './state';
import { nameEnd, TITLE } from './tokens';

interface Seen {
  readonly at: number;
  readonly person: Person;
  /** The name's last word, for short forms ("Clinton"). */
  readonly last: string;
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

function lastWord(name: string): string {
  const i = name.lastIndexOf(' ');
  return i < 0 ? name : name.slice(i + 1);
}

export class People {
  private readonly seen: Seen[] = [];
  /** Last words of the remembered names, computed when first asked. */
  private lastWords: string[] | null = null;

  constructor(private readonly remembered: readonly Person[]) {}

  private rememberedLast(): string[] {
    return this.lastWords ??= this.remembered.map((p) => lastWord(p.name));
  }

  /** Records a person mentioned at `at` (mentions must come in text order). */
  note(at: number, person: Person): void {
    this.seen.push({ at, person, last: lastWord(person.name) });
  }

  /** The person a pronoun at `at` refers to: the last one mentioned before it, of a fitting gender. */
  resolvePronoun(at: number, gender: string): Person | null {
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

  /** The longest recent form of a name ("Hillary Clinton" for "Clinton"), known before `at`. */
  fullForm(at: number, name: string): Person | null {
    const last = lastWord(name);
    for (let k = this.seen.length - 1; k >= 0; k--) {
      const s = this.seen[k]!;
      if (s.at < at && s.last === last && s.person.name.length > name.length) return s.person;
    }
    for (let k = this.remembered.length - 1; k >= 0; k--) {
      const p = this.remembered[k]!;
      if (this.rememberedLast()[k] === last && p.name.length > name.length) return p;
    }
    return null;
  }

  /** True when a person known before `at` has text[start, end) as the last word of the name. */
  knowsSurname(at: number, text: string, start: number, end: number): boolean {
    const same = (last: string): boolean => last.length === end - start && text.startsWith(last, start);
    for (const s of this.seen) if (s.at < at && same(s.last)) return true;
    for (const last of this.rememberedLast()) if (same(last)) return true;
    return false;
  }

  /** The persons to remember after this paragraph, most recent last. */
  remember(): readonly Person[] {
    if (this.seen.length === 0) return this.remembered;
    const out: Person[] = [...this.remembered];
    for (const s of this.seen) {
      const i = out.findIndex((p) => p.name === s.person.name && p.entity === s.person.entity);
      if (i >= 0) out.splice(i, 1);
      out.push(s.person);
    }
    return out.length > MAX_PERSONS ? out.slice(out.length - MAX_PERSONS) : out;
  }
}

function fits(p: Person, gender: string): boolean {
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
  return foldSpace(w.text.slice(w.tokens.start[first]!, nameEnd(w.tokens, p.last)));
}
