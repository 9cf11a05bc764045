// One article's automatic annotations, kept up to date edit by edit.
//
// A keystroke must not re-scan a megabyte (issue 4: ≤ 5 ms in a 1 MB
// article). Mentions are re-scanned between the matcher's safe cuts around
// the edit; quotes paragraph by paragraph from the first touched one, until
// the quote state after a paragraph equals the old state there (shifted by
// the edit), after which the old results are reused. The result always
// equals a full scan of the new text: a property test checks it.

import type { Annotation, Mention, Quote } from '../model';
import { paragraphSpans } from '../paragraphs';
import { closeOpenQuote, INITIAL_QUOTE_STATE, sameQuoteState, scanQuoteParagraph, shiftQuoteState, type QuoteState } from '../quotes';
import { assemble } from './assemble';
import { DEFAULT_ANNOTATE_OPTIONS, type AnnotateOptions } from './options';
import type { CompiledGlossary } from './compiledGlossary';

/** One replacement: old text [start, oldEnd) became new text [start, newEnd). */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

interface ParagraphResult {
  readonly start: number;
  readonly end: number;
  /** Quotes that end in this paragraph. */
  readonly quotes: readonly Quote[];
  readonly stateAfter: QuoteState;
}

export class ArticleAnalysis {
  private currentText: string;
  private mentionList: Mention[];
  private paragraphs: ParagraphResult[];
  private cached: Annotation[] | undefined;

  constructor(text: string, private readonly glossary: CompiledGlossary, private readonly options: AnnotateOptions = DEFAULT_ANNOTATE_OPTIONS) {
    this.currentText = text;
    this.mentionList = glossary.matcher.scan(text);
    this.paragraphs = [];
    this.scanParagraphsFrom(0, INITIAL_QUOTE_STATE, undefined);
  }

  get text(): string {
    return this.currentText;
  }

  get mentions(): readonly Mention[] {
    return this.mentionList;
  }

  /** Quotes in text order (a paragraph lists its quotes as they close, inner ones first). */
  get quotes(): readonly Quote[] {
    const last = this.paragraphs[this.paragraphs.length - 1];
    const quotes = this.paragraphs.flatMap((p) => p.quotes);
    // the last paragraph cannot know it is last: a quote still open there ends with the text
    if (last) quotes.push(...closeOpenQuote(last.stateAfter));
    return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Detected annotations (glossary mentions and quotes), in text order. */
  get annotations(): readonly Annotation[] {
    this.cached ??= assemble(this.currentText, this.mentionList, this.quotes, this.glossary);
    return this.cached;
  }

  /** Brings the analysis to `text`, which differs from the previous text by `edit`. */
  update(text: string, edit: TextEdit): void {
    const delta = edit.newEnd - edit.oldEnd;
    const oldText = this.currentText;
    this.currentText = text;
    this.cached = undefined;
    const rescannedTo = this.updateMentions(oldText, text, edit, delta);
    this.updateQuotes(text, edit, delta, rescannedTo);
  }

  /** Re-scans mentions between safe cuts around the edit; returns the end of the re-scanned range. */
  private updateMentions(oldText: string, text: string, edit: TextEdit, delta: number): number {
    const matcher = this.glossary.matcher;
    // A cut must be safe in the old text and in the new one: whether a match
    // can span a position depends on the characters around it, and near the
    // edit those differ. Start one character outside the edit and move out
    // until both texts agree.
    let from = Math.max(0, edit.start - 1);
    for (;;) {
      from = matcher.safeCutBefore(text, from);
      const inOld = matcher.safeCutBefore(oldText, from);
      if (inOld === from) break;
      from = inOld;
    }
    let to = Math.min(text.length, edit.newEnd + 1);
    for (;;) {
      to = matcher.safeCutAfter(text, to);
      const inOld = matcher.safeCutAfter(oldText, to - delta) + delta;
      if (inOld === to) break;
      to = inOld;
    }
    const old = this.mentionList;
    const before = old.filter((m) => m.end <= from);
    const after: Mention[] = [];
    for (const m of old) if (m.start >= to - delta) after.push({ ...m, start: m.start + delta, end: m.end + delta });
    this.mentionList = [...before, ...matcher.scan(text, from, to), ...after];
    return to;
  }

  private updateQuotes(text: string, edit: TextEdit, delta: number, mentionsChangedTo: number): void {
    if (!this.options.quotes) {
      this.paragraphs = [];
      return;
    }
    const old = this.paragraphs;
    // The first paragraph the edit touches (ending at or after its start), and the state before it.
    let first = 0;
    while (first < old.length && old[first]!.end < edit.start) first++;
    const start = lineStart(text, Math.min(edit.start, old[first]?.start ?? edit.start));
    const state = first > 0 ? old[first - 1]!.stateAfter : INITIAL_QUOTE_STATE;
    const kept = old.slice(0, first);
    this.paragraphs = kept;
    this.scanParagraphsFrom(start, state, { old, delta, settledAfter: Math.max(edit.newEnd, mentionsChangedTo) });
  }

  /**
   * Scans paragraphs from `from` on. With `reuse`, stops at the first paragraph past
   * `settledAfter` whose bounds and state after it match an old one (shifted), and
   * takes the old results from there on.
   */
  private scanParagraphsFrom(from: number, state: QuoteState, reuse: { old: ParagraphResult[]; delta: number; settledAfter: number } | undefined): void {
    if (!this.options.quotes) return;
    const text = this.currentText;
    const spans = paragraphSpans(text, from, text.length);
    let oldIndex = 0;
    let mentionIndex = 0;
    for (const span of spans) {
      while (mentionIndex < this.mentionList.length && this.mentionList[mentionIndex]!.end <= span.start) mentionIndex++;
      let mentionEnd = mentionIndex;
      while (mentionEnd < this.mentionList.length && this.mentionList[mentionEnd]!.start < span.end) mentionEnd++;
      const result = scanQuoteParagraph(text, span, { mentions: this.mentionList.slice(mentionIndex, mentionEnd), entity: this.glossary.entity }, state);
      state = result.state;
      this.paragraphs.push({ start: span.start, end: span.end, quotes: result.quotes, stateAfter: state });
      if (reuse && span.end > reuse.settledAfter) {
        const { old, delta } = reuse;
        while (oldIndex < old.length && old[oldIndex]!.start + delta < span.start) oldIndex++;
        const match = old[oldIndex];
        if (match && match.start + delta === span.start && match.end + delta === span.end && sameQuoteState(shiftQuoteState(match.stateAfter, delta), state)) {
          for (let i = oldIndex + 1; i < old.length; i++) this.paragraphs.push(shiftParagraph(old[i]!, delta));
          return;
        }
      }
    }
  }
}

function shiftParagraph(p: ParagraphResult, delta: number): ParagraphResult {
  if (delta === 0) return p;
  return { start: p.start + delta, end: p.end + delta, quotes: p.quotes.map((q) => shiftQuote(q, delta)), stateAfter: shiftQuoteState(p.stateAfter, delta) };
}

function shiftQuote(q: Quote, delta: number): Quote {
  return {
    ...q,
    start: q.start + delta,
    end: q.end + delta,
    speaker: q.speaker && { ...q.speaker, start: q.speaker.start + delta, end: q.speaker.end + delta },
  };
}

function lineStart(text: string, i: number): number {
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x0a || c === 0x0d || c === 0x2029) break;
    i--;
  }
  return i;
}

/** Annotations found in `text` (glossary mentions and detected quotes), in text order. */
export function annotateText(text: string, glossary: CompiledGlossary, options: AnnotateOptions = DEFAULT_ANNOTATE_OPTIONS): readonly Annotation[] {
  return new ArticleAnalysis(text, glossary, options).annotations;
}
