// The status bar item of the active article: its counts, and, never
// silently, when a size limit or the decoration cap keeps Newsmark from
// showing everything.

import * as vscode from 'vscode';
import { describeSkip } from '../articleModel';
import type { ArticleStore } from '../articleStore';
import type { GlossaryStore } from '../glossaryStore';
import { Disposable } from '../util/dispose';
import type { Decorations } from './decorations';
import { restrictedModeNote } from './restrictedMode';

export class StatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Right, 100));

  constructor(private readonly articles: ArticleStore, private readonly decorations: Decorations, private readonly glossaries: GlossaryStore) {
    super();
    this.item.name = 'Newsmark';
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.refresh()));
    this.register(decorations.onDidRefresh(() => this.refresh()));
    this.register(articles.onDidRemove(() => this.refresh()));
    this.refresh();
  }

  /** The text the item shows now (also read by tests). */
  get text(): string {
    return this.item.text;
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    const model = editor && this.articles.get(editor.document.uri);
    if (!model) {
      this.item.hide();
      return;
    }
    this.item.command = 'newsmark.annotations.focus';
    if (model.skipped) {
      const skip = describeSkip(model.skipped);
      this.item.text = `$(warning) Newsmark: not annotated, ${skip.short}`;
      this.item.tooltip = skip.detail;
      if (model.skipped.kind === 'tooLarge') this.item.command = { title: 'Open setting', command: 'workbench.action.openSettings', arguments: ['newsmark.maxFileSize'] };
      this.item.show();
      return;
    }
    const all = model.annotations;
    const entities = all.filter((a) => a.kind === 'entity').length;
    const quotes = all.length - entities;
    const orphaned = model.orphaned.length;
    const applied = this.decorations.appliedTo(model.uri);
    const parts = [`$(symbol-field) ${entities}`, `$(quote) ${quotes}`];
    if (orphaned) parts.push(`$(debug-disconnect) ${orphaned} orphaned`);
    if (!this.decorations.highlightsVisible) parts.push('(hidden)');
    const tooltip = [`Newsmark: ${entities} entity mentions, ${quotes} quotes${orphaned ? `, ${orphaned} orphaned manual tags` : ''}`,
      `Glossary: ${this.glossaries.glossary.glossary.entities.length} entities from ${this.glossaries.glossaryFiles.length} file(s)`];
    if (applied && applied.hidden > 0) {
      parts.unshift('$(warning)');
      parts.push(`(${applied.hidden} not highlighted)`);
      tooltip.push(`Only the first ${all.length - applied.hidden} annotations are highlighted: the newsmark.decorations.max setting caps them.`);
      this.item.command = { title: 'Open setting', command: 'workbench.action.openSettings', arguments: ['newsmark.decorations.max'] };
    }
    if (model.sidecarProblem) {
      parts.unshift('$(error)');
      tooltip.push(`Sidecar problem: ${model.sidecarProblem}. It is kept as it is and not overwritten.`);
    }
    const restricted = restrictedModeNote();
    if (restricted) tooltip.push(restricted);
    this.item.text = parts.join(' ');
    this.item.tooltip = tooltip.join('\n');
    this.item.show();
  }
}
