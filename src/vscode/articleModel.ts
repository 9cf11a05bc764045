// One open article: the engine's analysis of its text and the reader's own
// layer (manual tags, suppressions) carried along with every edit.

import type * as vscode from 'vscode';
import { ArticleAnalysis, type TextEdit } from '../core/engine/analysis';
import type { CompiledGlossary } from '../core/engine/compiledGlossary';
import type { AnnotateOptions } from '../core/engine/options';
import { shiftThroughEdit } from '../core/engine/shift';
import { applyUserLayer, EMPTY_USER_LAYER, type UserLayer } from '../core/engine/userLayer';
import { reanchor } from '../core/anchoring';
import type { Annotation } from '../core/model';

/** Why Newsmark leaves an open article unannotated. */
export type SkipReason =
  | { readonly kind: 'tooLarge'; readonly size: number; readonly limit: number }
  /** The file is binary, or not UTF-8 (Latin-1, Windows-1252…): annotating what VS Code decoded would give offsets of another text. */
  | { readonly kind: 'notText'; readonly reason: string };

/** A skip in words: a few for the status bar, a sentence for its tooltip and the API. */
export function describeSkip(skip: SkipReason): { readonly short: string; readonly detail: string } {
  if (skip.kind === 'tooLarge') {
    return {
      short: `${mb(skip.size)} > ${mb(skip.limit)}`,
      detail: `This article is larger than the newsmark.maxFileSize setting (${mb(skip.limit)}), so Newsmark does not annotate it. Raise the setting to annotate it.`,
    };
  }
  return {
    short: skip.reason.startsWith('binary') ? 'binary file' : 'not UTF-8 text',
    detail: `Newsmark does not annotate this file: ${skip.reason}. Nothing is written beside it.`,
  };
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export class ArticleModel {
  private analysis: ArticleAnalysis | undefined;
  private layer: UserLayer = EMPTY_USER_LAYER;
  private shown: readonly Annotation[] | undefined;
  /** Set when the article's native sidecar exists but could not be read; it is then never overwritten. */
  sidecarProblem: string | undefined;
  /** Settles once the native sidecar was read (or found missing or unreadable); before, the layer is not known. */
  sidecarLoaded: Promise<void> = Promise.resolve();
  /** Whether the reader's layer has changes not yet written to the sidecar. */
  layerDirty = false;
  /** Bumped on every change, so views can tell stale work apart. */
  version = 0;

  constructor(
    readonly uri: vscode.Uri,
    private text: string,
    private glossary: CompiledGlossary,
    private options: AnnotateOptions,
    private skip: SkipReason | undefined,
  ) {
    if (!skip) this.analysis = new ArticleAnalysis(text, glossary, options);
  }

  /** Why the article is not annotated, if it is not. */
  get skipped(): SkipReason | undefined {
    return this.skip;
  }

  /** Stops annotating the article: its file turned out not to be text Newsmark can annotate. */
  skipBecause(reason: SkipReason): void {
    this.skip = reason;
    this.analysis = undefined;
    this.changed();
  }

  get currentText(): string {
    return this.text;
  }

  get compiledGlossary(): CompiledGlossary {
    return this.glossary;
  }

  /** What the reader sees, in text order: detected annotations under the reader's layer. */
  get annotations(): readonly Annotation[] {
    this.shown ??= applyUserLayer(this.analysis?.annotations ?? [], this.layer);
    return this.shown;
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
    this.glossary = glossary;
    this.options = options;
    if (!this.skip) this.analysis = new ArticleAnalysis(this.text, glossary, options);
    this.changed();
  }

  /** Follows one edit of the document: `text` is the whole new text. */
  edit(text: string, edit: TextEdit): void {
    this.text = text;
    this.analysis?.update(text, edit);
    if (this.layer.manual.length || this.layer.suppressed.length) {
      this.layer = { manual: this.follow(this.layer.manual, edit), suppressed: this.follow(this.layer.suppressed, edit) };
      this.layerDirty = true;
    }
    this.changed();
  }

  /** Replaces the whole text (e.g. the file changed on disk): the reader's layer is re-anchored from its context. */
  replaceText(text: string): void {
    this.text = text;
    if (!this.skip) this.analysis = new ArticleAnalysis(text, this.glossary, this.options);
    const place = (list: readonly Annotation[]) => (list.length ? reanchor(text, list).map((r) => r.annotation) : []);
    if (this.layer.manual.length || this.layer.suppressed.length) {
      this.layer = { manual: place(this.layer.manual), suppressed: place(this.layer.suppressed) };
    }
    this.changed();
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

  private changed(): void {
    this.shown = undefined;
    this.version++;
  }
}
