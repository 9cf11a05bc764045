import * as vscode from 'vscode';
import { baseName } from '../util/fsAtomic';
import { articleFor, options, type Command, type CommandContext } from './context';

/**
 * For an article whose native sidecar cannot be read: moves that file aside as
 * `<name>.bad-<UTC time>`, byte for byte, and writes a fresh sidecar under the usual name. Nothing
 * is lost: the manual tags of the old file stay in it, to be merged back by hand.
 */
export const startFreshSidecar: Command = {
  id: 'newsmark.startFreshSidecar',
  async execute(ctx: CommandContext, ...raw: unknown[]) {
    const args = options<{ uri: unknown }>(raw);
    const article = await articleFor(ctx, args.uri ?? (raw[0] instanceof vscode.Uri ? raw[0] : undefined));
    if (!article) return undefined;
    const { model } = article;
    const sidecars = ctx.articles.sidecars;
    if (!model.sidecarProblem) {
      void vscode.window.showInformationMessage(`Newsmark reads ${baseName(sidecars.nativeUri(model.uri))} without a problem: there is nothing to set aside.`);
      return undefined;
    }
    let aside: vscode.Uri;
    try {
      aside = await sidecars.setAside(model.uri);
    } catch (e) {
      void vscode.window.showErrorMessage(`Newsmark could not move ${baseName(sidecars.nativeUri(model.uri))} aside, so it left it as it was: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    ctx.articles.clearSidecarProblem(model);
    const { written, failed } = await sidecars.exportModel(model, ['json']);
    const fresh = sidecars.nativeUri(model.uri);
    if (failed.length) {
      void vscode.window.showErrorMessage(`Newsmark moved the unreadable sidecar to ${baseName(aside)} but could not write a fresh one: ${failed.map((f) => f.reason).join('; ')}`);
    } else {
      void vscode.window.showInformationMessage(`Newsmark moved the unreadable sidecar to ${baseName(aside)} and started a fresh ${baseName(fresh)}. Manual tags from the old file can be copied over by hand.`);
    }
    return { aside: aside.toString(), fresh: written.length ? fresh.toString() : undefined };
  },
};
