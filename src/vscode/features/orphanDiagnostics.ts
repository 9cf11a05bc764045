// Manual tags that could not be re-anchored, and sidecars that could not be
// read, in the Problems panel: visible, never silently dropped.

import * as vscode from 'vscode';
import type { ArticleModel } from '../articleModel';
import type { ArticleStore } from '../articleStore';
import { problemPosition } from '../sidecarProblem';
import { Disposable } from '../util/dispose';

export class OrphanDiagnostics extends Disposable {
  private readonly collection = this.register(vscode.languages.createDiagnosticCollection('newsmark-annotations'));

  constructor(private readonly articles: ArticleStore) {
    super();
    this.register(articles.onDidChange((m) => this.update(m)));
    this.register(articles.onDidRemove((uri) => this.collection.delete(uri)));
  }

  private update(model: ArticleModel): void {
    // the common case, on every keystroke: nothing to report, and nothing reported before
    if (!model.orphaned.length && !model.sidecarProblem && !this.collection.has(model.uri)) return;
    const start = new vscode.Range(0, 0, 0, 0);
    const list: vscode.Diagnostic[] = model.orphaned.map((a) => {
      const what = a.kind === 'quote' ? 'quote' : `${a.type} tag`;
      const d = new vscode.Diagnostic(start, `Orphaned manual ${what} “${a.text.slice(0, 80)}”: the text changed and it could not be placed with confidence. It is kept in the sidecar; tag the words again and remove it from the Newsmark view.`, vscode.DiagnosticSeverity.Warning);
      d.source = 'Newsmark';
      return d;
    });
    if (model.sidecarProblem) {
      const d = new vscode.Diagnostic(start, `${model.sidecarProblem}. It is kept as it is and not overwritten; manual tags cannot be saved until it is fixed or set aside (Newsmark: Start a Fresh Sidecar).`, vscode.DiagnosticSeverity.Error);
      d.source = 'Newsmark';
      const at = problemPosition(model.sidecarProblem);
      d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(this.articles.sidecars.nativeUri(model.uri), at), 'the sidecar that cannot be read')];
      list.push(d);
    }
    if (list.length) this.collection.set(model.uri, list);
    else this.collection.delete(model.uri);
  }
}
