import * as vscode from 'vscode';
import { removeAt } from '../../core/engine/manual';
import { articleFor, options, toPosition, type Command, type CommandContext } from './context';
import { canSaveLayer, saveLayer } from './persist';

export const removeAnnotation: Command = {
  id: 'newsmark.removeAnnotation',
  async execute(ctx: CommandContext, ...raw: unknown[]) {
    const args = options<{ uri: unknown; position: unknown }>(raw);
    const article = await articleFor(ctx, args.uri);
    if (!article) return undefined;
    const { document, model } = article;
    if (!canSaveLayer(ctx, model)) return undefined;
    const editor = vscode.window.activeTextEditor;
    const position = toPosition(args.position) ?? (editor?.document === document ? editor.selection.active : undefined);
    if (!position) return undefined;
    const result = removeAt(model.currentText, model.annotations, model.userLayer, document.offsetAt(position));
    if (!result) {
      void vscode.window.showInformationMessage('Newsmark: no annotation at the cursor.');
      return undefined;
    }
    model.setUserLayer(result.layer, true);
    await saveLayer(ctx, model);
    return result.removed.id;
  },
};
