// One open article: the engine's analysis of its text and the reader's own
// layer (manual tags, suppressions) carried along with every edit.
//
// A long article is opened in two steps: the glossary mentions in view first
// (a scan of a few screens), the whole analysis a moment later (a megabyte
// takes a good part of a second), so that its highlights show at once.
// Whoever reads `annotations` gets the whole analysis, made then if need be;
// only the decorations and the status bar read `annotationsSoFar`.

import type * as vscode from 'vscode';
import { ArticleAnalysis, type TextEdit } from '../core/engine/analysis';
import type { CompiledGlossary } from '../core/engine/compiledGlossary';
import type { AnnotateOptions } from '../core/engine/options';
import { foldEdits, nearEnoughToFold } from '../core/engine/pendingEdits';
import { shiftThroughEdit } from '../core/engine/shift';
import { SplicedText } from '../core/splicedText';
import { mentionsBetween } from '../core/engine/preview';
import { applyUserLayer, EMPTY_USER_LAYER, type UserLayer } from '../core/engine/userLayer';
import { reanchor } from '../core/anchoring';
import type { Annotation } from '../core/model';
import { LinePositions } from './util/linePositions';

/** Why Newsmark leaves an open article unannotated. */
export type SkipReason =
  | { readonly kind: 'tooLarge'; readonly size: number; readonly limit: number }
  /** The file is binary, or not UTF-8 (Latin-1, Windows-1252…): annotating what VS Code decoded would give offsets of another text. */
  | { readonly kind: 'notText'; readonly reason: string };

/** A skip in words: a few for the status bar, a sentence for its tooltip and the API. */
export function describeSkip(skip: SkipReason): { readonly short: string; readonly detail: string } {
  if (skip.kind === 'tooLarge') {
    return {
      short: `${characters(skip.size)} > ${characters(skip.limit)}`,
      detail: `This article has ${skip.size} characters, more than the newsmark.maxFileSize setting (${characters(skip.limit)}), so Newsmark does not annotate it. Raise the setting to annotate it.`,
    };
  }
  return {
    short: skip.reason.startsWith('binary') ? 'binary file' : 'not UTF-8 text',
    detail: `Newsmark does not annotate this file: ${skip.reason}. Nothing is written beside it.`,
  };
}

// newsmark.maxFileSize counts characters; "0.0 MB > 0.0 MB" said nothing for small limits
function characters(n: number): string {
  if (n < 10_000) return `${n} characters`;
  if (n < 1_000_000) return `${Math.round(n / 1000)}k characters`;
  return `${(n / 1_000_000).toFixed(1)}M characters`;
}

export class ArticleModel {
  private analysis: ArticleAnalysis | undefined;
  /** The text, joined into one string when read (see splicedText.ts). */
  private source: SplicedText;
  /** The edits since `analysis` and `positions` last followed the text, folded into one (see pendingEdits.ts). */
  private pending: TextEdit | undefined;
  private layer: UserLayer = EMPTY_USER_LAYER;
  private shown: readonly Annotation[] | undefined;
  private positions: LinePositions | undefined;
  /** Set when the article's native sidecar exists but could not be read; it is then never overwritten. */
  sidecarProblem: string | undefined;
  /** Settles once the native sidecar was read (or found missing or unreadable); before, the layer is not known. */
  sidecarLoaded: Promise<void> = Promise.resolve();
  /** Whether the reader's layer has changes not yet written to the sidecar. */
  layerDirty = false;
  /** Bumped on every change, so views can tell stale work apart. */
  version = 0;
  /** Whether the last change was the reader's edit (views wait for a pause in typing) or anything else (views follow at once). */
  lastChange: 'edit' | 'other' = 'other';
  /** The mentions in view, while the whole analysis is still to come. */
  private preview: readonly Annotation[] | undefined;
  private readonly onAnalysed: (() => void) | undefined;

  /** With `later`, only the mentions in text[from, to) are found now (see above); `onAnalysed` runs when the rest is. */
  constructor(
    readonly uri: vscode.Uri,
    text: string,
    private glossary: CompiledGlossary,
    private options: AnnotateOptions,
    private skip: SkipReason | undefined,
    later?: { readonly from: number; readonly to: number; readonly onAnalysed: () => void },
  ) {
    this.source = new SplicedText(text);
    if (skip) return;
    if (later) {
      this.preview = mentionsBetween(text, glossary, later.from, later.to);
      this.onAnalysed = later.onAnalysed;
    } else {
      this.analysis = new ArticleAnalysis(text, glossary, options);
    }
  }

  /** Why the article is not annotated, if it is not. */
  get skipped(): SkipReason | undefined {
    return this.skip;
  }

  /** Stops annotating the article: its file turned out not to be text Newsmark can annotate. */
  skipBecause(reason: SkipReason): void {
    this.upToDate(); // the line starts, which stay
    this.skip = reason;
    this.analysis = undefined;
    this.preview = undefined;
    this.changed();
  }

  /** True while only the mentions in view are known: the whole analysis is still to come. */
  get partial(): boolean {
    return this.preview !== undefined;
  }

  /** Makes the whole analysis of an article opened in two steps; false when it was made already. */
  analyse(): boolean {
    if (!this.preview) return false;
    this.upToDate(); // the line starts
    this.preview = undefined;
    this.analysis = new ArticleAnalysis(this.text, this.glossary, this.options);
    this.changed('other');
    this.onAnalysed?.();
    return true;
  }

  get currentText(): string {
    return this.text;
  }

  /** The text's length, known without joining it. */
  get length(): number {
    return this.source.length;
  }

  private get text(): string {
    return this.source.toString();
  }

  get compiledGlossary(): CompiledGlossary {
    return this.glossary;
  }

  /** What the reader sees, in text order: detected annotations under the reader's layer. */
  get annotations(): readonly Annotation[] {
    this.analyse();
    return this.annotationsSoFar;
  }

  /** The same, or only the mentions in view while the whole analysis is to come (for views refreshed when it is made). */
  get annotationsSoFar(): readonly Annotation[] {
    this.shown ??= this.underLayer(this.upToDate()?.annotations ?? this.preview ?? []);
    return this.shown;
  }

  /** The analysis, brought up to the current text, and the line starts with it. */
  private upToDate(): ArticleAnalysis | undefined {
    const pending = this.pending;
    if (pending) {
      this.pending = undefined;
      const text = this.text;
      this.analysis?.update(text, pending);
      // the line starts follow the edits when they were built for the text before them
      this.positions = this.positions?.afterEdit(text, pending);
    }
    return this.analysis;
  }

  private underLayer(detected: readonly Annotation[]): readonly Annotation[] {
    // Without a layer of the reader's, what the engine found is what is shown, as it is already in
    // the layer's order (checked in one pass): no copy and sort of 10,000 annotations per refresh.
    if (!this.hasUserLayer && inShownOrder(detected)) return detected;
    return applyUserLayer(detected, this.layer);
  }

  /** Editor positions of offsets in the current text (built once, then following the edits). */
  get lines(): LinePositions {
    this.upToDate();
    this.positions ??= new LinePositions(this.text);
    return this.positions;
  }

  get orphaned(): readonly Annotation[] {
    return this.layer.manual.filter((a) => a.orphaned);
  }

  get userLayer(): UserLayer {
    return this.layer;
  }

  setUserLayer(layer: UserLayer, dirty: boolean): void {
    this.layer = layer;
    this.layerDirty = this.layerDirty || dirty;
    this.changed();
  }

  /** Re-annotates from scratch: the glossary or the options changed. */
  rebuild(glossary: CompiledGlossary, options: AnnotateOptions): void {
    this.upToDate(); // the line starts (and the old analysis, needlessly: a rebuild is rare)
    this.glossary = glossary;
    this.options = options;
    this.preview = undefined;
    if (!this.skip) this.analysis = new ArticleAnalysis(this.text, glossary, options);
    this.changed();
  }

  /**
   * Follows one edit of the document: the `removed` units at `offset` became `inserted`. The
   * analysis and the line starts follow when someone next asks for them, and the text is joined
   * into one string then: the edits of a burst of typing are folded into one, so the annotations
   * after them move once per pause, not once per keystroke.
   */
  edit(offset: number, removed: number, inserted: string): void {
    this.analyse(); // an edit before the whole analysis: make it first, of the text the edit applies to
    const edit: TextEdit = { start: offset, oldEnd: offset + removed, newEnd: offset + inserted.length };
    if (this.pending && !nearEnoughToFold(this.pending, edit)) this.upToDate();
    this.source.replace(offset, removed, inserted);
    this.pending = this.pending ? foldEdits(this.pending, edit) : edit;
    if (this.layer.manual.length || this.layer.suppressed.length) {
      this.layer = { manual: this.follow(this.layer.manual, edit), suppressed: this.follow(this.layer.suppressed, edit) };
      this.layerDirty = true;
    }
    this.changed('edit');
  }

  /** Replaces the whole text when the edits that led to it are unknown: re-annotates it and re-anchors the reader's layer from its context. */
  replaceText(text: string): void {
    this.source = new SplicedText(text);
    this.positions = undefined;
    this.preview = undefined;
    if (!this.skipped) this.analysis = new ArticleAnalysis(text, this.glossary, this.options);
    this.pending = undefined;
    this.reanchorLayer();
    this.changed();
  }

  /**
   * Places the reader's layer again from each annotation's text and context:
   * the last edits were VS Code's diff of a reload from disk, not the reader's
   * own, so shifting through them proves nothing.
   */
  reanchorLayer(): void {
    if (!this.layer.manual.length && !this.layer.suppressed.length) return;
    const place = (list: readonly Annotation[]) => (list.length ? reanchor(this.text, list).map((r) => r.annotation) : []);
    this.layer = { manual: place(this.layer.manual), suppressed: place(this.layer.suppressed) };
    this.changed();
  }

  get hasUserLayer(): boolean {
    return this.layer.manual.length > 0 || this.layer.suppressed.length > 0;
  }

  private follow(list: readonly Annotation[], edit: TextEdit): Annotation[] {
    const placed: Annotation[] = [];
    const lost: Annotation[] = [];
    for (const a of list) {
      const r = shiftThroughEdit(a, edit, this.text);
      (r.kind === 'placed' ? placed : lost).push(r.annotation);
    }
    if (lost.length) placed.push(...reanchor(this.text, lost).map((r) => r.annotation));
    return placed;
  }

  private changed(kind: 'edit' | 'other' = 'other'): void {
    this.shown = undefined;
    this.lastChange = kind;
    this.version++;
  }
}

/** Whether applyUserLayer's sort (by start, the longer first) would leave `list` as it is. */
function inShownOrder(list: readonly Annotation[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1]!, b = list[i]!;
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}
