import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, exists, openArticle, positionOf, rangeOf, readText, waitFor, workspaceUri, writeText } from './helpers';

describe('commands', () => {
  afterEach(closeAll);

  it('Tag Selection as Quote saves a manual quote with its speaker in the native sidecar at once', async () => {
    const { document, api } = await openArticle('articles/second.txt');
    const range = rangeOf(document, 'Lavrov meets his Armenian counterpart');
    const id = await vscode.commands.executeCommand<string>('newsmark.tagQuote', { uri: document.uri, range, speaker: 'sergey-lavrov' });
    assert.match(id, /^manual-/);
    const shown = api.annotations(document.uri)!.find((a) => a.id === id);
    assert.ok(shown && shown.kind === 'quote' && shown.origin === 'manual');
    assert.equal(shown.speaker?.entity, 'sergey-lavrov');
    const sidecar = JSON.parse(await readText(workspaceUri('articles/second.txt.annotations.json')));
    const saved = sidecar.annotations.find((a: { id: string }) => a.id === id);
    assert.deepEqual([saved.start, saved.end, saved.text, saved.origin], [0, 37, 'Lavrov meets his Armenian counterpart', 'manual']);
    assert.equal(saved.speaker.name, 'Sergey Lavrov');
    await vscode.commands.executeCommand('newsmark.removeAnnotation', { uri: document.uri, position: positionOf(document, 'meets') });
    assert.ok(!api.annotations(document.uri)!.some((a) => a.id === id), 'a manual quote is deleted');
  });

  it('Tag Selection as Entity tags the words with a glossary entry; a free speaker name works too', async () => {
    const { document, api } = await openArticle('articles/second.txt');
    const id = await vscode.commands.executeCommand<string>('newsmark.tagEntity', { uri: document.uri, range: rangeOf(document, 'Tuesday'), entity: 'csto' });
    const tag = api.annotations(document.uri)!.find((a) => a.id === id);
    assert.ok(tag && tag.kind === 'entity' && tag.entity === 'csto' && tag.type === 'organization' && tag.text === 'Tuesday');
    const quoteId = await vscode.commands.executeCommand<string>('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, '"the talks with Armenia were useful and frank."'), speaker: 'A. Diplomat' });
    const quote = api.annotations(document.uri)!.find((a) => a.id === quoteId);
    assert.ok(quote && quote.kind === 'quote');
    assert.equal(quote.text, 'the talks with Armenia were useful and frank.', 'the marks are not part of the span');
    assert.deepEqual(quote.speaker && [quote.speaker.name, quote.speaker.entity], ['A. Diplomat', null]);
    for (const t of [id, quoteId]) {
      const a = api.annotations(document.uri)!.find((x) => x.id === t)!;
      await vscode.commands.executeCommand('newsmark.removeAnnotation', { uri: document.uri, position: document.positionAt(document.getText().indexOf(a.text) + 1) });
    }
  });

  it('Remove Annotation on an automatic mention suppresses it, and it stays suppressed after reopening', async () => {
    await writeText(workspaceUri('articles/suppressed.txt'), 'Lavrov arrived. Lavrov said "the talks with Armenia were useful and frank."\n');
    const { document, api } = await openArticle('articles/suppressed.txt');
    const count = () => api.annotations(document.uri)!.filter((a) => a.kind === 'entity' && a.entity === 'sergey-lavrov').length;
    const before = count();
    await vscode.commands.executeCommand('newsmark.removeAnnotation', { uri: document.uri, position: positionOf(document, 'Lavrov said', 0, 2) });
    assert.equal(count(), before - 1);
    const sidecar = JSON.parse(await readText(workspaceUri('articles/suppressed.txt.annotations.json')));
    assert.equal(sidecar.suppressed.length, 1);
    await closeAll();
    const again = await openArticle('articles/suppressed.txt');
    await waitFor(() => count() === before - 1, 'the suppression restored from the sidecar');
    assert.equal(again.document.uri.toString(), document.uri.toString());
  });

  it('Export Annotations writes the three sidecars beside the article', async () => {
    const { document } = await openArticle('articles/lavrov.txt');
    const written = await vscode.commands.executeCommand<string[]>('newsmark.exportAnnotations', { uri: document.uri, formats: ['json', 'w3c', 'brat'] });
    const names = written.map((u) => u.split('/').pop()).sort();
    assert.deepEqual(names, ['annotation.conf', 'lavrov.ann', 'lavrov.txt.annotations.json', 'lavrov.txt.annotations.jsonld', 'visual.conf']);
    const w3c = JSON.parse(await readText(workspaceUri('articles/lavrov.txt.annotations.jsonld')));
    assert.equal(w3c.type, 'AnnotationCollection');
    const ann = await readText(workspaceUri('articles/lavrov.ann'));
    assert.match(ann, /^T\d+\tperson 1 14\tSergey Lavrov$/m); // the sample begins with a blank line
    assert.match(ann, /^N\d+\tReference T\d+ Glossary:sergey-lavrov\tSergey Lavrov$/m);
  });

  it('Export Annotations for Folder writes the sidecars of every article under it', async () => {
    const articles = (await vscode.workspace.fs.readDirectory(workspaceUri('articles'))).filter(([name]) => name.endsWith('.txt'));
    const result = await vscode.commands.executeCommand<{ exported: number; failed: unknown[] }>('newsmark.exportFolder', { folder: workspaceUri('articles'), formats: ['w3c'] });
    assert.equal(result.exported, articles.length);
    assert.deepEqual(result.failed, []);
    assert.ok(await exists(workspaceUri('articles/second.txt.annotations.jsonld')));
    assert.ok(await exists(workspaceUri('articles/lavrov.txt.annotations.jsonld')));
  });

  it('Toggle Highlights clears and restores the decorations', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    assert.equal(await vscode.commands.executeCommand('newsmark.toggleHighlights'), false);
    await waitFor(() => Object.values(api.decorations(document.uri)!.ranges).every((r) => r.length === 0), 'highlights cleared');
    assert.equal(await vscode.commands.executeCommand('newsmark.toggleHighlights'), true);
    await waitFor(() => (api.decorations(document.uri)!.ranges['entity:person'] ?? []).length > 0, 'highlights back');
  });

  it('Open Glossary Entry opens the glossary at the entry', async () => {
    await vscode.commands.executeCommand('newsmark.openGlossaryEntry', { entity: 'armenia' });
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/glossary.yaml'));
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /id: armenia/);
  });
});
