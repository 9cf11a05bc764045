import * as vscode from 'vscode';
import type { ArticleModel } from '../articleModel';
import type { CommandContext } from './context';

/** Writes the reader's layer to the native sidecar at once; says so when that is not possible. */
export async function saveLayer(ctx: CommandContext, model: ArticleModel): Promise<void> {
  try {
    await ctx.articles.saveLayer(model);
  } catch (e) {
    void vscode.window.showErrorMessage(`Newsmark could not save the annotations: ${e instanceof Error ? e.message : String(e)}`);
  }
}
