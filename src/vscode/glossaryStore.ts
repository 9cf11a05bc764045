// The workspace's glossary: found by the glob settings, read through
// vscode.workspace.fs (or from the open editor, so typing in a glossary
// re-annotates at once), validated, merged and compiled. A file that cannot
// be read at all keeps its last good version in use; every problem goes to
// the Problems panel at its exact range.

import * as vscode from 'vscode';
import { decodeArticle } from '../core/decode';
import { compileGlossary, EMPTY_GLOSSARY, type CompiledGlossary } from '../core/engine/compiledGlossary';
import { mergeGlossaries, parseGlossaryFile, type GlossaryFile, type GlossaryProblem } from '../core/glossary';
import { isGlossaryFileName } from '../core/fileKinds';
import type { NewsmarkConfig } from './config';
import { Disposable } from './util/dispose';
import { baseName } from './util/fsAtomic';
import { NewestLoad } from './util/newestLoad';

const RELOAD_DELAY_MS = 150;

export class GlossaryStore extends Disposable {
  private current: CompiledGlossary = compileGlossary(EMPTY_GLOSSARY);
  private files: vscode.Uri[] = [];
  private readonly lastGood = new Map<string, GlossaryFile>();
  private readonly diagnostics = this.register(vscode.languages.createDiagnosticCollection('newsmark-glossary'));
  private readonly changed = this.register(new vscode.EventEmitter<CompiledGlossary>());
  private watchers: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly loads = new NewestLoad();

  /** Fires after every reload with the glossary now in use. */
  readonly onDidChange = this.changed.event;

  constructor(private config: NewsmarkConfig) {
    super();
    this.register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && this.isGlossary(e.document.uri)) this.scheduleReload();
    }));
    this.register(vscode.workspace.onDidSaveTextDocument((d) => this.isGlossary(d.uri) && this.scheduleReload()));
    this.register({ dispose: () => this.watchers.forEach((w) => w.dispose()) });
    this.register({ dispose: () => this.timer && clearTimeout(this.timer) });
    this.watch();
  }

  get glossary(): CompiledGlossary {
    return this.current;
  }

  get glossaryFiles(): readonly vscode.Uri[] {
    return this.files;
  }

  get hasEntries(): boolean {
    return this.current.glossary.entities.length > 0;
  }

  /** Resolves when the reload in progress (if any) is done. */
  ready(): Promise<void> {
    return this.loads.idle();
  }

  updateConfig(config: NewsmarkConfig): void {
    this.config = config;
    this.watch();
    this.reload();
  }

  isGlossary(uri: vscode.Uri): boolean {
    return this.files.some((f) => f.toString() === uri.toString()) || isGlossaryFileName(baseName(uri));
  }

  scheduleReload(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reload();
    }, RELOAD_DELAY_MS);
  }

  /** Reads the glossaries again; resolves once the glossary in use was read after this call. */
  reload(): Promise<void> {
    return this.loads.run((overtaken) => this.load(overtaken));
  }

  private watch(): void {
    this.watchers.forEach((w) => w.dispose());
    this.watchers = this.config.glossaryFiles.map((glob) => {
      const w = vscode.workspace.createFileSystemWatcher(glob);
      const again = () => this.scheduleReload();
      w.onDidCreate(again);
      w.onDidChange(again);
      w.onDidDelete(again);
      return w;
    });
  }

  private async load(overtaken: () => boolean): Promise<void> {
    const found = new Map<string, vscode.Uri>();
    for (const glob of this.config.glossaryFiles) {
      for (const uri of await vscode.workspace.findFiles(glob, '**/node_modules/**')) found.set(uri.toString(), uri);
    }
    const files = [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
    const parsed: GlossaryFile[] = [];
    const problems = new Map<string, GlossaryProblem[]>();
    for (const uri of files) {
      const key = uri.toString();
      const file = await this.readOne(uri);
      problems.set(key, [...file.problems]);
      if (file.usable) {
        this.lastGood.set(key, file);
        parsed.push(file);
      } else {
        const good = this.lastGood.get(key);
        if (good) parsed.push(good);
      }
    }
    if (overtaken()) return;
    for (const key of [...this.lastGood.keys()]) if (!found.has(key)) this.lastGood.delete(key);
    const merged = mergeGlossaries(parsed);
    // cross-file problems (duplicate ids, shared aliases) belong to the file they name
    for (const p of merged.problems) {
      const list = problems.get(p.file);
      if (list && !list.some((q) => q.line === p.line && q.column === p.column && q.message === p.message)) list.push(p);
    }
    this.files = files;
    this.current = compileGlossary(merged);
    this.publish(files, problems);
    this.changed.fire(this.current);
  }

  private async readOne(uri: vscode.Uri): Promise<GlossaryFile> {
    const key = uri.toString();
    // unsaved typing counts at once; a saved document is read from disk, which is never stale
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open?.isDirty) return parseGlossaryFile(key, open.getText());
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok) return unreadable(key, decoded.reason);
      return parseGlossaryFile(key, decoded.text);
    } catch (e) {
      return unreadable(key, `cannot read the file: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private publish(files: readonly vscode.Uri[], problems: Map<string, GlossaryProblem[]>): void {
    this.diagnostics.clear();
    for (const uri of files) {
      const list = problems.get(uri.toString()) ?? [];
      this.diagnostics.set(uri, list.map(toDiagnostic));
    }
  }
}

function unreadable(file: string, message: string): GlossaryFile {
  return { file, usable: false, entities: [], types: [], problems: [{ file, line: 0, column: 0, endLine: 0, endColumn: 0, severity: 'error', message }] };
}

function toDiagnostic(p: GlossaryProblem): vscode.Diagnostic {
  const range = new vscode.Range(p.line, p.column, p.endLine, Math.max(p.endColumn, p.endLine === p.line ? p.column + 1 : p.endColumn));
  const d = new vscode.Diagnostic(range, p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  d.source = 'Newsmark';
  return d;
}
