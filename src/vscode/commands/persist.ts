import * as vscode from 'vscode';
import type { ArticleModel } from '../articleModel';
import { offerSidecarFix } from '../sidecarProblem';
import { baseName } from '../util/fsAtomic';
import type { CommandContext } from './context';

/** Writes the reader's layer to the native sidecar at once; says so when that is not possible. */
export async function saveLayer(ctx: CommandContext, model: ArticleModel): Promise<void> {
  try {
    await ctx.articles.saveLayer(model);
  } catch (e) {
    void vscode.window.showErrorMessage(`Newsmark could not save the annotations: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Whether the reader's layer of `model` can be saved. A change to it would otherwise live only in
 * memory while the unreadable sidecar is kept: the reader is told, and offered the ways out.
 */
export function canSaveLayer(ctx: CommandContext, model: ArticleModel): boolean {
  const problem = model.sidecarProblem;
  if (!problem) return true;
  const sidecar = ctx.articles.sidecars.nativeUri(model.uri);
  void offerSidecarFix(
    `Newsmark cannot save tags of ${baseName(model.uri)}: ${problem}. Fix the file, or set it aside and start a fresh one; it is never overwritten.`,
    model.uri, sidecar, problem,
  );
  return false;
}
