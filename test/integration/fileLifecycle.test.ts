// An article renamed, moved or deleted while it is open: the sidecars follow a rename made in
// VS Code, nothing is overwritten, and a deleted article gets no sidecar back.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { capturingMessages, closeAll, exists, newsmark, openArticle, rangeOf, readText, waitFor, workspaceUri, writeText } from './helpers';

const TEXT = 'Lavrov arrived in Yerevan.\nLavrov said "the talks with Armenia were useful and frank."\n';

async function rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the rename was applied');
}

describe('an article renamed, moved or deleted while open', () => {
  afterEach(closeAll);

  it('renamed and moved in VS Code: its three sidecars follow it, byte for byte, and its manual tags are still shown', async () => {
    await writeText(workspaceUri('moves/story.txt'), TEXT);
    const { document } = await openArticle('moves/story.txt');
    const id = await vscode.commands.executeCommand<string>('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'the talks with Armenia were useful and frank.'), speaker: 'sergey-lavrov' });
    await vscode.commands.executeCommand('newsmark.exportAnnotations', { uri: document.uri, formats: ['json', 'w3c', 'brat'] });
    const names = [['story.txt.annotations.json', 'sub/renamed.txt.annotations.json'], ['story.txt.annotations.jsonld', 'sub/renamed.txt.annotations.jsonld'], ['story.ann', 'sub/renamed.ann']] as const;
    const before = await Promise.all(names.map(([from]) => readText(workspaceUri(`moves/${from}`))));

    await rename(workspaceUri('moves/story.txt'), workspaceUri('moves/sub/renamed.txt'));
    for (const [i, [from, to]] of names.entries()) {
      await waitFor(() => exists(workspaceUri(`moves/${to}`)), `${to} to arrive`);
      assert.ok(!(await exists(workspaceUri(`moves/${from}`))), `${from} is gone from the old place`);
      assert.equal(await readText(workspaceUri(`moves/${to}`)), before[i], `${to} is the file that was ${from}`);
    }
    const api = await newsmark();
    const moved = workspaceUri('moves/sub/renamed.txt');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(moved));
    await waitFor(() => api.annotations(moved)?.some((a) => a.id === id), 'the manual tag on the renamed article');
  });

  it('renamed onto a name whose sidecar exists: nothing is overwritten, and the reader is told', async () => {
    await writeText(workspaceUri('moves/first.txt'), TEXT);
    await writeText(workspaceUri('moves/taken.txt.annotations.json'), 'someone else\'s file\n');
    const { document } = await openArticle('moves/first.txt');
    await vscode.commands.executeCommand('newsmark.exportAnnotations', { uri: document.uri, formats: ['json'] });
    const ours = await readText(workspaceUri('moves/first.txt.annotations.json'));
    const shown = await capturingMessages(async (shown) => {
      await rename(workspaceUri('moves/first.txt'), workspaceUri('moves/taken.txt'));
      return waitFor(() => shown.find((m) => /first\.txt\.annotations\.json \(taken\.txt\.annotations\.json exists already\)/.test(m.message)), 'the warning');
    });
    assert.equal(shown.severity, 'warning');
    assert.match(shown.message, /when first\.txt became taken\.txt; nothing was overwritten/);
    assert.equal(await readText(workspaceUri('moves/taken.txt.annotations.json')), 'someone else\'s file\n');
    assert.equal(await readText(workspaceUri('moves/first.txt.annotations.json')), ours, 'ours stays under its old name');
  });

  it('deleted on disk while open: no crash, and neither a tag nor an export brings its sidecars back', async () => {
    await writeText(workspaceUri('gone/story.txt'), TEXT);
    const { document, api } = await openArticle('gone/story.txt');
    await vscode.commands.executeCommand('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'Lavrov arrived'), speaker: null });
    assert.ok(await exists(workspaceUri('gone/story.txt.annotations.json')));
    await vscode.workspace.fs.delete(workspaceUri('gone/story.txt'));
    await vscode.workspace.fs.delete(workspaceUri('gone/story.txt.annotations.json'));

    const shown = await capturingMessages(async (shown) => {
      const tag = await vscode.commands.executeCommand<string>('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'Lavrov said'), speaker: null });
      assert.ok(api.annotations(document.uri)?.some((a) => a.id === tag), 'the open article still works');
      await vscode.commands.executeCommand('newsmark.exportAnnotations', { uri: document.uri, formats: ['json', 'w3c', 'brat'] });
      return shown;
    });
    assert.ok(shown.some((m) => m.severity === 'error' && /story\.txt is not on disk .*save it first/.test(m.message)), JSON.stringify(shown));
    const left = (await vscode.workspace.fs.readDirectory(workspaceUri('gone'))).map(([n]) => n);
    assert.deepEqual(left, [], 'no sidecar came back');
  });

  it('deleted on disk while its sidecar stays: the sidecar is left as it was', async () => {
    await writeText(workspaceUri('gone/kept.txt'), TEXT);
    const { document } = await openArticle('gone/kept.txt');
    await vscode.commands.executeCommand('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'Lavrov arrived'), speaker: null });
    const sidecar = await readText(workspaceUri('gone/kept.txt.annotations.json'));
    await vscode.workspace.fs.delete(workspaceUri('gone/kept.txt'));
    await capturingMessages(() => vscode.commands.executeCommand('newsmark.removeAnnotation', { uri: document.uri, position: rangeOf(document, 'Lavrov arrived').start }) as Promise<unknown>);
    assert.equal(await readText(workspaceUri('gone/kept.txt.annotations.json')), sidecar);
  });
});
