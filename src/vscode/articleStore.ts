// Keeps an ArticleModel for every open article that Newsmark annotates, in
// step with its document, its glossary and its native sidecar.

import * as vscode from 'vscode';
import { decodeArticle } from '../core/decode';
import { restoreUserLayer } from '../core/engine/restore';
import { EMPTY_USER_LAYER } from '../core/engine/userLayer';
import type { NewsmarkConfig } from './config';
import { ArticleModel } from './articleModel';
import type { GlossaryStore } from './glossaryStore';
import { NATIVE_SIDECAR_SUFFIX, SidecarStore } from './sidecarStore';
import { Disposable } from './util/dispose';
import type { WorkMeter } from './util/workMeter';

/** From this many characters on, an article is opened in two steps (see ArticleModel). */
const TWO_STEPS_CHARS = 100_000;
/** Characters around the visible ones whose mentions are shown in the first step: a little scrolling finds them too. */
const PREVIEW_MARGIN = 5_000;

export class ArticleStore extends Disposable {
  private readonly models = new Map<string, ArticleModel>();
  private readonly analysed = new WeakMap<ArticleModel, Promise<void>>();
  private readonly changedEmitter = this.register(new vscode.EventEmitter<ArticleModel>());
  private readonly removedEmitter = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly sidecars: SidecarStore;

  /** Fires whenever a model's annotations may have changed. */
  readonly onDidChange = this.changedEmitter.event;
  readonly onDidRemove = this.removedEmitter.event;

  constructor(private config: NewsmarkConfig, private readonly glossaries: GlossaryStore, private readonly meter: WorkMeter) {
    super();
    this.sidecars = new SidecarStore();
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.ensureVisible()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.meter.time('edit', () => this.onEdit(e))));
    this.register(vscode.workspace.onDidCloseTextDocument((d) => this.drop(d.uri)));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => void this.onSave(d)));
    this.register(vscode.workspace.onDidOpenTextDocument((d) => {
      // a document opened by a language change or by a script becomes an article once visible
      if (vscode.window.visibleTextEditors.some((e) => e.document === d)) this.ensure(d);
    }));
    this.register(glossaries.onDidChange(() => this.rebuildAll()));
    const sidecarWatcher = this.register(vscode.workspace.createFileSystemWatcher(`**/*${NATIVE_SIDECAR_SUFFIX}`));
    for (const on of [sidecarWatcher.onDidChange, sidecarWatcher.onDidCreate, sidecarWatcher.onDidDelete]) {
      this.register(on((uri) => this.sidecarChanged(uri)));
    }
    this.ensureVisible();
  }

  get all(): readonly ArticleModel[] {
    return [...this.models.values()];
  }

  get(uri: vscode.Uri): ArticleModel | undefined {
    return this.models.get(uri.toString());
  }

  updateConfig(config: NewsmarkConfig): void {
    this.config = config;
    for (const model of this.all) this.drop(model.uri);
    this.ensureVisible();
  }

  /** Whether Newsmark annotates this document under the current settings. */
  qualifies(document: vscode.TextDocument): boolean {
    if (!this.config.enabled || !this.config.languages.includes(document.languageId)) return false;
    if (this.glossaries.isGlossary(document.uri) || document.uri.scheme === 'output' || document.uri.scheme === 'vscode-settings') return false;
    return this.glossaries.hasEntries || document.languageId === 'news';
  }

  /** The model of an open document, created on first need. */
  ensure(document: vscode.TextDocument): ArticleModel | undefined {
    const existing = this.get(document.uri);
    if (existing) return existing;
    if (!this.qualifies(document)) return undefined;
    return this.meter.time('open', () => {
      const text = document.getText();
      const skipped = text.length > this.config.maxFileSize ? { kind: 'tooLarge' as const, size: text.length, limit: this.config.maxFileSize } : undefined;
      const inView = !skipped && text.length >= TWO_STEPS_CHARS ? visibleSpan(document) : undefined;
      const model: ArticleModel = new ArticleModel(document.uri, text, this.glossaries.glossary, { quotes: this.config.quotesEnabled }, skipped,
        inView && { from: inView.start - PREVIEW_MARGIN, to: inView.end + PREVIEW_MARGIN, onAnalysed: () => this.onAnalysed(model) });
      if (!skipped && !inView) this.meter.analysed();
      this.models.set(document.uri.toString(), model);
      this.changedEmitter.fire(model);
      if (inView) this.analyseAfterPaint(model);
      model.sidecarLoaded = this.checkText(model).then(() => this.loadSidecar(model)).catch(() => undefined);
      return model;
    });
  }

  /**
   * The decorations paint the mentions in view at once, or in a timer set before this one. VS Code
   * sends them to the renderer from a timer of its own, and a large batch takes several turns of
   * the event loop to leave: analysing any sooner would keep them off the screen until it is done.
   * So this waits for a round trip to the renderer (setting a context key, which `when` clauses
   * may read too), which answers once it has them.
   */
  private analyseAfterPaint(model: ArticleModel): void {
    this.analysed.set(model, new Promise((resolve) => {
      setTimeout(() => {
        void Promise.resolve(vscode.commands.executeCommand('setContext', 'newsmark.annotating', true))
          .catch(() => undefined)
          .then(() => {
            if (this.get(model.uri) === model) this.meter.time('deferred', () => model.analyse());
            resolve();
            void vscode.commands.executeCommand('setContext', 'newsmark.annotating', false);
          });
      }, 0);
    }));
  }

  /**
   * Resolves once the model's whole analysis is made. Providers VS Code calls as an article opens
   * (the Outline, hovers) wait for it rather than make it themselves before the first paint has
   * left (see analyseAfterPaint).
   */
  whenAnalysed(model: ArticleModel): Promise<void> {
    return (model.partial && this.analysed.get(model)) || Promise.resolve();
  }

  private onAnalysed(model: ArticleModel): void {
    this.meter.analysed();
    if (this.get(model.uri) === model) this.changedEmitter.fire(model);
  }

  /** Forgets that the model's native sidecar could not be read (it was set aside, or fixed). */
  clearSidecarProblem(model: ArticleModel): void {
    if (!model.sidecarProblem) return;
    model.sidecarProblem = undefined;
    this.changedEmitter.fire(model);
  }

  /** Reads the stored layer of an open article again: its sidecar arrived after it was opened (it followed a rename). */
  reloadStoredLayer(article: vscode.Uri): void {
    const model = this.get(article);
    if (model && !model.layerDirty) this.rereadSidecar(model);
  }

  /** A native sidecar changed on disk: an open article that could not read it tries again. */
  private sidecarChanged(sidecar: vscode.Uri): void {
    for (const model of this.all) {
      if (!model.sidecarProblem || this.sidecars.nativeUri(model.uri).toString() !== sidecar.toString()) continue;
      // the problem stays until the new read says otherwise: a write meanwhile would overwrite the file
      this.rereadSidecar(model);
    }
  }

  /** Reads the native sidecar again after any read in progress; commands and writes wait for it. */
  private rereadSidecar(model: ArticleModel): void {
    model.sidecarLoaded = model.sidecarLoaded.then(() => this.loadSidecar(model)).catch(() => undefined);
  }

  /** Persists the reader's layer of `model` to its native sidecar now. */
  async saveLayer(model: ArticleModel): Promise<void> {
    await this.sidecars.saveLayer(model);
  }

  private ensureVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.ensure(editor.document);
  }

  /**
   * Stops annotating an article whose file is binary or not UTF-8. VS Code shows such a file
   * decoded somehow (U+FFFD for every byte it cannot read, or in the encoding the reader chose),
   * but sidecar offsets count the code points of the UTF-8 text (DESIGN): annotating what is shown
   * would write offsets of another text. The file is read once, as the CLI reads it.
   */
  private async checkText(model: ArticleModel): Promise<void> {
    if (model.skipped) return;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(model.uri);
    } catch {
      return; // untitled, or gone: the document's text is all there is
    }
    const decoded = decodeArticle(bytes);
    if (decoded.ok || this.get(model.uri) !== model) return;
    model.skipBecause({ kind: 'notText', reason: decoded.reason });
    this.changedEmitter.fire(model);
  }

  private async loadSidecar(model: ArticleModel): Promise<void> {
    if (model.skipped?.kind === 'notText') return;
    const stored = await this.sidecars.read(model.uri, model.currentText);
    if (this.get(model.uri) !== model) return;
    if (stored.kind === 'unreadable') {
      model.sidecarProblem = stored.problem;
      this.changedEmitter.fire(model);
      return;
    }
    this.clearSidecarProblem(model);
    if (stored.kind === 'none') return;
    const layer = restoreUserLayer(model.currentText, stored.value);
    if (layer.manual.length || layer.suppressed.length || model.userLayer !== EMPTY_USER_LAYER) {
      model.setUserLayer(layer, false);
      this.changedEmitter.fire(model);
    }
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const model = this.get(e.document.uri);
    if (!model) return;
    if (model.skipped?.kind === 'notText') {
      // reloaded from disk (converted to UTF-8, say): look at the file afresh
      if (e.contentChanges.length && !e.document.isDirty) {
        this.drop(model.uri);
        this.ensure(e.document);
      }
      return;
    }
    // Every change, typed or not, is followed incrementally: a full analysis of a 1 MB article
    // costs hundreds of milliseconds, and the incremental one gives the same annotations. The
    // model applies the changes to its own text (VS Code lists several from the end of the
    // document backwards, so applying them in order keeps each offset valid): a fraction of the
    // cost of TextDocument.getText(), which joins a megabyte's lines anew on every keystroke.
    for (const c of e.contentChanges) model.edit(c.rangeOffset, c.rangeLength, c.text);
    // The document's length, read without its text, says whether the two still agree; should they
    // ever not, the document's text is taken as it is.
    if (model.length !== documentLength(e.document)) {
      model.replaceText(e.document.getText());
      if (!model.skipped) this.meter.analysed();
    } else if (e.contentChanges.length === 0) {
      return;
    }
    if (!e.document.isDirty && model.hasUserLayer) this.reanchorIfStillClean(model, e.document);
    this.changedEmitter.fire(model);
  }

  /**
   * A change after which the document is clean matches the file: it was reloaded after an edit
   * made outside VS Code (or undone back to the saved text). Those edits are diffs VS Code
   * computed, not what the reader did, so the reader's tags are re-anchored from their text and
   * context. The first keystroke in a clean document also arrives marked clean (VS Code sends
   * its dirty flag in a message of its own, after the change), so this waits for that message.
   */
  private reanchorIfStillClean(model: ArticleModel, document: vscode.TextDocument): void {
    const version = document.version;
    setTimeout(() => {
      if (this.get(document.uri) !== model || document.isDirty || document.version !== version) return;
      this.meter.time('edit', () => {
        model.reanchorLayer();
        this.changedEmitter.fire(model);
      });
    }, 0);
  }

  private async onSave(document: vscode.TextDocument): Promise<void> {
    const model = this.get(document.uri);
    if (!model || !model.layerDirty || model.sidecarProblem) return; // an unreadable sidecar is reported already
    await this.sidecars.saveLayer(model).catch((e: unknown) => {
      void vscode.window.showErrorMessage(`Newsmark could not save the annotations: ${e instanceof Error ? e.message : String(e)}`);
    });
  }

  private rebuildAll(): void {
    this.meter.time('rebuild', () => {
      for (const model of this.all) {
        model.rebuild(this.glossaries.glossary, { quotes: this.config.quotesEnabled });
        if (!model.skipped) this.meter.analysed();
        this.changedEmitter.fire(model);
      }
    });
    // a glossary that appeared makes plain-text articles qualify
    this.ensureVisible();
  }

  private drop(uri: vscode.Uri): void {
    if (this.models.delete(uri.toString())) this.removedEmitter.fire(uri);
  }
}

function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** The offsets the document's editors show, or undefined when none shows it. */
function visibleSpan(document: vscode.TextDocument): { start: number; end: number } | undefined {
  const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges);
  if (!ranges.length) return undefined;
  return { start: Math.min(...ranges.map((r) => document.offsetAt(r.start))), end: Math.max(...ranges.map((r) => document.offsetAt(r.end))) };
}
