import * as vscode from 'vscode';
import { addManual, manualQuote, speakerFor, trimQuoteSelection, type SpeakerChoice } from '../../core/engine/manual';
import { newManualId } from '../../core/ids';
import { articleFor, options, toRange, type Command, type CommandContext } from './context';
import { canSaveLayer, saveLayer } from './persist';

interface Args {
  uri: unknown;
  range: unknown;
  /** A glossary id, a free name, or null for none. Absent: the reader picks. */
  speaker: string | null;
}

export const tagQuote: Command = {
  id: 'newsmark.tagQuote',
  async execute(ctx: CommandContext, ...raw: unknown[]) {
    const args = options<Args>(raw);
    const article = await articleFor(ctx, args.uri);
    if (!article) return undefined;
    const { document, model } = article;
    if (!canSaveLayer(ctx, model)) return undefined;
    const range = toRange(args.range) ?? selectionIn(document);
    if (!range || range.isEmpty) {
      void vscode.window.showInformationMessage('Newsmark: select the words of the quote first.');
      return undefined;
    }
    const span = trimQuoteSelection(model.currentText, document.offsetAt(range.start), document.offsetAt(range.end));
    if (span.end <= span.start) return undefined;
    const choice = 'speaker' in args ? resolveSpeaker(ctx, args.speaker ?? null) : await pickSpeaker(ctx, model.currentText.slice(span.start, span.end));
    if (choice === undefined) return undefined;
    const speaker = speakerFor(model.currentText, span, choice, model.annotations);
    const quote = manualQuote(model.currentText, span, speaker, newManualId());
    model.setUserLayer(addManual(model.userLayer, quote), true);
    await saveLayer(ctx, model);
    return quote.id;
  },
};

function selectionIn(document: vscode.TextDocument): vscode.Range | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document === document ? editor.selection : undefined;
}

function resolveSpeaker(ctx: CommandContext, value: string | null): SpeakerChoice {
  if (value === null || value.trim() === '') return null;
  const entity = ctx.glossaries.glossary.entity(value);
  return entity ? { entity } : { name: value.trim() };
}

async function pickSpeaker(ctx: CommandContext, quoteText: string): Promise<SpeakerChoice | undefined> {
  type Item = vscode.QuickPickItem & { choice?: SpeakerChoice; other?: true };
  const people = ctx.glossaries.glossary.glossary.entities.filter((e) => e.type === 'person');
  const items: Item[] = [
    ...people.map((e) => ({ label: e.name, description: e.summary ?? '', choice: { entity: e } })),
    { label: '$(edit) Another name…', other: true, alwaysShow: true },
    { label: '$(circle-slash) No speaker', choice: null, alwaysShow: true },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Who said it?', placeHolder: `“${quoteText.slice(0, 60)}”`, matchOnDescription: true });
  if (!picked) return undefined;
  if (picked.other) {
    const name = await vscode.window.showInputBox({ title: 'Speaker', prompt: 'The name of who said it' });
    return name === undefined ? undefined : name.trim() ? { name: name.trim() } : null;
  }
  return picked.choice ?? null;
}
