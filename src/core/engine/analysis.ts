// One article's automatic annotations, kept up to date edit by edit.
//
// A keystroke must not re-scan a megabyte (issue 4: ≤ 5 ms in a 1 MB
// article). Mentions are re-scanned between the matcher's safe cuts around
// the edit; quotes paragraph by paragraph from the first touched one, until
// the quote state after a paragraph equals the old state there (shifted by
// the edit), after which the old results are reused. The result always
// equals a full scan of the new text: a property test checks it.

import type { Annotation, EntityAnnotation, Mention, Quote, QuoteAnnotation, Speaker } from '../model';
import { annotationId } from '../ids';
import { nextParagraph } from '../paragraphs';
import { closeOpenQuote, INITIAL_QUOTE_STATE, sameQuoteState, scanQuoteParagraph, shiftQuoteState, type QuoteState } from '../quotes';
import { mentionAnnotation, quoteAnnotation } from './assemble';
import { DEFAULT_ANNOTATE_OPTIONS, type AnnotateOptions } from './options';
import type { CompiledGlossary } from './compiledGlossary';
import { keptSlice } from '../keptSlice';

/** One replacement: old text [start, oldEnd) became new text [start, newEnd). */
export interface TextEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

interface ParagraphResult {
  readonly start: number;
  readonly end: number;
  /** Quotes that end in this paragraph, inner ones first. */
  readonly quotes: readonly QuoteAnnotation[];
  /**
   * The quote state after this paragraph, with offsets still to be moved by
   * `stateShift`: most states are never read again, so an edit does not
   * shift them all.
   */
  readonly state: QuoteState;
  readonly stateShift: number;
}

const stateAfter = (p: ParagraphResult): QuoteState => shiftQuoteState(p.state, p.stateShift);

export class ArticleAnalysis {
  private currentText: string;
  /** Glossary mentions in text order, and their annotations, index for index. */
  private mentionList: Mention[];
  private entityAnnotations: EntityAnnotation[];
  private paragraphs: ParagraphResult[];
  private cached: Annotation[] | undefined;

  constructor(text: string, private readonly glossary: CompiledGlossary, private readonly options: AnnotateOptions = DEFAULT_ANNOTATE_OPTIONS) {
    this.currentText = text;
    this.mentionList = glossary.matcher.scan(text);
    this.entityAnnotations = this.mentionList.map((m) => mentionAnnotation(text, m, glossary));
    this.paragraphs = [];
    this.scanParagraphsFrom(0, INITIAL_QUOTE_STATE, undefined);
  }

  get text(): string {
    return this.currentText;
  }

  get mentions(): readonly Mention[] {
    return this.mentionList;
  }

  /** Detected annotations (glossary mentions and quotes), in text order; a quote comes before a mention at its start. */
  get annotations(): readonly Annotation[] {
    this.cached ??= mergeByStart(this.entityAnnotations, this.quoteAnnotations());
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

  /** Quotes in text order (a paragraph lists its quotes as they close, inner ones first). */
  private quoteAnnotations(): QuoteAnnotation[] {
    const quotes: QuoteAnnotation[] = [];
    for (const p of this.paragraphs) for (const q of p.quotes) quotes.push(q);
    const last = this.paragraphs[this.paragraphs.length - 1];
    // the last paragraph cannot know it is last: a quote still open there ends with the text
    if (last) quotes.push(...quoteAnnotations(this.currentText, closeOpenQuote(stateAfter(last))));
    return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
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
    const oldMentions = this.mentionList;
    const oldAnnotations = this.entityAnnotations;
    // mentions never overlap, so ends are in order too
    const kept = firstIndex(oldMentions, (m) => m.end > from);
    const reused = firstIndex(oldMentions, (m) => m.start >= to - delta);
    const fresh = matcher.scan(text, from, to);
    const mentions = oldMentions.slice(0, kept);
    const annotations = oldAnnotations.slice(0, kept);
    for (const m of fresh) {
      mentions.push(m);
      annotations.push(mentionAnnotation(text, m, this.glossary));
    }
    for (let i = reused; i < oldMentions.length; i++) {
      const m = oldMentions[i]!;
      mentions.push(delta === 0 ? m : { start: m.start + delta, end: m.end + delta, entity: m.entity, form: m.form });
      annotations.push(shiftAnnotation(oldAnnotations[i]!, delta));
    }
    this.mentionList = mentions;
    this.entityAnnotations = annotations;
    return to;
  }

  private updateQuotes(text: string, edit: TextEdit, delta: number, mentionsChangedTo: number): void {
    if (!this.options.quotes) {
      this.paragraphs = [];
      return;
    }
    const old = this.paragraphs;
    // The first paragraph the edit touches (ending at or after its start), and the state before it.
    const first = firstIndex(old, (p) => p.end >= edit.start);
    const start = lineStart(text, Math.min(edit.start, old[first]?.start ?? edit.start));
    const state = first > 0 ? stateAfter(old[first - 1]!) : INITIAL_QUOTE_STATE;
    this.paragraphs = old.slice(0, first);
    this.scanParagraphsFrom(start, state, { old, first, delta, settledAfter: Math.max(edit.newEnd, mentionsChangedTo) });
  }

  /**
   * Scans paragraphs from `from` on. With `reuse`, stops at the first paragraph past
   * `settledAfter` whose bounds and state after it match an old one (shifted), and
   * takes the old results from there on.
   */
  private scanParagraphsFrom(
    from: number,
    state: QuoteState,
    reuse: { old: ParagraphResult[]; first: number; delta: number; settledAfter: number } | undefined,
  ): void {
    if (!this.options.quotes) return;
    const text = this.currentText;
    const mentions = this.mentionList;
    let oldIndex = reuse?.first ?? 0;
    let mentionIndex = firstIndex(mentions, (m) => m.end > from);
    for (let span = nextParagraph(text, from); span; span = nextParagraph(text, span.end)) {
      while (mentionIndex < mentions.length && mentions[mentionIndex]!.end <= span.start) mentionIndex++;
      let mentionEnd = mentionIndex;
      while (mentionEnd < mentions.length && mentions[mentionEnd]!.start < span.end) mentionEnd++;
      const result = scanQuoteParagraph(text, span, { mentions: mentions.slice(mentionIndex, mentionEnd), entity: this.glossary.entity }, state);
      state = result.state;
      this.paragraphs.push({ start: span.start, end: span.end, quotes: quoteAnnotations(text, result.quotes), state, stateShift: 0 });
      if (reuse && span.end > reuse.settledAfter) {
        const { old, delta } = reuse;
        while (oldIndex < old.length && old[oldIndex]!.start + delta < span.start) oldIndex++;
        const match = old[oldIndex];
        if (match && match.start + delta === span.start && match.end + delta === span.end && sameQuoteState(shiftQuoteState(stateAfter(match), delta), state)) {
          for (let i = oldIndex + 1; i < old.length; i++) this.paragraphs.push(shiftParagraph(old[i]!, delta, text));
          return;
        }
      }
    }
  }
}

/** The index of the first item for which `after` holds, in a list where it holds from some index on. */
function firstIndex<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function quoteAnnotations(text: string, quotes: readonly Quote[]): QuoteAnnotation[] {
  const annotations: QuoteAnnotation[] = [];
  for (const q of quotes) {
    const annotation = quoteAnnotation(text, q);
    if (annotation) annotations.push(annotation);
  }
  return annotations;
}

function mergeByStart(entities: readonly EntityAnnotation[], quotes: readonly QuoteAnnotation[]): Annotation[] {
  const out: Annotation[] = [];
  let q = 0;
  for (const e of entities) {
    while (q < quotes.length && quotes[q]!.start <= e.start) out.push(quotes[q++]!);
    out.push(e);
  }
  while (q < quotes.length) out.push(quotes[q++]!);
  return out;
}

/**
 * An old paragraph moved by `delta`. A quote that began in an earlier
 * paragraph may run over the edit (an edit of the same length leaves the
 * state equal), so its words are read again from the new text.
 */
function shiftParagraph(p: ParagraphResult, delta: number, text: string): ParagraphResult {
  const quotes = p.quotes.map((q) => {
    const moved = shiftAnnotation(q, delta);
    return q.start < p.start ? { ...moved, text: keptSlice(text, moved.start, moved.end) } : moved;
  });
  return { start: p.start + delta, end: p.end + delta, quotes, state: p.state, stateShift: p.stateShift + delta };
}

/**
 * A detected annotation moved by an edit before it: the same words, so the
 * same text, at new offsets. Written out field by field (not spread): an
 * edit moves thousands of them, and a literal of fixed shape is several
 * times faster to build.
 */
function shiftAnnotation<T extends EntityAnnotation | QuoteAnnotation>(a: T, delta: number): T {
  if (delta === 0) return a;
  const start = a.start + delta, end = a.end + delta;
  if (a.kind === 'entity') {
    const moved: EntityAnnotation = { id: annotationId('entity', a.entity ?? '', start, end), kind: 'entity', type: a.type, entity: a.entity, start, end, text: a.text, origin: a.origin };
    return moved as T;
  }
  const q = a as QuoteAnnotation;
  const moved: QuoteAnnotation = { id: annotationId('quote', q.style, start, end), kind: 'quote', style: q.style, start, end, text: q.text, speaker: shiftSpeaker(q.speaker, delta), origin: q.origin };
  return moved as T;
}

function shiftSpeaker(s: Speaker | null, delta: number): Speaker | null {
  return s && s.start >= 0 ? { start: s.start + delta, end: s.end + delta, text: s.text, name: s.name, entity: s.entity } : s;
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
