import * as vscode from 'vscode';
import type { Command, CommandContext } from './context';

function step(direction: 1 | -1): Command {
  return {
    id: direction > 0 ? 'newsmark.nextAnnotation' : 'newsmark.previousAnnotation',
    execute(ctx: CommandContext) {
      const editor = vscode.window.activeTextEditor;
      const model = editor && ctx.articles.get(editor.document.uri);
      if (!editor || !model || model.annotations.length === 0) return undefined;
      const list = model.annotations;
      const from = editor.document.offsetAt(editor.selection.start);
      const to = editor.document.offsetAt(editor.selection.end);
      // from a selected annotation, step through the list (nested ones share a start);
      // from anywhere else, the nearest one; wraps around at either end, as Go to Next Problem does
      const current = list.findIndex((a) => a.start === from && a.end === to);
      const index = current >= 0
        ? (current + direction + list.length) % list.length
        : direction > 0 ? wrap(list.findIndex((a) => a.start >= from), 0) : wrap(findLastIndex(list, (a) => a.start < from), list.length - 1);
      const target = list[index]!;
      const range = new vscode.Range(editor.document.positionAt(target.start), editor.document.positionAt(target.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return target.id;
    },
  };
}

function wrap(index: number, fallback: number): number {
  return index < 0 ? fallback : index;
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

export const nextAnnotation = step(1);
export const previousAnnotation = step(-1);

export const revealAnnotation: Command = {
  id: 'newsmark.revealAnnotation',
  async execute(_ctx: CommandContext, uri: unknown, start: unknown, end: unknown) {
    if (!(uri instanceof vscode.Uri) || typeof start !== 'number' || typeof end !== 'number') return;
    const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false });
    const range = new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  },
};

export const toggleHighlights: Command = {
  id: 'newsmark.toggleHighlights',
  execute(ctx: CommandContext) {
    return ctx.decorations.toggle();
  },
};
