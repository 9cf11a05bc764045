// Who a quote is attributed to, from the words around it: the cue after it
// (`”, said X`, `” X said`, `” X, the party's chairman, said`, `” ― X`,
// `” according to X`) or before it (`X said: “`, `X noted that “`, `X says
// the plan “…”`, `According to X, “`, `…, saying “`, a headline `X: “`, or a
// sentence that ends `X said.` right before the quote). The result is the
// phrase the attribution rests on.

import {
  ACCORDING, CLAUSE_WORDS, COORDINATORS, NAME_ONLY_WORDS, NAMING_VERBS, SKIPPABLE_ADVERBS, SUBJECT_PRONOUNS, THAT, TIME_WORDS, TO,
  WEAK_SPEECH_VERBS,
} from './lexicon';
import { phraseEndingAt, PhraseKind, phraseStartingAt, subjectOf, type Phrase, type Words } from './phrases';
import { Kind } from './tokens';

const MAX_CUE_DISTANCE = 40;

export interface Cue {
  readonly phrase: Phrase;
  /** The cue touches the quote (`said “…”`, `“…,” she said`): speech even when the quote is short. */
  readonly adjacent: boolean;
}

function isDash(w: Words, t: number): boolean {
  if (w.tokens.kind[t] !== Kind.Punct) return false;
  const c = w.text.charCodeAt(w.tokens.start[t]!);
  return c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2d;
}

/** A full stop that ends a sentence: not the one in "(D-Mo.)" nor one followed by a lower-case word. */
function isSentenceEnd(w: Words, t: number): boolean {
  if (w.tokens.kind[t] !== Kind.Punct) return false;
  const c = w.text.charCodeAt(w.tokens.start[t]!);
  if (c === 0x21 || c === 0x3f || c === 0x3b) return true;
  if (c !== 0x2e) return false;
  const next = t + 1;
  if (next >= w.tokens.count) return true;
  if (w.isPunct(next, 0x29) || w.isPunct(next, 0x2c)) return false;
  return !(w.isWord(next) && !w.capitalised(next));
}

/** True when the quote closed by the mark at token `t` ends its sentence (“… over.” He…). */
function quoteEndsSentence(w: Words, t: number): boolean {
  const c = w.text.charCodeAt(w.tokens.start[t]! - 1);
  return (c === 0x2e || c === 0x21 || c === 0x3f) && (t + 1 >= w.tokens.count || w.capitalised(t + 1) || w.tokens.kind[t + 1] === Kind.Open);
}


function isAccordingTo(w: Words, t: number): boolean {
  return w.in(ACCORDING, t) && w.in(TO, t + 1);
}

/** A speech verb that really is one here: a weak form ("claims", "notes") needs a word right before it. */
function speechVerbAt(w: Words, t: number): boolean {
  return w.isSpeechVerb(t) && !(w.in(WEAK_SPEECH_VERBS, t) && !w.isWord(t - 1));
}

function isParticiple(w: Words, t: number): boolean {
  const end = w.tokens.end[t]!;
  return end - w.tokens.start[t]! > 4 && w.text.endsWith('ing', end);
}

/** First token of the sentence around token `t` at quote depth `depth`. */
function sentenceStart(w: Words, t: number, depth: number): number {
  const floor = Math.max(0, t - MAX_CUE_DISTANCE * 2);
  for (let k = t - 1; k >= floor; k--) {
    const d = w.tokens.depth[k]!;
    if (d < depth) return k + 1;
    if (d > depth) continue;
    if (isSentenceEnd(w, k)) return k + 1;
    if (w.tokens.kind[k] === Kind.Close && quoteEndsSentence(w, k)) return k + 1;
  }
  return floor;
}

/** Last token (exclusive) of the sentence from token `t` on at depth `depth`. */
function sentenceEnd(w: Words, t: number, depth: number): number {
  const limit = Math.min(w.tokens.count, t + MAX_CUE_DISTANCE);
  for (let k = t; k < limit; k++) {
    const d = w.tokens.depth[k]!;
    if (d < depth) return k;
    if (d > depth) continue;
    if (isSentenceEnd(w, k) || w.tokens.kind[k] === Kind.Open) return k;
  }
  return limit;
}

function noClauseWords(w: Words, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!w.capitalised(k) && w.in(CLAUSE_WORDS, k)) return false;
  return true;
}

/**
 * The subject of a clause that starts at `floor`, for a verb with none of its
 * own (`Trump attacked Clinton, saying “…”`, `Scott beamed and asked …`); an
 * opening adverbial (`In August,`) is passed over.
 */
function clauseSubject(w: Words, floor: number, v: number): Phrase | null {
  const first = phraseStartingAt(w, floor, v);
  if (first && first.kind !== PhraseKind.Description) return first;
  const depth = w.tokens.depth[v]!;
  for (let k = v - 1; k >= floor; k--) {
    if (w.tokens.depth[k] === depth && w.in(SUBJECT_PRONOUNS, k) && w.isWord(k + 1)) return { first: k, last: k, kind: PhraseKind.Pronoun };
  }
  for (let k = floor; k < v && k < floor + 12; k++) {
    if (w.tokens.kind[k] === Kind.Open || w.tokens.kind[k] === Kind.Close) break;
    if (w.isPunct(k, 0x2c)) return phraseStartingAt(w, k + 1, v) ?? first;
  }
  return first;
}

/** `footage of Trump saying “…”`: a name right before a participle is its subject; anything else leaves it to the clause. */
function participleSubject(w: Words, v: number, floor: number): Phrase | null {
  if (w.isPunct(v - 1, 0x2c)) return null;
  const subject = phraseEndingAt(w, v - 1, floor);
  return subject && subject.kind !== PhraseKind.Description ? subject : null;
}

/** The quote ends with . ! or ? and the next word starts a new sentence. */
export function closesSentence(w: Words, close: number): boolean {
  return quoteEndsSentence(w, close);
}

/** The cue after the quote closed at token `close`. */
export function cueAfter(w: Words, close: number, depth: number): Cue | null {
  let t = close + 1;
  const limit = sentenceEnd(w, t, depth);
  let dash = false;
  while (t < limit && (w.isPunct(t, 0x2c) || isDash(w, t))) { dash = dash || isDash(w, t); t++; }
  if (t >= limit) return null;
  // “Never,” he said / “Never” ― Smith: punctuation marks the quote as speech; "Cia" in a name is not
  const touching = t <= close + 2 && (t === close + 2 || punctuatedEnd(w, close));
  if (isAccordingTo(w, t)) return cue(phraseStartingAt(w, t + 2, limit), touching);
  if (speechVerbAt(w, t)) {
    let s = t + 1;
    while (s < limit && w.in(SKIPPABLE_ADVERBS, s) && !w.pronoun(s)) s++;
    return cue(phraseStartingAt(w, s, limit), touching);
  }
  if (dash) {
    const name = phraseStartingAt(w, t, limit);
    if (name && name.kind === PhraseKind.Name) return { phrase: name, adjacent: touching };
  }
  for (let v = t; v < limit; v++) {
    if (w.tokens.depth[v] !== depth || !speechVerbAt(w, v)) continue;
    const subject = subjectOf(w, v, t);
    if (subject && (w.isPunct(subject.first - 1, 0x2c) || noClauseWords(w, t, subject.first))) {
      return { phrase: subject, adjacent: touching && subject.first === t };
    }
    const lead = phraseStartingAt(w, t, v);
    return lead && noClauseWords(w, t, v) ? { phrase: lead, adjacent: touching } : null;
  }
  return null;
}

function punctuatedEnd(w: Words, close: number): boolean {
  const c = w.text.charCodeAt(w.tokens.start[close]! - 1);
  return c === 0x2c || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2014;
}

function cue(phrase: Phrase | null, adjacent: boolean): Cue | null {
  return phrase ? { phrase, adjacent } : null;
}

/**
 * The cue before the quote opened at token `open`: the speech verb nearest
 * before it in its sentence and that verb's subject, `according to X`, or a
 * phrase and a colon that start the sentence (`Sergey Lavrov: “…”`).
 */
export function cueBefore(w: Words, open: number, depth: number): Cue | null {
  const floor = sentenceStart(w, open, depth);
  let t = open - 1;
  if (t >= floor && w.isPunct(t, 0x3a)) {
    const named = phraseEndingAt(w, t - 1, floor);
    if (named && named.first === floor && named.kind !== PhraseKind.Description) return { phrase: named, adjacent: true };
  }
  const adjacentFrom = adjacencyStart(w, open, floor);
  for (; t >= floor; t--) {
    if (w.tokens.depth[t] !== depth || !w.isWord(t)) continue;
    if (isAccordingTo(w, t)) {
      const source = phraseStartingAt(w, t + 2, open);
      if (source) return { phrase: source, adjacent: false };
    }
    if (t >= adjacentFrom && w.in(NAME_ONLY_WORDS, t)) return null;
    const naming = w.in(NAMING_VERBS, t);
    if (!naming && !speechVerbAt(w, t)) continue;
    const adjacent = !naming && t >= adjacentFrom;
    // "…, saying “…”", "a statement calling it “…”": a participle speaks for the clause's subject
    const subject = isParticiple(w, t) ? participleSubject(w, t, floor) : subjectOf(w, t, floor);
    // "Trump’s early-morning tweets", "Kim's mental state": a weak form after a description is a noun
    if (subject && w.in(WEAK_SPEECH_VERBS, t) && subject.kind === PhraseKind.Description) continue;
    if (subject) return { phrase: subject, adjacent };
    if (w.capitalised(t) && t === floor) return cue(phraseStartingAt(w, t + 1, open), adjacent); // Said Ellis: “…”
    const before = t - 1;
    if (isParticiple(w, t) || w.isPunct(before, 0x2c) || w.in(COORDINATORS, before)) {
      const clause = clauseSubject(w, floor, t);
      if (clause) return { phrase: clause, adjacent };
    }
  }
  return floor > 0 && floor === open ? previousSentenceSpeaker(w, floor - 1, depth) : null;
}

/** `…, Smith said. “…”`: a quote right after a sentence that ends with its attribution. */
function previousSentenceSpeaker(w: Words, end: number, depth: number): Cue | null {
  if (!isSentenceEnd(w, end) || w.text.charCodeAt(w.tokens.start[end]!) !== 0x2e) return null;
  const floor = sentenceStart(w, end, depth);
  let v = end - 1;
  while (v > floor && w.in(TIME_WORDS, v)) v--;
  if (speechVerbAt(w, v)) {
    const subject = subjectOf(w, v, floor);
    return subject ? { phrase: subject, adjacent: false } : null;
  }
  const named = phraseEndingAt(w, end - 1, floor);
  return named && speechVerbAt(w, named.first - 1) ? { phrase: named, adjacent: false } : null;
}

/** First token that still counts as touching the quote: `said “`, `said: “`, `said that “`. */
function adjacencyStart(w: Words, open: number, floor: number): number {
  let t = open - 1;
  while (t >= floor && (w.isPunct(t, 0x3a) || w.isPunct(t, 0x2c))) t--;
  if (t >= floor && w.in(THAT, t)) t--;
  return t;
}

/** The speaker a paragraph introduces at its end with a colon ("Smith said in a statement:"). */
export function introAtEnd(w: Words): Phrase | null {
  const last = w.tokens.count - 1;
  if (last < 1 || !w.isPunct(last, 0x3a) || w.tokens.depth[last] !== 0) return null;
  const found = cueBefore(w, last + 1, 0);
  return found ? found.phrase : null;
}
