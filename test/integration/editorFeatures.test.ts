// The Newsmark view, creating a glossary entry from a tag, settings applied
// without a reload, and `news` documents annotated without a glossary.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TreeItemSnapshot } from '../../src/vscode/api';
import { closeAll, newsmark, openArticle, rangeOf, readText, waitFor, workspaceUri, writeText } from './helpers';

const settings = () => vscode.workspace.getConfiguration('newsmark');

async function setSetting(key: string, value: unknown): Promise<void> {
  await settings().update(key, value, vscode.ConfigurationTarget.Workspace);
}

function find(items: readonly TreeItemSnapshot[], label: RegExp): TreeItemSnapshot | undefined {
  for (const item of items) {
    if (label.test(item.label)) return item;
    const inside = find(item.children, label);
    if (inside) return inside;
  }
  return undefined;
}

describe('editor features', () => {
  afterEach(closeAll);

  it('the Newsmark view lists entities by type with counts and quotes with speakers; a click reveals the text', async () => {
    const { document, editor, api } = await openArticle('articles/lavrov.txt');
    await vscode.commands.executeCommand('newsmark.annotations.focus');
    const roots = await waitFor(() => (api.tree().length ? api.tree() : undefined), 'the view to be built');
    const annotations = api.annotations(document.uri)!;
    const entities = annotations.filter((a) => a.kind === 'entity');
    const quotes = annotations.filter((a) => a.kind === 'quote');
    assert.deepEqual(roots.map((r) => r.label), [`Entities (${entities.length})`, `Quotes (${quotes.length})`]);
    const lavrov = entities.filter((a) => a.kind === 'entity' && a.entity === 'sergey-lavrov').length;
    const person = find(roots, /^Sergey Lavrov \(\d+\)$/);
    assert.equal(person?.label, `Sergey Lavrov (${lavrov})`);
    assert.ok(find(roots, /^Person \(\d+\)$/), 'entities are grouped by type');
    const spoken = roots[1]!.children.filter((q) => q.description === '— Sergey Lavrov');
    assert.ok(spoken.length >= 1, `a quote of Lavrov's is listed: ${JSON.stringify(roots[1]!.children.map((q) => q.description))}`);

    const target = person!.children[1] ?? person!.children[0]!;
    assert.ok(target.command, 'a mention is clickable');
    await vscode.commands.executeCommand(target.command.command, ...target.command.arguments);
    const [, start, end] = target.command.arguments as [unknown, number, number];
    await waitFor(() => editor.document.offsetAt(vscode.window.activeTextEditor!.selection.start) === start, 'the mention to be revealed');
    assert.equal(document.offsetAt(vscode.window.activeTextEditor!.selection.end), end);
    assert.equal(document.getText(vscode.window.activeTextEditor!.selection), target.label);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
  });

  it('Tag Selection as Entity can create a glossary entry: appended to the glossary with its comments kept, and tagged', async () => {
    const glossaryUri = workspaceUri('glossary.yaml');
    const before = await readText(glossaryUri);
    try {
      const { document, api } = await openArticle('articles/second.txt');
      const id = await vscode.commands.executeCommand<string>('newsmark.tagEntity',
        { uri: document.uri, range: rangeOf(document, 'Tuesday'), newEntry: { name: 'Tuesday Talks', type: 'event', file: glossaryUri.toString() } });
      assert.ok(id, 'the tag was made');
      const after = await readText(glossaryUri);
      assert.ok(after.startsWith(before.trimEnd()), 'the file is kept as it was, comments and layout included, and the entry appended');
      assert.match(after.slice(before.trimEnd().length), /id: tuesday-talks\s+name: Tuesday Talks\s+type: event/);
      assert.ok(api.glossary().entities.includes('tuesday-talks'), 'the new entry is in use at once');
      const tag = api.annotations(document.uri)!.find((a) => a.id === id);
      assert.ok(tag && tag.kind === 'entity' && tag.entity === 'tuesday-talks' && tag.type === 'event');
      await vscode.commands.executeCommand('newsmark.removeAnnotation', { uri: document.uri, position: rangeOf(document, 'Tuesday').start.translate(0, 1) });
    } finally {
      await writeText(glossaryUri, before);
      const api = await newsmark();
      await waitFor(() => !api.glossary().entities.includes('tuesday-talks'), 'the glossary to be restored');
    }
  });

  it('settings apply without a reload: quote detection off and on, Newsmark off and on', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    const quotes = () => api.annotations(document.uri)?.filter((a) => a.kind === 'quote').length ?? 0;
    assert.ok(quotes() > 0);
    try {
      await setSetting('quotes.enabled', false);
      await waitFor(() => quotes() === 0, 'quotes to go');
      await waitFor(() => !api.decorations(document.uri)?.ranges['quote:direct']?.length, 'the quote highlights to go');
      await setSetting('quotes.enabled', undefined);
      await waitFor(() => quotes() > 0, 'quotes to come back');
      await setSetting('enabled', false);
      await waitFor(() => api.annotations(document.uri) === undefined, 'Newsmark to stop annotating');
    } finally {
      await setSetting('quotes.enabled', undefined);
      await setSetting('enabled', undefined);
    }
    await waitFor(() => api.annotations(document.uri)?.length, 'Newsmark to annotate again');
  });

  it('a .news or .article file is a news document, annotated (quotes) even without a glossary', async () => {
    await writeText(workspaceUri('desk/brief.news'), 'Lavrov said: "The talks with Armenia were useful and frank."\n');
    await writeText(workspaceUri('desk/brief.article'), '"We will not sign it," the minister told reporters.\n');
    await writeText(workspaceUri('desk/plain.txt'), '"We will not sign it," the minister told reporters.\n');
    try {
      await setSetting('glossary.files', ['no-such-glossary/*.yaml']);
      const api = await newsmark();
      await waitFor(() => api.glossary().entities.length === 0, 'no glossary in use');
      for (const name of ['desk/brief.news', 'desk/brief.article']) {
        const document = await vscode.workspace.openTextDocument(workspaceUri(name));
        await vscode.window.showTextDocument(document);
        assert.equal(document.languageId, 'news', name);
        const found = await waitFor(() => api.annotations(document.uri)?.filter((a) => a.kind === 'quote'), `quotes in ${name}`);
        assert.equal(found.length, 1);
        assert.equal(found[0]!.kind === 'quote' && found[0]!.style, 'direct');
      }
      const plain = await vscode.workspace.openTextDocument(workspaceUri('desk/plain.txt'));
      await vscode.window.showTextDocument(plain);
      await api.ready();
      assert.equal(api.annotations(plain.uri), undefined, 'plain text waits for a glossary');
    } finally {
      await setSetting('glossary.files', undefined);
    }
    const api = await newsmark();
    await waitFor(() => api.glossary().entities.includes('sergey-lavrov'), 'the glossary to be back');
  });
});
