import * as vscode from 'vscode';
import { describeSkip, type ArticleModel } from '../articleModel';
import type { ArticleStore } from '../articleStore';
import type { NewsmarkConfig } from '../config';
import type { Decorations } from '../features/decorations';
import type { GlossaryStore } from '../glossaryStore';

/** What every command may use. */
export interface CommandContext {
  readonly articles: ArticleStore;
  readonly glossaries: GlossaryStore;
  readonly decorations: Decorations;
  readonly config: () => NewsmarkConfig;
}

/** A command: its id and what it does. Arguments come from scripts and tests; without them the command asks. */
export interface Command {
  readonly id: string;
  execute(ctx: CommandContext, ...args: unknown[]): unknown;
}

/** The first argument as an options object, or an empty one (palette and keybinding calls pass none). */
export function options<T extends object>(args: readonly unknown[]): Partial<T> {
  const first = args[0];
  return first && typeof first === 'object' && !(first instanceof vscode.Uri) ? (first as Partial<T>) : {};
}

/** The article a command works on: the `uri` argument or the active editor's document, opened and annotated. */
export async function articleFor(ctx: CommandContext, uri: unknown): Promise<{ document: vscode.TextDocument; model: ArticleModel } | undefined> {
  const target = toUri(uri) ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage('Newsmark: open an article first.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(target);
  await ctx.glossaries.ready();
  const model = ctx.articles.ensure(document);
  if (!model) {
    void vscode.window.showWarningMessage(`Newsmark does not annotate ${document.uri.path.split('/').pop()}: check the newsmark.languages setting, or add a glossary to the workspace.`);
    return undefined;
  }
  // the stored layer must be in before a command changes it, or restoring it would undo the change
  await model.sidecarLoaded;
  if (model.skipped?.kind === 'notText') {
    void vscode.window.showWarningMessage(describeSkip(model.skipped).detail);
    return undefined;
  }
  return { document, model };
}

export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return value.includes(':') ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  if (value && typeof value === 'object' && 'scheme' in value && 'path' in value) return vscode.Uri.from(value as vscode.Uri);
  return undefined;
}

export function toRange(value: unknown): vscode.Range | undefined {
  if (value instanceof vscode.Range) return value;
  if (Array.isArray(value) && value.length === 2) {
    const [s, e] = value as [{ line: number; character: number }, { line: number; character: number }];
    return new vscode.Range(s.line, s.character, e.line, e.character);
  }
  if (value && typeof value === 'object' && 'start' in value && 'end' in value) {
    const { start, end } = value as { start: { line: number; character: number }; end: { line: number; character: number } };
    return new vscode.Range(start.line, start.character, end.line, end.character);
  }
  return undefined;
}

export function toPosition(value: unknown): vscode.Position | undefined {
  if (value instanceof vscode.Position) return value;
  if (value && typeof value === 'object' && 'line' in value && 'character' in value) {
    const { line, character } = value as { line: number; character: number };
    return new vscode.Position(line, character);
  }
  return undefined;
}
