import * as vscode from 'vscode';
import type { Entity } from '../../core/model';
import { options, type Command, type CommandContext } from './context';

export const openGlossaryEntry: Command = {
  id: 'newsmark.openGlossaryEntry',
  async execute(ctx: CommandContext, ...raw: unknown[]) {
    const args = options<{ entity: string }>(raw);
    await ctx.glossaries.ready();
    const glossary = ctx.glossaries.glossary;
    let entity: Entity | undefined = typeof args.entity === 'string' ? glossary.entity(args.entity) : undefined;
    if (!entity && typeof args.entity !== 'string') {
      const picked = await vscode.window.showQuickPick(
        glossary.glossary.entities.map((e) => ({ label: e.name, description: e.type, entity: e })),
        { title: 'Open which glossary entry?', matchOnDescription: true },
      );
      entity = picked?.entity;
    }
    if (!entity) {
      if (typeof args.entity === 'string') void vscode.window.showErrorMessage(`Newsmark: no glossary entry has the id '${args.entity}'.`);
      return undefined;
    }
    if (!entity.source) return undefined;
    const position = new vscode.Position(entity.source.line, entity.source.column);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(entity.source.file), { selection: new vscode.Range(position, position) });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    return editor.document.uri.toString();
  },
};
