import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openArticle, rangeOf, readText, waitFor, workspaceUri, writeText } from './helpers';

const ARTICLE = workspaceUri('articles/anchored.txt');
const TEXT = 'Pashinyan spoke in Yerevan on Monday.\nThe talks, he said, "will go on until there is peace."\n';

describe('manual tags survive edits of the article', () => {
  afterEach(closeAll);

  it('an edit made on disk while the article is open keeps the tag on its words', async () => {
    await writeText(ARTICLE, TEXT);
    const { document, api } = await openArticle('articles/anchored.txt');
    const id = await vscode.commands.executeCommand<string>('newsmark.tagEntity', { uri: document.uri, range: rangeOf(document, 'Pashinyan'), entity: 'armenia' });
    const correction = 'UPDATED: a correction was made.\n\n';
    await writeText(ARTICLE, correction + TEXT);
    await waitFor(() => document.getText().startsWith('UPDATED'), 'VS Code to reload the changed file');
    const tag = await waitFor(() => {
      const a = api.annotations(document.uri)!.find((x) => x.id === id);
      return a && a.start === correction.length ? a : undefined;
    }, 'the tag to move with its words');
    assert.equal(tag.text, 'Pashinyan');
    assert.ok(!tag.orphaned);
  });

  it('an edit made on disk while the article is closed is re-anchored when it opens; deleted words are orphaned, not dropped', async () => {
    await writeText(ARTICLE, TEXT);
    let { document, api } = await openArticle('articles/anchored.txt');
    const quoteId = await vscode.commands.executeCommand<string>('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'will go on until there is peace.'), speaker: null });
    const entityId = await vscode.commands.executeCommand<string>('newsmark.tagEntity', { uri: document.uri, range: rangeOf(document, 'Monday'), entity: 'armenia' });
    await closeAll();
    await waitFor(async () => JSON.parse(await readText(workspaceUri('articles/anchored.txt.annotations.json'))).annotations.length >= 2, 'the sidecar');
    const changed = 'Pashinyan spoke in Yerevan.\nOn the talks, he said: "They will go on until there is peace."\n';
    await writeText(ARTICLE, changed);
    ({ document, api } = await openArticle('articles/anchored.txt'));
    // VS Code may keep the closed document alive and reload it from disk a moment later
    await waitFor(() => document.getText() === changed, 'the document to show the changed file');
    const quote = await waitFor(() => api.annotations(document.uri)!.find((a) => a.id === quoteId), 'the quote restored');
    assert.equal(quote.text, 'will go on until there is peace.');
    assert.ok(!quote.orphaned);
    const orphan = await waitFor(() => api.annotations(document.uri)!.find((a) => a.id === entityId && a.orphaned), 'the orphaned tag listed');
    assert.equal(orphan.text, 'Monday');
    const problems = vscode.languages.getDiagnostics(document.uri);
    assert.ok(problems.some((d) => /Orphaned/.test(d.message)), 'the orphan is in the Problems panel');
  });
});
