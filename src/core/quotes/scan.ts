// One paragraph at a time: pair the marks, read the words, attribute each
// quote that ends here, and hand on the state the next paragraph needs.
//
// A quote left open at the end of a line is carried on. On the next line:
// - an opening mark of its family first on the line reopens it (a quote over
//   several paragraphs: one quote, closed by the last paragraph);
// - after a blank line with no reopening mark, it ends where its last line
//   ended (it was never closed);
// - on the very next line (hard-wrapped text) it runs on, until its family's
//   next mark: one that looks like an opener proves it never closed, and it
//   ends at the end of the line before; after MAX_WRAPPED_LINES lines with
//   neither a closing nor a reopening mark it ends the same way.
// So a paragraph's result depends on its text, the state before it and
// whether a blank line precedes it: an edit that adds or removes a blank
// line must re-scan the paragraph after it. A quote the text leaves open at
// its very end is given by `closeOpenQuote(state)` after the last paragraph.

import type { Entity, Mention, Quote, Span, Speaker } from '../model';
import { closesSentence, cueAfter, cueBefore, introAtEnd, type Cue } from './attribution';
import { blankLineBetween, Pairer, reopensAt, type Carry, type RawQuote } from './pairing';
import { paragraphsOf } from './paragraph-list';
import { People } from './persons';
import { Words } from './phrases';
import { notePersons, speakerOf, type Glossary } from './speakers';
import { INITIAL_QUOTE_STATE, MAX_WRAPPED_LINES, SPEAKER_MEMORY, type OpenQuoteState, type QuoteState } from './state';
import { addCounts, countWords, styleOf, type WordCount } from './style';
import { Tokens } from './tokens';

export interface QuoteContext {
  /** Glossary mentions (sorted by start): the caller passes those that overlap the paragraph. */
  readonly mentions: readonly Mention[];
  readonly entity: (id: string) => Entity | undefined;
}

// Scratch space reused by every paragraph: scanning allocates per quote, not per word.
const tokens = new Tokens();
const pairer = new Pairer();

/** A quote found in the paragraph: the very object handed out, its speaker still open to `attributeTheRest`. */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly style: Quote['style'];
  speaker: Speaker | null;
}

// The quotes that close in the paragraph, and beside each its paired marks:
// parallel arrays reused from paragraph to paragraph, so that a quote costs
// one object (the Quote handed out), not three. Their first `foundCount`
// entries are this paragraph's: the arrays are never cut, as setting a length
// frees the backing store and the next push allocates it again.
const found: Found[] = [];
const foundRaw: RawQuote[] = [];
let foundCount = 0;

function wordsEnd(text: string, para: Span): number {
  let i = para.end;
  while (i > para.start && text.charCodeAt(i - 1) <= 0x20) i--;
  return i;
}

function countsOf(open: OpenQuoteState): WordCount {
  return { words: open.words, lowercase: open.lowercase };
}

/** A quote open from before that proves never closed: it ends where its last line ended. */
function unterminated(open: OpenQuoteState): Quote {
  const style = styleOf(countsOf(open), open.speaker !== null);
  return { start: open.start, end: Math.max(open.start, open.end), style, speaker: style === 'direct' ? open.speaker : null };
}

/** Quotes that end in `paragraph` (a multi-paragraph one starts earlier), and the state after it. */
export function scanQuoteParagraph(text: string, paragraph: Span, context: QuoteContext, state: QuoteState): { quotes: Quote[]; state: QuoteState } {
  const quotes: Quote[] = [];
  return { quotes, state: scanInto(text, paragraph, context, state, quotes) };
}

/** scanQuoteParagraph, appending the quotes to `quotes`: `findQuotes` gives its own list, not one per paragraph. */
function scanInto(text: string, paragraph: Span, context: QuoteContext, state: QuoteState, quotes: Quote[]): QuoteState {
  let carried = state.open;
  let carry: Carry | null = null;
  if (carried) {
    const reopened = reopensAt(text, paragraph, carried);
    if (!reopened && (blankLineBetween(text, carried.end, paragraph.start) || carried.wrappedLines >= MAX_WRAPPED_LINES)) {
      quotes.push(unterminated(carried));
      carried = null;
    } else carry = { quote: carried, reopened, endBefore: carried.end };
  }
  pairer.reset(text, paragraph, carry);
  tokens.fill(text, paragraph, pairer);
  const w = new Words(text, tokens);
  const glossary: Glossary = context;
  const people = new People(state.persons);
  notePersons(w, people, glossary);
  const speaker = (cue: Cue | null): Speaker | null => cue && speakerOf(w, cue.phrase, people, glossary);

  foundCount = 0;
  for (let q = 0; q < pairer.quoteCount; q++) {
    const raw = pairer.quotes[q]!;
    if (raw.close < 0 && carried) { // proved unterminated by a later opening mark
      quotes.push(unterminated(carried));
      continue;
    }
    const inHere = countWords(w, raw.carried ? -1 : raw.openToken, raw.closeToken >= 0 ? raw.closeToken : tokens.count);
    const counts = raw.carried && carried ? addCounts(countsOf(carried), inHere) : inHere;
    // Cues are read lazily, the one that speaks first first: it often settles both the style and
    // the speaker, and reading the other one (a walk back over the sentence) cost a fifth of the time.
    // After “… over.” a capitalised word starts the next sentence: its subject speaks only when nothing before does.
    const beforeFirst = raw.closeToken >= 0 && closesSentence(w, raw.closeToken);
    const first = beforeFirst ? cueBeforeQuote(w, raw) : cueAfterQuote(w, raw);
    let second: Cue | null | undefined; // undefined until read
    // a cue touching the quote makes it speech, however short (style.ts)
    let style = styleOf(counts, false);
    if (style === 'term' && first?.adjacent) style = 'direct';
    if (style === 'term') {
      second = beforeFirst ? cueAfterQuote(w, raw) : cueBeforeQuote(w, raw);
      if (second?.adjacent) style = 'direct';
    }
    let who: Speaker | null = null;
    if (style === 'direct') {
      who = speaker(first);
      if (!who) {
        if (second === undefined) second = beforeFirst ? cueAfterQuote(w, raw) : cueBeforeQuote(w, raw);
        who = speaker(second) ?? (raw.carried && carried ? carried.speaker : null);
      }
    }
    found[foundCount] = { start: raw.start, end: raw.end, style, speaker: who };
    foundRaw[foundCount++] = raw;
  }

  if (foundCount > 0) attributeTheRest(state);
  for (let i = 0; i < foundCount; i++) quotes.push(found[i]!);

  let open: OpenQuoteState | null = null;
  const left = pairer.carriedOn();
  if (left) {
    const continues = carried !== null && left.quote.mark === carried.mark;
    const end = wordsEnd(text, paragraph);
    const counts = continues ? addCounts(countsOf(carried!), countWords(w, -1, tokens.count)) : countWords(w, left.token, tokens.count);
    let opener: Speaker | null = continues ? carried!.speaker : null;
    if (!continues) {
      opener = left.token >= 0 ? speaker(cueBefore(w, left.token, 0)) : null;
      if (!opener && left.token === 0) opener = state.intro ?? recentSpeaker(state);
    }
    open = {
      ...left.quote, end, words: counts.words, lowercase: counts.lowercase,
      wrappedLines: continues && carry && !carry.reopened ? carried!.wrappedLines + 1 : 0, speaker: opener,
    };
  }

  let lastDirect: Found | undefined;
  for (let i = 0; i < foundCount; i++) if (found[i]!.style === 'direct' && found[i]!.speaker) lastDirect = found[i];
  const next: QuoteState = {
    open,
    persons: people.remember(),
    lastSpeaker: lastDirect ? lastDirect.speaker : state.lastSpeakerAge + 1 >= SPEAKER_MEMORY ? null : state.lastSpeaker,
    lastSpeakerAge: lastDirect ? 0 : state.lastSpeaker && state.lastSpeakerAge + 1 < SPEAKER_MEMORY ? state.lastSpeakerAge + 1 : 0,
    intro: speaker(left ? null : phraseCue(introAtEnd(w))),
  };
  return next;
}

function cueAfterQuote(w: Words, raw: RawQuote): Cue | null {
  return raw.closeToken >= 0 ? cueAfter(w, raw.closeToken, raw.depth) : null;
}

function cueBeforeQuote(w: Words, raw: RawQuote): Cue | null {
  return raw.carried ? null : cueBefore(w, raw.openToken, raw.depth);
}

function phraseCue(phrase: Cue['phrase'] | null): Cue | null {
  return phrase ? { phrase, adjacent: true } : null;
}

function recentSpeaker(state: QuoteState): Speaker | null {
  return state.lastSpeaker && state.lastSpeakerAge < SPEAKER_MEMORY ? state.lastSpeaker : null;
}

/**
 * Direct quotes with no cue of their own: speech goes on from a neighbouring
 * quote of the paragraph (“A,” she said. “B.”), from a speaker introduced at
 * the end of the last paragraph, or from the last speaker when the quote
 * opens its paragraph (a statement over several paragraphs).
 */
function attributeTheRest(state: QuoteState): void {
  // quotes come in the order they close; sort (indices) only when a nested one made that differ from text order
  const order = inTextOrder() ? null : Array.from({ length: foundCount }, (_, i) => i).sort((a, b) => found[a]!.start - found[b]!.start);
  for (let i = 0; i < foundCount; i++) {
    const at = order ? order[i]! : i;
    const f = found[at]!, raw = foundRaw[at]!;
    if (f.style !== 'direct' || f.speaker) continue;
    const near = neighbour(order, i, -1) ?? neighbour(order, i, 1);
    if (near) f.speaker = near;
    // the quote is the first thing in its paragraph
    else if ((raw.carried || raw.openToken === 0) && raw.depth === 0) f.speaker = state.intro ?? recentSpeaker(state);
  }
}

function inTextOrder(): boolean {
  for (let i = 1; i < foundCount; i++) if (found[i]!.start < found[i - 1]!.start) return false;
  return true;
}

/** The speaker of the nearest direct quote at the same depth, from the i-th in text order on in direction `step`. */
function neighbour(order: readonly number[] | null, i: number, step: number): Speaker | null {
  const depth = foundRaw[order ? order[i]! : i]!.depth;
  for (let k = i + step; k >= 0 && k < foundCount; k += step) {
    const at = order ? order[k]! : k;
    const f = found[at]!;
    if (foundRaw[at]!.depth !== depth || f.style !== 'direct') continue;
    if (f.speaker) return f.speaker;
  }
  return null;
}

/** The whole text: the fold of scanQuoteParagraph over paragraphSpans(text). */
export function findQuotes(text: string, context: QuoteContext): Quote[] {
  const out: Quote[] = [];
  let state = INITIAL_QUOTE_STATE;
  let m = 0;
  const none: QuoteContext = { mentions: [], entity: context.entity };
  for (const para of paragraphsOf(text)) {
    while (m < context.mentions.length && context.mentions[m]!.end <= para.start) m++;
    let n = m;
    while (n < context.mentions.length && context.mentions[n]!.start < para.end) n++;
    const here = n === m ? none : { mentions: context.mentions.slice(m, n), entity: context.entity };
    state = scanInto(text, para, here, state, out);
  }
  for (const q of closeOpenQuote(state)) out.push(q);
  return out;
}

/**
 * After the last paragraph: the quote the state still holds open never
 * closed, and ends where its last line ends (an empty list when none is open).
 */
export function closeOpenQuote(state: QuoteState): Quote[] {
  return state.open ? [unterminated(state.open)] : [];
}
