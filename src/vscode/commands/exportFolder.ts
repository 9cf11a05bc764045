import * as vscode from 'vscode';
import { decodeArticle } from '../../core/decode';
import { annotateText } from '../../core/engine/analysis';
import { restoreUserLayer } from '../../core/engine/restore';
import { applyUserLayer, EMPTY_USER_LAYER } from '../../core/engine/userLayer';
import { ARTICLE_EXTENSIONS } from '../../core/fileKinds';
import { describeSkip } from '../articleModel';
import { options, toUri, type Command, type CommandContext } from './context';
import { formatsFrom, pickFormats } from './exportAnnotations';

export interface FolderExportResult {
  readonly exported: number;
  readonly failed: { file: string; reason: string }[];
  /** Articles left unannotated, as the editor leaves them: larger than newsmark.maxFileSize. */
  readonly skipped: { file: string; reason: string }[];
  readonly cancelled: boolean;
}

/** An article the folder export leaves out on purpose. */
class Skipped extends Error {}

export const exportFolder: Command = {
  id: 'newsmark.exportFolder',
  async execute(ctx: CommandContext, ...raw: unknown[]) {
    const args = options<{ folder: unknown; formats: string[] }>(raw);
    const folder = toUri(args.folder) ?? (raw[0] instanceof vscode.Uri ? raw[0] : undefined) ?? (await pickFolder());
    if (!folder) return undefined;
    const formats = args.formats ? formatsFrom(args.formats) : await pickFormats(ctx);
    if (!formats?.length) return undefined;
    await ctx.glossaries.ready();
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/*{${ARTICLE_EXTENSIONS.join(',')}}`), '**/{node_modules,.git}/**');
    const articles = files.filter((f) => !ctx.glossaries.isGlossary(f)).sort((a, b) => a.toString().localeCompare(b.toString()));
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Newsmark: exporting annotations', cancellable: true },
      async (progress, token) => {
        const failed: { file: string; reason: string }[] = [];
        const skipped: { file: string; reason: string }[] = [];
        let exported = 0;
        for (const [i, uri] of articles.entries()) {
          if (token.isCancellationRequested) return { exported, failed, skipped, cancelled: true };
          progress.report({ message: `${i + 1}/${articles.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / articles.length });
          try {
            await exportOne(ctx, uri, formats);
            exported++;
          } catch (e) {
            (e instanceof Skipped ? skipped : failed).push({ file: uri.toString(), reason: e instanceof Error ? e.message : String(e) });
          }
        }
        return { exported, failed, skipped, cancelled: false };
      },
    );
    const summary = `Newsmark exported ${result.exported} of ${articles.length} articles${result.cancelled ? ' (cancelled)' : ''}`;
    const list = (l: { file: string; reason: string }[]) => l.slice(0, 3).map((f) => `${f.file.split('/').pop()}: ${f.reason}`).join('; ');
    const skippedNote = result.skipped.length ? `; ${result.skipped.length} skipped: ${list(result.skipped)}` : '';
    if (result.failed.length) void vscode.window.showWarningMessage(`${summary}; ${result.failed.length} failed: ${list(result.failed)}${skippedNote}`);
    else if (result.skipped.length) void vscode.window.showWarningMessage(summary + skippedNote);
    else if (!args.folder) void vscode.window.showInformationMessage(summary);
    return result satisfies FolderExportResult;
  },
};

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: 'Export this folder', defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri });
  return picked?.[0];
}

/** One article: from its open model when it has one, else read, annotated and merged with its stored layer. */
async function exportOne(ctx: CommandContext, uri: vscode.Uri, formats: Parameters<typeof ctx.articles.sidecars.write>[1]): Promise<void> {
  const sidecars = ctx.articles.sidecars;
  const open = ctx.articles.get(uri);
  if (open?.skipped) throw new Skipped(describeSkip(open.skipped).detail);
  if (open) {
    const { failed } = await sidecars.exportModel(open, formats);
    if (failed.length) throw new Error(failed.map((f) => f.reason).join('; '));
    if (open.sidecarProblem && formats.includes('json')) throw new Error(open.sidecarProblem + '; kept as it was');
    return;
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new Error(decoded.reason);
  const text = decoded.text;
  const limit = ctx.config().maxFileSize;
  if (text.length > limit) throw new Skipped(`larger than the newsmark.maxFileSize setting (${text.length} > ${limit} characters), so not annotated`);
  const stored = await sidecars.read(uri, text);
  const layer = stored.kind === 'ok' ? restoreUserLayer(text, stored.value) : EMPTY_USER_LAYER;
  const glossary = ctx.glossaries.glossary;
  const annotations = applyUserLayer(annotateText(text, glossary, { quotes: ctx.config().quotesEnabled }), layer);
  const problem = stored.kind === 'unreadable' ? stored.problem : undefined;
  const { failed } = await sidecars.write({ uri, text, annotations, orphaned: layer.manual.filter((a) => a.orphaned), suppressed: layer.suppressed, glossary, bytes }, formats, (f) => (f === 'json' ? problem : undefined));
  if (failed.length) throw new Error(failed.map((f) => f.reason).join('; '));
  if (problem && formats.includes('json')) throw new Error(problem + '; kept as it was');
}
