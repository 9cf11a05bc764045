import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Quote, Span } from '../../../src/core/model';
import { paragraphSpans } from '../../../src/core/paragraphs';
import {
  closeOpenQuote, findQuotes, INITIAL_QUOTE_STATE, sameQuoteState, scanQuoteParagraph, shiftQuoteState, type QuoteState,
} from '../../../src/core/quotes';
import { NO_GLOSSARY } from './helpers';

// Pieces of paragraphs that exercise every rule: closed, unclosed and
// reopened quotes, each kind of mark, cues before and after, pronouns,
// a colon that introduces the next paragraph, apostrophes and an emoji.
const PIECES = [
  'Lopez said: “We will win the vote.”', '“We will win it all,” she said.', '“The first part of a long statement.',
  '“The second part of it,” Reed added.', 'He noted that “the plan is fine as it stands.”', 'the so-called ‘deal’ is off.',
  'Mr. Tom Reed met the council on Monday.', 'A “term” here.', 'Azerbaijan\'s army and rock ’n’ roll played on.',
  '"Straight quotes open here', 'and close here," said a spokesman for the campaign.', '« Bonjour à tous les amis »',
  'According to Reed, “the count is over now.”', 'Reed said in a statement:', '🎉 A line with “a quote inside it now”.',
  'She was 6\'3" tall.', 'Mayor Ana Lopez spoke.', '"We will see," he said, "what comes of it."', 'The ’90s were “great fun for us all”',
];
const SEPARATORS = ['\n', '\n\n', '\r\n', '\n  \n'];

const paragraph = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((p) => p.join(' '));
const article = fc.array(fc.tuple(paragraph, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

interface Fold {
  /** State before each paragraph, then the one after the last. */
  states: QuoteState[];
  results: Quote[][];
}

function fold(text: string): Fold {
  const states = [INITIAL_QUOTE_STATE];
  const results: Quote[][] = [];
  for (const para of paragraphSpans(text)) {
    const r = scanQuoteParagraph(text, para, NO_GLOSSARY, states[states.length - 1]!);
    results.push(r.quotes);
    states.push(r.state);
  }
  return { states, results };
}

function shiftQuote(q: Quote, delta: number): Quote {
  return { ...q, start: q.start + delta, end: q.end + delta, speaker: q.speaker && { ...q.speaker, start: q.speaker.start + delta, end: q.speaker.end + delta } };
}

/** What the editor does: re-scan from paragraph `from` until the state equals the old one, shifted; keep the rest. */
function rescan(text: string, old: Fold, from: number, delta: number): Quote[] {
  const paras: Span[] = paragraphSpans(text);
  const out: Quote[] = old.results.slice(0, from).flat();
  let state = old.states[from]!;
  for (let p = from; p < paras.length; p++) {
    const r = scanQuoteParagraph(text, paras[p]!, NO_GLOSSARY, state);
    out.push(...r.quotes);
    state = r.state;
    const before = shiftQuoteState(old.states[p + 1]!, delta);
    if (p + 1 < old.states.length && sameQuoteState(state, before)) {
      for (const rest of old.results.slice(p + 1)) out.push(...rest.map((q) => shiftQuote(q, delta)));
      state = shiftQuoteState(old.states[old.states.length - 1]!, delta);
      break;
    }
  }
  return out.concat(closeOpenQuote(state));
}

describe('quotes: paragraph by paragraph', () => {
  it('folding scanQuoteParagraph over the paragraphs gives findQuotes', () => {
    fc.assert(fc.property(article, (text) => {
      const { states, results } = fold(text);
      assert.deepEqual(results.flat().concat(closeOpenQuote(states[states.length - 1]!)), findQuotes(text, NO_GLOSSARY));
    }), { numRuns: 300 });
  });

  it('keeps states JSON-like: a state survives a JSON round trip', () => {
    fc.assert(fc.property(article, (text) => {
      for (const s of fold(text).states) assert.ok(sameQuoteState(JSON.parse(JSON.stringify(s)) as QuoteState, s));
    }), { numRuns: 100 });
  });

  it('re-scanning from any paragraph with its stored state reproduces the rest', () => {
    fc.assert(fc.property(article, fc.nat(), (text, pick) => {
      const whole = fold(text);
      const from = pick % whole.results.length;
      fold('“An unrelated text scanned in between, to dirty any scratch space'); // no state may leak between calls
      assert.deepEqual(rescan(text, whole, from, 0), findQuotes(text, NO_GLOSSARY));
    }), { numRuns: 300 });
  });

  it('a state shifted by an insertion before it equals the state of the edited text', () => {
    fc.assert(fc.property(article, fc.integer({ min: 1, max: 40 }), (text, n) => {
      const padded = ' '.repeat(n) + text;
      const a = fold(text), b = fold(padded);
      a.states.forEach((s, i) => assert.ok(sameQuoteState(shiftQuoteState(s, n), b.states[i]!), `state ${i}`));
      assert.deepEqual(rescan(padded, a, 0, n), findQuotes(padded, NO_GLOSSARY));
    }), { numRuns: 200 });
  });

  it('after replacing one paragraph, re-scanning from it until the state converges gives findQuotes', () => {
    fc.assert(fc.property(article, fc.nat(), paragraph, (text, pick, replacement) => {
      const old = fold(text);
      const paras = paragraphSpans(text);
      const at = pick % paras.length;
      const target = paras[at]!;
      const edited = text.slice(0, target.start) + replacement + text.slice(target.end);
      const delta = replacement.length - (target.end - target.start);
      assert.deepEqual(rescan(edited, old, at, delta), findQuotes(edited, NO_GLOSSARY));
    }), { numRuns: 400 });
  });
});
