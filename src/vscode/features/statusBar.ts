// The status bar item of the active article: its counts, and, never
// silently, when a size limit or the decoration cap keeps Newsmark from
// showing everything.

import * as vscode from 'vscode';
import { describeSkip } from '../articleModel';
import type { ArticleStore } from '../articleStore';
import type { GlossaryStore } from '../glossaryStore';
import { Disposable } from '../util/dispose';
import type { WorkMeter } from '../util/workMeter';
import type { Decorations } from './decorations';
import { restrictedModeNote } from './restrictedMode';

export class StatusBar extends Disposable {
  private readonly item = this.register(vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Right, 100));
  // StatusBarItem cannot say whether it is shown
  private shown = false;

  constructor(private readonly articles: ArticleStore, private readonly decorations: Decorations, private readonly glossaries: GlossaryStore, private readonly meter: WorkMeter) {
    super();
    this.item.name = 'Newsmark';
    this.register(vscode.window.onDidChangeActiveTextEditor(() => this.refresh()));
    this.register(decorations.onDidRefresh(() => this.refresh()));
    this.register(articles.onDidRemove(() => this.refresh()));
    this.refresh();
  }

  /** What the item shows now (read by tests through the API: VS Code cannot read it back). */
  get state(): { readonly text: string; readonly tooltip: string; readonly visible: boolean } {
    const tooltip = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''), visible: this.shown };
  }

  refresh(): void {
    this.meter.time('status', () => this.update());
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const model = editor && this.articles.get(editor.document.uri);
    if (!model) {
      this.item.hide();
      this.shown = false;
      return;
    }
    this.item.command = 'newsmark.annotations.focus';
    if (model.skipped) {
      const skip = describeSkip(model.skipped);
      this.item.text = `$(warning) Newsmark: not annotated, ${skip.short}`;
      this.item.tooltip = skip.detail;
      if (model.skipped.kind === 'tooLarge') this.item.command = { title: 'Open setting', command: 'workbench.action.openSettings', arguments: ['newsmark.maxFileSize'] };
      this.item.show();
      this.shown = true;
      return;
    }
    if (model.partial) {
      // asking for all annotations here would analyse a long article in the refresh that paints
      // the mentions in view, and hold them up
      this.item.text = '$(loading~spin) Newsmark';
      this.item.tooltip = 'Newsmark is annotating this long article: the glossary mentions in view are shown already.';
      this.item.show();
      this.shown = true;
      return;
    }
    const all = model.annotations;
    let entities = 0; // counted, not filtered into a copy of 10,000 annotations on every keystroke
    for (const a of all) if (a.kind === 'entity') entities++;
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
    this.shown = true;
  }
}
