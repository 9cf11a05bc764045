// An article renamed or moved in VS Code (Explorer, refactorings, any
// WorkspaceEdit) takes its sidecars along: `x.txt.annotations.json`,
// `x.txt.annotations.jsonld` and `x.ann` are renamed to the new name, each
// in one step, never over an existing file. A rename made outside VS Code
// is not seen (VS Code reports those as a delete and a create), and the
// sidecars stay where they are.

import * as vscode from 'vscode';
import { isArticleFileName } from '../../core/fileKinds';
import type { ArticleStore } from '../articleStore';
import { Disposable } from '../util/dispose';
import { baseName } from '../util/fsAtomic';

export class SidecarRenames extends Disposable {
  private following: Promise<unknown> = Promise.resolve();

  constructor(private readonly articles: ArticleStore) {
    super();
    this.register(vscode.workspace.onDidRenameFiles((e) => {
      this.following = this.following.then(() => this.follow(e.files)).catch(() => undefined);
    }));
  }

  private async follow(files: readonly { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      if (!isArticleFileName(baseName(oldUri))) continue;
      const stat = await vscode.workspace.fs.stat(newUri).then((s) => s, () => undefined);
      if (!stat || !(stat.type & vscode.FileType.File)) continue; // a folder takes its sidecars along by itself
      const { moved, kept } = await this.articles.sidecars.follow(oldUri, newUri);
      if (moved.length) this.articles.reloadStoredLayer(newUri);
      if (kept.length) {
        void vscode.window.showWarningMessage(
          `Newsmark left ${kept.map((k) => `${baseName(k.uri)} (${k.reason})`).join(', ')} where it was when ${baseName(oldUri)} became ${baseName(newUri)}; nothing was overwritten.`,
        );
      }
    }
  }
}
