import * as vscode from 'vscode';
import { EXPORT_FORMATS, parseFormats, type ExportFormat } from '../../core/export';
import { articleFor, options, type Command, type CommandContext } from './context';

export const exportAnnotations: Command = {
  id: 'newsmark.exportAnnotations',
  async execute(ctx: CommandContext, ...raw: unknown[]) {
    const args = options<{ uri: unknown; formats: string[] }>(raw);
    const article = await articleFor(ctx, args.uri);
    if (!article) return undefined;
    const formats = args.formats ? formatsFrom(args.formats) : await pickFormats(ctx);
    if (!formats?.length) return undefined;
    const { model } = article;
    const { written, failed } = await ctx.articles.sidecars.exportModel(model, formats);
    if (formats.includes('json') && model.sidecarProblem) {
      void vscode.window.showWarningMessage(`Newsmark kept the unreadable sidecar as it was: ${model.sidecarProblem}`);
    }
    if (failed.length) {
      void vscode.window.showErrorMessage(`Newsmark could not export: ${failed.map((f) => f.reason).join('; ')}`);
    } else if (!args.formats) {
      void vscode.window.showInformationMessage(`Newsmark exported ${written.map((u) => u.path.split('/').pop()).join(', ')}`);
    }
    return written.map((u) => u.toString());
  },
};

export function formatsFrom(values: readonly string[]): ExportFormat[] {
  const { formats, unknown } = parseFormats(values);
  if (unknown.length) throw new Error(`unknown export format ${unknown.join(', ')} (use json, w3c, brat)`);
  return formats;
}

export async function pickFormats(ctx: CommandContext): Promise<ExportFormat[] | undefined> {
  const chosen = ctx.config().exportFormats;
  const labels: Record<ExportFormat, string> = { json: 'Newsmark JSON', w3c: 'W3C Web Annotation (JSON-LD)', brat: 'brat standoff (.ann + conf)' };
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: labels[f], format: f, picked: chosen.includes(f) })),
    { title: 'Export which formats?', canPickMany: true },
  );
  return picked?.map((p) => p.format);
}
