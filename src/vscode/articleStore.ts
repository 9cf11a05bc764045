// Keeps an ArticleModel for every open article that Newsmark annotates, in
// step with its document, its glossary and its native sidecar.

import * as vscode from 'vscode';
import type { TextEdit } from '../core/engine/analysis';
import { decodeArticle } from '../core/decode';
import { restoreUserLayer } from '../core/engine/restore';
import { EMPTY_USER_LAYER } from '../core/engine/userLayer';
import type { NewsmarkConfig } from './config';
import { ArticleModel } from './articleModel';
import type { GlossaryStore } from './glossaryStore';
import { NATIVE_SIDECAR_SUFFIX, SidecarStore } from './sidecarStore';
import { Disposable } from './util/dispose';

export class ArticleStore extends Disposable {
  private readonly models = new Map<string, ArticleModel>();
  private readonly changedEmitter = this.register(new vscode.EventEmitter<ArticleModel>());
  private readonly removedEmitter = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly sidecars: SidecarStore;

  /** Fires whenever a model's annotations may have changed. */
  readonly onDidChange = this.changedEmitter.event;
  readonly onDidRemove = this.removedEmitter.event;

  constructor(private config: NewsmarkConfig, private readonly glossaries: GlossaryStore) {
    super();
    this.sidecars = new SidecarStore();
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.ensureVisible()));
    this.register(vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)));
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
    const text = document.getText();
    const skipped = text.length > this.config.maxFileSize ? { kind: 'tooLarge' as const, size: text.length, limit: this.config.maxFileSize } : undefined;
    const model = new ArticleModel(document.uri, text, this.glossaries.glossary, { quotes: this.config.quotesEnabled }, skipped);
    this.models.set(document.uri.toString(), model);
    this.changedEmitter.fire(model);
    model.sidecarLoaded = this.checkText(model).then(() => this.loadSidecar(model)).catch(() => undefined);
    return model;
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
    if (!model || e.contentChanges.length === 0) return;
    if (model.skipped?.kind === 'notText') {
      // reloaded from disk (converted to UTF-8, say): look at the file afresh
      if (!e.document.isDirty) {
        this.drop(model.uri);
        this.ensure(e.document);
      }
      return;
    }
    const changes = e.contentChanges;
    const whole = e.document.getText();
    if (!e.document.isDirty || (changes.length === 1 && changes[0]!.rangeLength === model.currentText.length && changes[0]!.rangeOffset === 0)) {
      // the document now matches the file: reloaded after an edit made outside VS Code (or an
      // undo back to the saved text). Those edits are diffs VS Code computed, not what the
      // reader did, so the reader's tags are re-anchored from their text and context.
      model.replaceText(whole);
    } else if (changes.length === 1) {
      const c = changes[0]!;
      model.edit(whole, editOf(c));
    } else {
      // several cursors: VS Code lists the changes from the end of the document
      // backwards, so applying them in order keeps each offset valid
      let text = model.currentText;
      for (const c of changes) {
        text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
        model.edit(text, editOf(c));
      }
      if (text !== whole) model.replaceText(whole);
    }
    this.changedEmitter.fire(model);
  }

  private async onSave(document: vscode.TextDocument): Promise<void> {
    const model = this.get(document.uri);
    if (!model || !model.layerDirty || model.sidecarProblem) return; // an unreadable sidecar is reported already
    await this.sidecars.saveLayer(model).catch((e: unknown) => {
      void vscode.window.showErrorMessage(`Newsmark could not save the annotations: ${e instanceof Error ? e.message : String(e)}`);
    });
  }

  private rebuildAll(): void {
    for (const model of this.all) {
      model.rebuild(this.glossaries.glossary, { quotes: this.config.quotesEnabled });
      this.changedEmitter.fire(model);
    }
    // a glossary that appeared makes plain-text articles qualify
    this.ensureVisible();
  }

  private drop(uri: vscode.Uri): void {
    if (this.models.delete(uri.toString())) this.removedEmitter.fire(uri);
  }
}

function editOf(c: vscode.TextDocumentContentChangeEvent): TextEdit {
  return { start: c.rangeOffset, oldEnd: c.rangeOffset + c.rangeLength, newEnd: c.rangeOffset + c.text.length };
}
