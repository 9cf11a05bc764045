// Newsmark's entry point: wires the features together and nothing else.
// Activation does no matching until an article is visible: the stores
// annotate lazily, per visible editor.

import * as vscode from 'vscode';
import { ArticleStore } from './articleStore';
import { createApi, type NewsmarkApi } from './api';
import { registerCommands } from './commands';
import { impactOf, readConfig, type ConfigImpact } from './config';
import { Decorations } from './features/decorations';
import { registerLanguageFeatures } from './features/languageFeatures';
import { StatusBar } from './features/statusBar';
import { AnnotationTree } from './features/tree';
import { OrphanDiagnostics } from './features/orphanDiagnostics';
import { SidecarNotices } from './features/sidecarNotices';
import { SidecarRenames } from './features/sidecarRenames';
import { RestrictedMode } from './features/restrictedMode';
import { GlossaryStore } from './glossaryStore';
import { WorkMeter } from './util/workMeter';

export type { NewsmarkApi } from './api';

export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  let config = readConfig();
  const meter = new WorkMeter();
  const glossaries = new GlossaryStore(config);
  const articles = new ArticleStore(config, glossaries, meter);
  const decorations = new Decorations(config, articles, meter);
  const tree = new AnnotationTree(articles, meter);
  const status = new StatusBar(articles, decorations, glossaries, meter);
  const orphans = new OrphanDiagnostics(articles);
  const notices = new SidecarNotices(articles);
  const renames = new SidecarRenames(articles);
  context.subscriptions.push(glossaries, articles, decorations, tree, status, orphans, notices, renames);
  context.subscriptions.push(...registerLanguageFeatures(articles, glossaries, () => config, meter));
  context.subscriptions.push(...registerCommands({ articles, glossaries, decorations, config: () => config }));

  const apply = (impact: ConfigImpact) => {
    if (impact === 'none') return;
    config = readConfig();
    decorations.updateConfig(config);
    if (impact === 'reload') glossaries.updateConfig(config);
    if (impact === 'reload' || impact === 'rebuild') articles.updateConfig(config);
    status.refresh();
  };
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => apply(impactOf(e))));
  // trusting the workspace brings in its restricted settings (the glossary globs among them)
  context.subscriptions.push(new RestrictedMode(() => apply('reload')));

  void glossaries.reload();
  return createApi({ articles, glossaries, decorations, status, meter, tree });
}

export function deactivate(): void {}
