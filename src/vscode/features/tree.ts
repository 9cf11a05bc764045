// The Newsmark view: the active article's annotations, entities by type with
// counts, quotes with speakers, and orphaned manual tags. A click reveals
// the text. Nodes are built only while the view is visible: a 1 MB article
// has thousands, and most of the time the view is closed.

import * as vscode from 'vscode';
import type { Annotation, EntityAnnotation, QuoteAnnotation } from '../../core/model';
import type { ArticleModel } from '../articleModel';
import type { ArticleStore } from '../articleStore';
import { Disposable } from '../util/dispose';
import type { WorkMeter } from '../util/workMeter';
import { lineAndColumn, lineStarts } from '../../core/lines';

export type Node =
  | { readonly kind: 'group'; readonly id: string; readonly label: string; readonly children: Node[]; readonly icon: string }
  | { readonly kind: 'annotation'; readonly id: string; readonly label: string; readonly description?: string; readonly annotation: Annotation; readonly uri: vscode.Uri; readonly children: Node[] };

export const REVEAL_COMMAND = 'newsmark.revealAnnotation';

export class AnnotationTree extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this.register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly view: vscode.TreeView<Node>;

  constructor(private readonly articles: ArticleStore, private readonly meter: WorkMeter) {
    super();
    this.view = this.register(vscode.window.createTreeView('newsmark.annotations', { treeDataProvider: this, showCollapseAll: true }));
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.rebuild()));
    this.register(articles.onDidChange((m) => {
      if (m.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.schedule();
    }));
    this.register(this.view.onDidChangeVisibility(() => this.rebuild()));
    this.register({ dispose: () => this.timer && clearTimeout(this.timer) });
    this.rebuild();
  }

  /** The nodes shown now (also read by tests). */
  get nodes(): readonly Node[] {
    return this.roots;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const state = node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, node.kind === 'group' && node.id.split('/').length <= 2 ? vscode.TreeItemCollapsibleState.Expanded : state);
    item.id = node.id;
    if (node.kind === 'group') {
      item.iconPath = new vscode.ThemeIcon(node.icon);
    } else {
      item.description = node.description;
      item.tooltip = node.annotation.text;
      item.iconPath = new vscode.ThemeIcon(node.annotation.orphaned ? 'debug-disconnect' : node.annotation.kind === 'quote' ? 'quote' : 'symbol-field');
      if (!node.annotation.orphaned) item.command = { title: 'Reveal', command: REVEAL_COMMAND, arguments: [node.uri, node.annotation.start, node.annotation.end] };
      item.contextValue = node.annotation.origin === 'manual' ? 'manualAnnotation' : 'annotation';
    }
    return item;
  }

  getChildren(node?: Node): Node[] {
    return node ? node.children : this.roots;
  }

  private schedule(): void {
    if (!this.view.visible) return; // rebuilt when it shows
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.rebuild(), 250);
  }

  private rebuild(): void {
    this.meter.time('tree', () => this.rebuildNow());
  }

  private rebuildNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const editor = vscode.window.activeTextEditor;
    const model = editor && this.articles.get(editor.document.uri);
    this.roots = model && this.view.visible ? buildNodes(model) : [];
    this.view.message = model ? undefined : 'Open an article to see its entities and quotes.';
    this.changed.fire(undefined);
  }
}

export function buildNodes(model: ArticleModel): Node[] {
  const uri = model.uri;
  const glossary = model.compiledGlossary;
  const entities = model.annotations.filter((a): a is EntityAnnotation => a.kind === 'entity');
  const quotes = model.annotations.filter((a): a is QuoteAnnotation => a.kind === 'quote');
  const starts = lineStarts(model.currentText);
  const leaf = (a: Annotation, label: string, description?: string): Node =>
    ({ kind: 'annotation', id: `${uri}#${a.id}`, label, ...(description !== undefined ? { description } : {}), annotation: a, uri, children: [] });

  const byType = new Map<string, Map<string, EntityAnnotation[]>>();
  for (const e of entities) {
    let group = byType.get(e.type);
    if (!group) byType.set(e.type, (group = new Map()));
    const key = e.entity ?? e.text;
    const mentions = group.get(key);
    if (mentions) mentions.push(e);
    else group.set(key, [e]);
  }
  const typeNodes: Node[] = [...byType].sort((a, b) => a[0].localeCompare(b[0])).map(([type, group]) => {
    const count = [...group.values()].reduce((n, l) => n + l.length, 0);
    const children: Node[] = [...group].map(([key, mentions]) => {
      const name = (mentions[0]!.entity && glossary.entity(mentions[0]!.entity)?.name) || mentions[0]!.text;
      return { kind: 'group', id: `entities/${type}/${key}`, label: `${name} (${mentions.length})`, icon: 'symbol-field', children: mentions.map((m) => leaf(m, m.text, `line ${lineAndColumn(starts, m.start).line + 1}`)) };
    });
    return { kind: 'group', id: `entities/${type}`, label: `${glossary.typeInfo(type)?.label ?? type} (${count})`, icon: 'symbol-class', children };
  });
  const quoteNodes = quotes.map((q) => leaf(q, `“${short(q.text)}”`, q.speaker ? `— ${q.speaker.name}` : q.style === 'term' ? 'term' : 'no speaker'));
  const roots: Node[] = [
    { kind: 'group', id: 'entities', label: `Entities (${entities.length})`, icon: 'symbol-namespace', children: typeNodes },
    { kind: 'group', id: 'quotes', label: `Quotes (${quotes.length})`, icon: 'quote', children: quoteNodes },
  ];
  if (model.orphaned.length) {
    roots.push({ kind: 'group', id: 'orphaned', label: `Orphaned (${model.orphaned.length})`, icon: 'warning', children: model.orphaned.map((a) => leaf(a, short(a.text), 'could not be re-anchored')) });
  }
  return roots;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 70 ? t.slice(0, 69) + '…' : t;
}
