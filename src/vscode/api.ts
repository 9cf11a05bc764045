// What activate() returns. Tests and other extensions read Newsmark's model
// through it, since VS Code cannot read decorations back (microsoft/vscode#48364).

import * as vscode from 'vscode';
import { toNativeSidecar, type NativeSidecar } from '../core/sidecar';
import { codePointLength } from '../core/offsets';
import { describeSkip } from './articleModel';
import type { ArticleStore } from './articleStore';
import type { Decorations } from './features/decorations';
import type { StatusBar } from './features/statusBar';
import type { AnnotationTree, Node } from './features/tree';
import type { GlossaryStore } from './glossaryStore';
import type { WorkMeter, WorkStats } from './util/workMeter';

export type NativeAnnotation = NativeSidecar['annotations'][number];

export interface NewsmarkApi {
  readonly version: 1;
  /** Current annotations of an open article in the native JSON shape (code points); orphaned manual ones carry "orphaned": true. Undefined when Newsmark does not annotate it. */
  annotations(uri: vscode.Uri): NativeAnnotation[] | undefined;
  /**
   * The decoration ranges last applied to the article's editor, by key ("entity:person", "quote:direct", "quote:term", "speaker");
   * `partial` while a long article shows only the mentions in view, its whole analysis to come.
   */
  decorations(uri: vscode.Uri): { ranges: Record<string, vscode.Range[]>; hidden: number; calls: number; partial: boolean } | undefined;
  /** Resolves once the glossary reload in progress is done and every visible article is annotated. */
  ready(): Promise<void>;
  /** Ids of the glossary entities in use and the files they came from. */
  glossary(): { entities: string[]; files: string[] };
  /** Why Newsmark leaves an open article unannotated (too large, binary, not UTF-8), as the status bar says it; undefined when it annotates it. */
  skipped(uri: vscode.Uri): { kind: 'tooLarge' | 'notText'; reason: string } | undefined;
  /** Fires with an article's uri each time its editor's decorations were set (after one refresh). */
  readonly onDidApplyDecorations: vscode.Event<vscode.Uri>;
  /** What Newsmark's status bar item shows now, for the active editor. */
  status(): { text: string; tooltip: string; visible: boolean };
  /** Counters of Newsmark's extension-host work since activation (for benchmarks and tests: take differences). */
  stats(): WorkStats;
  /** The Newsmark view's items as VS Code gets them; empty while the view is hidden (it is built only when visible). */
  tree(): TreeItemSnapshot[];
}

export interface TreeItemSnapshot {
  label: string;
  description?: string;
  command?: { command: string; arguments: unknown[] };
  children: TreeItemSnapshot[];
}

interface Parts {
  readonly articles: ArticleStore;
  readonly glossaries: GlossaryStore;
  readonly decorations: Decorations;
  readonly status: StatusBar;
  readonly meter: WorkMeter;
  readonly tree: AnnotationTree;
}

export function createApi({ articles, glossaries, decorations, status, meter, tree }: Parts): NewsmarkApi {
  return {
    version: 1,
    annotations(uri) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const model = articles.get(uri) ?? (document ? articles.ensure(document) : undefined);
      if (!model) return undefined;
      const text = model.currentText;
      const source = { file: uri.path.slice(uri.path.lastIndexOf('/') + 1), uri: uri.toString(), sha256: '', length: codePointLength(text) };
      return toNativeSidecar(text, source, [...model.annotations, ...model.orphaned], model.userLayer.suppressed).annotations;
    },
    decorations(uri) {
      const applied = decorations.appliedTo(uri);
      if (!applied) return undefined;
      return { ranges: Object.fromEntries([...applied.ranges].map(([k, v]) => [k, [...v]])), hidden: applied.hidden, calls: applied.calls, partial: applied.partial };
    },
    async ready() {
      await glossaries.ready();
      for (const editor of vscode.window.visibleTextEditors) {
        const model = articles.ensure(editor.document);
        if (model) await articles.whenAnalysed(model);
      }
    },
    glossary() {
      return { entities: glossaries.glossary.glossary.entities.map((e) => e.id), files: glossaries.glossaryFiles.map((f) => f.toString()) };
    },
    skipped(uri) {
      const skip = articles.get(uri)?.skipped;
      return skip && { kind: skip.kind, reason: describeSkip(skip).detail };
    },
    onDidApplyDecorations: decorations.onDidRefresh,
    status() {
      return { ...status.state };
    },
    stats() {
      return meter.snapshot();
    },
    tree() {
      const snapshot = (node: Node): TreeItemSnapshot => {
        const item = tree.getTreeItem(node);
        const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
        return {
          label,
          ...(typeof item.description === 'string' ? { description: item.description } : {}),
          ...(item.command ? { command: { command: item.command.command, arguments: item.command.arguments ?? [] } } : {}),
          children: tree.getChildren(node).map(snapshot),
        };
      };
      return tree.getChildren().map(snapshot);
    },
  };
}
