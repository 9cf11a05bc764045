// Turns a phrase into a Speaker (the mention, and who it is) and records the
// persons a paragraph mentions, for the pronouns and short names after them.

import type { Entity, Mention, Speaker } from '../model';
import { ACCORDING, FEMALE_NAMES, GROUP_HEADS, LEXICON, MALE_NAMES, NP_LINKS, ROLE_NOUNS, SKIPPABLE_ADVERBS, TO } from './lexicon';
import { genderOf, glossaryEntityAt, GROUP, People, personalName, personalNameStart } from './persons';
import { foldSpace, looksLikeNonPerson, PhraseKind, type Phrase, type Words } from './phrases';
import { Kind, nameEnd } from './tokens';
import { keptSlice } from '../keptSlice';

export interface Glossary {
  readonly mentions: readonly Mention[];
  readonly entity: (id: string) => Entity | undefined;
}

/**
 * The Speaker for a phrase found by the attribution rules. A group or a body
 * that speaks is noted in `people`: it is what a "they" after it refers to.
 */
export function speakerOf(w: Words, p: Phrase, people: People, glossary: Glossary): Speaker {
  const start = w.tokens.start[p.first]!;
  const end = nameEnd(w.tokens, p.last);
  const text = keptSlice(w.text, start, end);
  const known = glossaryEntityAt(glossary.mentions, glossary.entity, start, end);
  let speaker: Speaker;
  if (known && (p.kind !== PhraseKind.Description || known.type === 'person')) {
    speaker = { start, end, text, name: known.name, entity: known.id };
    if (known.type === 'organization') people.note(start, { name: known.name, entity: known.id, gender: GROUP });
    return speaker;
  }
  if (p.kind === PhraseKind.Pronoun) {
    const gender = isWord(text, 'he') ? 'm' : isWord(text, 'she') ? 'f' : isWord(text, 'they') ? GROUP : null;
    const person = gender === null ? null : people.resolvePronoun(start, gender);
    return { start, end, text, name: person ? person.name : text, entity: person ? person.entity : null };
  }
  if (p.kind === PhraseKind.Name) {
    const name = personalName(w, p);
    const full = people.fullForm(start, name);
    speaker = { start, end, text, name: full ? full.name : name, entity: full ? full.entity : null };
  } else {
    speaker = { start, end, text, name: w.singleSpaced(p.first, p.last) ? text : foldSpace(text), entity: null };
  }
  if (isGroup(w, p)) people.note(start, { name: speaker.name, entity: speaker.entity, gender: GROUP });
  return speaker;
}

/**
 * A group ("officials at the ministry", "Senate Democrats") or a body ("the
 * campaign"): the head of the phrase, its last word before "of", "at"…, is in
 * GROUP_HEADS or a lower-case plural; a capitalised -s word is a name ("Jones").
 */
function isGroup(w: Words, p: Phrase): boolean {
  let head = p.first;
  for (let k = p.first + 1; k <= p.last && !w.in(NP_LINKS, k); k++) if (w.isWord(k)) head = k;
  if (w.in(GROUP_HEADS, head)) return true;
  if (p.kind !== PhraseKind.Description || w.capitalised(head)) return false;
  const { text } = w;
  const end = w.tokens.end[head]!;
  if (end - w.tokens.start[head]! < 4 || text.charCodeAt(end - 1) !== 0x73 /* s */) return false;
  const before = text.charCodeAt(end - 2);
  return before !== 0x73 && before !== 0x75 && before !== 0x69; // not -ss, -us, -is
}

/** `text` is `lower` (ASCII lower case) in any case, without lower-casing a copy. */
function isWord(text: string, lower: string): boolean {
  if (text.length !== lower.length) return false;
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) | 0x20) !== lower.charCodeAt(i)) return false;
  return true;
}

function genderOfName(name: string): string {
  const first = name.slice(0, name.indexOf(' ') < 0 ? name.length : name.indexOf(' '));
  const bits = LEXICON.bitsOf(first, 0, first.length);
  if (bits & MALE_NAMES) return 'm';
  if (bits & FEMALE_NAMES) return 'f';
  return '';
}

function isNamePart(w: Words, t: number): boolean {
  return w.nameWord(t) || (w.isWord(t) && !w.capitalised(t) && w.in(ROLE_NOUNS, t));
}

/** True when a speech verb follows token `t` ("Lavrov mentioned", "Smith also said"). */
function speechVerbAfter(w: Words, t: number): boolean {
  let k = t + 1;
  while (k < w.tokens.count && k < t + 4 && w.in(SKIPPABLE_ADVERBS, k)) k++;
  return k < w.tokens.count && w.isSpeechVerb(k);
}

function speechVerbBefore(w: Words, t: number): boolean {
  if (t < 1) return false;
  if (w.isSpeechVerb(t - 1)) return true;
  return t >= 2 && w.in(ACCORDING, t - 2) && w.in(TO, t - 1);
}

/**
 * Records in `people` the persons the paragraph names outside quotes, in text
 * order: glossary persons, and names that a title, a given name, a speech
 * verb or an earlier full form marks as a person's.
 */
export function notePersons(w: Words, people: People, glossary: Glossary): void {
  if (glossary.mentions.length > 0) {
    notePersonsAndMentions(w, people, glossary);
    return;
  }
  // Without glossary mentions only a capitalised word can start a name: visit
  // those alone, not every word of the paragraph (the same walk, minus its no-ops).
  const { tokens } = w;
  let next = 0;
  for (let c = 0; c < tokens.capitalCount; c++) {
    const k = tokens.capitals[c]!;
    if (k < next || tokens.depth[k] !== 0 || !w.nameWord(k)) continue;
    next = noteName(w, people, k) + 1;
  }
}

function notePersonsAndMentions(w: Words, people: People, glossary: Glossary): void {
  const { tokens } = w;
  let m = 0;
  const mentions = glossary.mentions;
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.depth[k] !== 0 || tokens.kind[k] !== Kind.Word) continue;
    const at = tokens.start[k]!;
    while (m < mentions.length && mentions[m]!.end <= at) m++;
    const mention = mentions[m];
    if (mention && mention.start <= at) {
      const e = glossary.entity(mention.entity);
      if (e && e.type === 'person') {
        people.note(mention.start, { name: e.name, entity: e.id, gender: genderOfName(e.name) });
        while (k + 1 < tokens.count && tokens.start[k + 1]! < mention.end) k++;
        continue;
      }
    }
    if (w.nameWord(k)) k = noteName(w, people, k, (start, end) => personMentionIn(glossary, m, start, end));
  }
}

/** The glossary person mentioned inside text[start, end), looking from mention `m` on. */
function personMentionIn(glossary: Glossary, m: number, start: number, end: number): Entity | null {
  for (const mentions = glossary.mentions; m < mentions.length && mentions[m]!.start < end; m++) {
    if (mentions[m]!.start < start) continue;
    const e = glossary.entity(mentions[m]!.entity);
    if (e && e.type === 'person') return e;
  }
  return null;
}

/** Notes the person a name starting at word `k` names, if it looks like one; returns the name's last token. */
function noteName(w: Words, people: People, k: number, glossaryPerson?: (start: number, end: number) => Entity | null): number {
  const { tokens } = w;
  const at = tokens.start[k]!;
  let last = k;
  while (last + 1 < tokens.count && isNamePart(w, last + 1) && tokens.depth[last + 1] === 0) last++;
  while (last > k && !w.capitalised(last)) last--;
  const phrase: Phrase = { first: k, last, kind: PhraseKind.Name };
  const nameStart = personalNameStart(w, phrase);
  // "Mayor Lopez" with Lopez in the glossary: the entry names the person
  const known = glossaryPerson?.(tokens.start[nameStart]!, nameEnd(tokens, last));
  if (known) {
    people.note(at, { name: known.name, entity: known.id, gender: genderOfName(known.name) });
    return last;
  }
  if (!looksLikeNonPerson(w, { first: nameStart, last, kind: PhraseKind.Name })) {
    const gender = genderOf(w, phrase, nameStart);
    const personish = nameStart > k || gender !== '' || speechVerbAfter(w, last) || speechVerbBefore(w, k) ||
      people.knowsSurname(at, w.text, tokens.start[last]!, nameEnd(tokens, last));
    if (personish) {
      const name = personalName(w, phrase);
      const full = people.fullForm(at, name);
      people.note(at, full ?? { name, entity: null, gender });
    }
  }
  return last;
}
