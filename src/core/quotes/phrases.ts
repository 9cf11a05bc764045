// Noun phrases around a speech verb: who is said to speak. A phrase is a
// pronoun, a name (capitalised words with titles and roles: "Massachusetts
// Sen. Elizabeth Warren", "White House spokesman Josh Earnest") or a
// description ("a spokesman for the campaign", "the Indiana governor").

import { isSpace } from '../chars';
import {
  CLAUSE_WORDS, DETERMINERS, LEXICON, NON_NAME_CAPITALS, NON_PERSON_HEADS, NP_LINKS, PERSONAL_PRONOUNS, ROLE_NOUNS,
  SKIPPABLE_ADVERBS, SPEECH_VERBS, TIME_WORDS, WHO,
} from './lexicon';
import { CAPITALISED, INITIAL, Kind, POSSESSIVE, TITLE, type Tokens } from './tokens';
import { keptSlice } from '../keptSlice';

export const enum PhraseKind { Pronoun = 1, Name = 2, Description = 3 }

/** Tokens first..last (inclusive) of one noun phrase. */
export interface Phrase {
  readonly first: number;
  readonly last: number;
  readonly kind: PhraseKind;
}

/** The words of a paragraph as the phrase rules read them. */
export class Words {
  constructor(readonly text: string, readonly tokens: Tokens) {}

  isWord(t: number): boolean {
    return this.tokens.kind[t] === Kind.Word;
  }
  isPunct(t: number, c: number): boolean {
    return this.tokens.kind[t] === Kind.Punct && this.text.charCodeAt(this.tokens.start[t]!) === c;
  }
  capitalised(t: number): boolean {
    return this.isWord(t) && (this.tokens.flags[t]! & CAPITALISED) !== 0;
  }
  /** True when word `t` is in the lexicon list(s) `bits`. */
  in(bits: number, t: number): boolean {
    const { tokens } = this;
    let found = tokens.lex[t]!;
    if (found < 0) {
      found = 0;
      if (tokens.kind[t] === Kind.Word) {
        const end = tokens.end[t]!;
        // a title token keeps its period; the lexicon holds the bare word
        found = LEXICON.bitsOf(this.text, tokens.start[t]!, this.text.charCodeAt(end - 1) === 0x2e ? end - 1 : end);
      }
      tokens.lex[t] = found;
    }
    return (found & bits) !== 0;
  }
  /** A word of a name: capitalised (not a sentence opener like "The"), an initial or a title. */
  nameWord(t: number): boolean {
    if (!this.capitalised(t)) return false;
    return (this.tokens.flags[t]! & (TITLE | INITIAL)) !== 0 || !this.in(NON_NAME_CAPITALS, t);
  }
  isSpeechVerb(t: number): boolean {
    return this.isWord(t) && !this.capitalisedMidSentence(t) && this.in(SPEECH_VERBS, t);
  }
  private capitalisedMidSentence(t: number): boolean {
    return this.capitalised(t) && t > 0 && !this.isPunct(t - 1, 0x2e) && this.tokens.kind[t - 1] !== Kind.Open;
  }
  pronoun(t: number): boolean {
    return this.in(PERSONAL_PRONOUNS, t);
  }
  /**
   * Text of tokens first..last, ended at `end` (a possessive 's left out), white space folded.
   * No token holds white space, so only the gaps between them are read, not every character.
   */
  textOf(first: number, last: number, end: number): string {
    const s = keptSlice(this.text, this.tokens.start[first]!, end);
    return this.singleSpaced(first, last) ? s : foldSpace(s);
  }
  /** True when no gap between tokens first..last is more than one plain space: their text needs no folding. */
  singleSpaced(first: number, last: number): boolean {
    const { start, end } = this.tokens;
    for (let k = first; k < last; k++) {
      const gap = start[k + 1]! - end[k]!;
      if (gap > 1 || (gap === 1 && this.text.charCodeAt(end[k]!) !== 0x20)) return false;
    }
    return true;
  }
}

/** Folds runs of white space (a name may wrap over a line) into single spaces. */
export function foldSpace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 ? s.charCodeAt(i + 1) === 0x20 : isSpace(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

function isNamePart(w: Words, t: number): boolean {
  return w.nameWord(t) || (w.isWord(t) && !w.capitalised(t) && w.in(ROLE_NOUNS, t));
}

/**
 * The phrase that ends at token `t`, reading back no further than `floor`;
 * a description takes in what it is of or for ("a spokesman for the campaign").
 */
export function phraseEndingAt(w: Words, t: number, floor: number): Phrase | null {
  let p = simplePhraseEndingAt(w, t, floor);
  for (let n = 0; p && p.kind !== PhraseKind.Pronoun && n < 2; n++) {
    const link = p.first - 1;
    if (link - 1 < floor || !w.in(NP_LINKS, link) || w.capitalised(link)) break;
    const head = simplePhraseEndingAt(w, link - 1, floor);
    if (!head || head.kind === PhraseKind.Pronoun || !(head.kind === PhraseKind.Description || w.in(ROLE_NOUNS, head.last))) break;
    p = { first: head.first, last: p.last, kind: PhraseKind.Description };
  }
  return p;
}

function simplePhraseEndingAt(w: Words, t: number, floor: number): Phrase | null {
  if (t < floor || !w.isWord(t)) return null;
  if (w.pronoun(t)) return { first: t, last: t, kind: PhraseKind.Pronoun };
  // "the mother of three": a number or quantifier ends a phrase only after a link
  if (w.in(DETERMINERS, t) && !(t - 1 >= floor && w.in(NP_LINKS, t - 1))) return null;
  if (w.in(CLAUSE_WORDS, t) && !w.capitalised(t)) return null;
  let first = t;
  let names = 0;
  // names, titles and roles: "White House press secretary Josh Earnest"
  while (first >= floor && isNamePart(w, first)) {
    if (w.capitalised(first)) names++;
    first--;
  }
  if (first < t) {
    // "The New York Times" names an organisation; "the former president" describes someone
    if (first >= floor && w.in(DETERMINERS, first)) return { first, last: t, kind: allCapitalised(w, first + 1, t) ? PhraseKind.Name : PhraseKind.Description };
    if (names > 0) return { first: first + 1, last: t, kind: w.capitalised(t) ? PhraseKind.Name : PhraseKind.Description };
  }
  // a description: back over lowercase words to a determiner ("the Armenian side") or an owner ("Scott's family")
  for (let k = first, words = 0; k >= floor && words < 7; k--, words++) {
    if (!w.isWord(k)) return null;
    if (k < t && w.in(DETERMINERS, k)) return { first: k, last: t, kind: PhraseKind.Description };
    if (k < t && w.capitalised(k) && (w.tokens.flags[k]! & POSSESSIVE) !== 0) {
      let owner = k;
      while (owner - 1 >= floor && w.nameWord(owner - 1)) owner--;
      return { first: owner, last: t, kind: PhraseKind.Description };
    }
    if (!w.capitalised(k) && (w.in(CLAUSE_WORDS, k) || w.in(SPEECH_VERBS, k)) && !w.in(NP_LINKS, k)) break;
  }
  // a bare plural or role: "officials said", "critics say"
  if (!w.capitalised(t) && (w.in(ROLE_NOUNS, t) || endsWithS(w, t)) && boundaryBefore(w, t, floor)) {
    return { first: t, last: t, kind: PhraseKind.Description };
  }
  return null;
}

function allCapitalised(w: Words, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!w.capitalised(k)) return false;
  return true;
}

function endsWithS(w: Words, t: number): boolean {
  return w.text.charCodeAt(w.tokens.end[t]! - 1) === 0x73;
}

function boundaryBefore(w: Words, t: number, floor: number): boolean {
  const p = t - 1;
  return p < floor || !w.isWord(p) || w.in(CLAUSE_WORDS, p);
}

/**
 * The subject of the speech verb at `v`: "Smith said", "Smith also said",
 * "Smith, the party's chairman, said", "Sen. Smith (R-Utah) said", "the
 * campaign, which said" (the antecedent of a relative pronoun).
 */
export function subjectOf(w: Words, v: number, floor: number): Phrase | null {
  let t = v - 1;
  for (let skipped = 0; t >= floor && skipped < 3 && w.isWord(t) && !w.capitalised(t) && w.in(SKIPPABLE_ADVERBS, t) && !isRelative(w, t); skipped++) t--;
  if (t < floor) return null;
  if (w.isPunct(t, 0x29)) { // ")" : skip a parenthesis such as (R-Utah)
    let k = t - 1;
    while (k >= floor && !w.isPunct(k, 0x28)) k--;
    if (k <= floor) return null;
    t = k - 1;
  }
  if (w.isPunct(t, 0x2c)) return appositiveSubject(w, t, floor);
  if (isRelative(w, t)) return antecedent(w, t - 1, floor);
  return phraseEndingAt(w, t, floor);
}

function isRelative(w: Words, t: number): boolean {
  return !w.capitalised(t) && w.in(WHO, t);
}

function antecedent(w: Words, t: number, floor: number): Phrase | null {
  if (t >= floor && w.isPunct(t, 0x2c)) t--;
  return phraseEndingAt(w, t, floor);
}

/** `X, APPOSITIVE, said`: the name between the commas, or the phrase before them. */
function appositiveSubject(w: Words, comma: number, floor: number): Phrase | null {
  let p = comma - 1;
  while (p >= floor && p > comma - 30 && w.tokens.kind[p] !== Kind.Open && w.tokens.kind[p] !== Kind.Close &&
    !w.isPunct(p, 0x2c) && !w.isPunct(p, 0x2e) && !w.isPunct(p, 0x3b)) p--;
  const chunk = phraseEndingAt(w, comma - 1, p + 1);
  if (chunk && chunk.kind === PhraseKind.Name && chunk.first === p + 1) return chunk;
  if (p >= floor && w.isPunct(p, 0x2c)) {
    const before = phraseEndingAt(w, p - 1, floor);
    if (before) return before;
  }
  return chunk && chunk.first === p + 1 ? chunk : null;
}

/** The phrase that starts at token `t`: "said Mr. Smith", "said a spokesman for the campaign". */
export function phraseStartingAt(w: Words, t: number, limit: number): Phrase | null {
  if (t >= limit || !w.isWord(t)) return null;
  if (w.pronoun(t)) return { first: t, last: t, kind: PhraseKind.Pronoun };
  if (w.in(TIME_WORDS, t) || w.in(CLAUSE_WORDS, t) && !w.capitalised(t)) return null;
  let last = t - 1;
  let kind = PhraseKind.Name;
  if (w.in(DETERMINERS, t)) { last = t; kind = PhraseKind.Description; }
  for (let k = last + 1, free = 0; k < limit && k < t + 12; k++) {
    if (isNamePart(w, k) && !w.in(TIME_WORDS, k)) { last = k; continue; }
    if (kind !== PhraseKind.Description || !w.isWord(k) || w.capitalised(k)) break;
    if (w.in(CLAUSE_WORDS, k) || w.in(SPEECH_VERBS, k) || w.in(TIME_WORDS, k)) break;
    if (w.in(NP_LINKS, k)) {
      // "a spokesman for the campaign": a link counts when a phrase follows it
      if (k + 1 < limit && (w.in(DETERMINERS, k + 1) || w.nameWord(k + 1))) continue;
      break;
    }
    if (++free > 4) break;
    last = k;
  }
  if (last < t) return null;
  if (kind === PhraseKind.Name && !w.capitalised(last)) kind = PhraseKind.Description;
  return { first: t, last, kind };
}

/** True when a name phrase is likely an organisation or place ("The New York Times"). */
export function looksLikeNonPerson(w: Words, p: Phrase): boolean {
  if (p.kind !== PhraseKind.Name) return p.kind === PhraseKind.Description;
  if (w.in(DETERMINERS, p.first)) return true;
  for (let k = p.first; k <= p.last; k++) if (w.in(NON_PERSON_HEADS, k)) return true;
  return false;
}
