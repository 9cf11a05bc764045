import * as vscode from 'vscode';
import { addManual, manualEntity } from '../../core/engine/manual';
import { appendEntity, suggestEntityId } from '../../core/glossary';
import { newManualId } from '../../core/ids';
import type { Entity } from '../../core/model';
import { BUILT_IN_TYPES } from '../../core/model';
import { writeFileAtomic } from '../util/fsAtomic';
import { articleFor, options, toRange, type Command, type CommandContext } from './context';
import { canSaveLayer, saveLayer } from './persist';

interface Args {
  uri: unknown;
  range: unknown;
  /** A glossary id. Absent: the reader picks one or creates a new entry. */
  entity: string;
  /** A new glossary entry to create and tag with, instead of the pickers (`file` defaults to the first glossary). */
  newEntry: { name?: unknown; type?: unknown; file?: unknown };
}

export const tagEntity: Command = {
  id: 'newsmark.tagEntity',
  async execute(ctx: CommandContext, ...raw: unknown[]) {
    const args = options<Args>(raw);
    const article = await articleFor(ctx, args.uri);
    if (!article) return undefined;
    const { document, model } = article;
    if (!canSaveLayer(ctx, model)) return undefined;
    const editor = vscode.window.activeTextEditor;
    const range = toRange(args.range) ?? (editor?.document === document ? editor.selection : undefined);
    if (!range || range.isEmpty) {
      void vscode.window.showInformationMessage('Newsmark: select the words to tag first.');
      return undefined;
    }
    const start = document.offsetAt(range.start), end = document.offsetAt(range.end);
    const words = model.currentText.slice(start, end).trim();
    let entity: Entity | undefined;
    if (typeof args.entity === 'string') {
      entity = ctx.glossaries.glossary.entity(args.entity);
      if (!entity) {
        void vscode.window.showErrorMessage(`Newsmark: no glossary entry has the id '${args.entity}'.`);
        return undefined;
      }
    } else if (args.newEntry && typeof args.newEntry === 'object') {
      const { name, type, file } = args.newEntry;
      if (typeof name !== 'string' || typeof type !== 'string') {
        void vscode.window.showErrorMessage('Newsmark: a new glossary entry needs a name and a type.');
        return undefined;
      }
      entity = await createEntry(ctx, { name, type, file: typeof file === 'string' ? vscode.Uri.parse(file) : undefined });
    } else {
      entity = await pickOrCreate(ctx, words);
    }
    if (!entity) return undefined;
    const lead = model.currentText.slice(start, end).length - model.currentText.slice(start, end).trimStart().length;
    const span = { start: start + lead, end: start + lead + words.length };
    const tag = manualEntity(model.currentText, span, entity, newManualId());
    const current = ctx.articles.get(document.uri) ?? model;
    current.setUserLayer(addManual(current.userLayer, tag), true);
    await saveLayer(ctx, current);
    return tag.id;
  },
};

async function pickOrCreate(ctx: CommandContext, words: string): Promise<Entity | undefined> {
  type Item = vscode.QuickPickItem & { entity?: Entity; create?: true };
  const entities = ctx.glossaries.glossary.glossary.entities;
  const items: Item[] = [
    { label: `$(add) Create a new glossary entry “${words}”…`, create: true, alwaysShow: true },
    ...entities.map((e) => ({ label: e.name, description: `${e.type}${e.summary ? ' · ' + e.summary : ''}`, entity: e })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Tag as which entity?', matchOnDescription: true });
  if (!picked) return undefined;
  return picked.create ? askForEntry(ctx, words) : picked.entity;
}

async function askForEntry(ctx: CommandContext, words: string): Promise<Entity | undefined> {
  const name = await vscode.window.showInputBox({ title: 'New glossary entry', prompt: 'Name', value: words });
  if (!name?.trim()) return undefined;
  const types = [...new Set([...BUILT_IN_TYPES, ...ctx.glossaries.glossary.glossary.types.keys()])];
  const type = await vscode.window.showQuickPick(types, { title: `Type of ${name}` });
  if (!type) return undefined;
  const files = ctx.glossaries.glossaryFiles;
  let file = files[0];
  if (files.length > 1) {
    const picked = await vscode.window.showQuickPick(files.map((f) => ({ label: vscode.workspace.asRelativePath(f), uri: f })), { title: 'Add it to which glossary?' });
    if (!picked) return undefined;
    file = picked.uri;
  }
  return createEntry(ctx, { name, type, file });
}

/** Appends a new entry to `file` (the first glossary, or glossary.yaml in the workspace) and returns it once loaded. */
async function createEntry(ctx: CommandContext, entry: { name: string; type: string; file: vscode.Uri | undefined }): Promise<Entity | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const file = entry.file ?? ctx.glossaries.glossaryFiles[0] ?? (folder && vscode.Uri.joinPath(folder, 'glossary.yaml'));
  if (!file) return undefined;
  const name = entry.name.trim();
  const id = suggestEntityId(name, new Set(ctx.glossaries.glossary.glossary.byId.keys()));
  await addToGlossary(file, { id, name, type: entry.type });
  await ctx.glossaries.reload();
  return ctx.glossaries.glossary.entity(id);
}

/** Appends the entry keeping the file's comments and layout; through the editor when it is open, so undo works. */
export async function addToGlossary(file: vscode.Uri, entry: { id: string; name: string; type: string }): Promise<void> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
  if (open) {
    const next = appendEntity(open.getText(), entry);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(file, new vscode.Range(open.positionAt(0), open.positionAt(open.getText().length)), next);
    await vscode.workspace.applyEdit(edit);
    await open.save();
    return;
  }
  let current = '';
  try {
    current = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(file));
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) {
      throw new Error(`cannot read ${file.path}, so it was left as it is: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  await writeFileAtomic(file, appendEntity(current, entry));
}
