// Articles that are not what Newsmark expects: Latin-1, binary, empty, 20 MB. Each is handled
// (annotated or skipped with its reason), nothing is mangled, and nothing is written beside a
// file Newsmark cannot read.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/vscode/extension';
import { capturingMessages, closeAll, exists, newsmark, rangeOf, readText, waitFor, workspaceUri, writeText } from './helpers';

const LINE = 'Lavrov said on Tuesday that "the talks with Armenia were useful and frank."\n';

async function open(relativePath: string): Promise<{ document: vscode.TextDocument; api: NewsmarkApi }> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  await vscode.window.showTextDocument(document);
  const api = await newsmark();
  await api.ready();
  return { document, api };
}

async function writeBytes(relativePath: string, bytes: Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

describe('articles Newsmark cannot or should not annotate', () => {
  afterEach(closeAll);
  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri('large'), { recursive: true }).then(undefined, () => undefined);
  });

  it('a Latin-1 article is reported as not UTF-8, not annotated as VS Code decoded it, and nothing is written beside it', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('Lavrov visited the Caf'), 0xe9, ...new TextEncoder().encode(' de la Paix in Yerevan.\n')]);
    const uri = await writeBytes('inputs/latin1.txt', latin1);
    const { api } = await open('inputs/latin1.txt');
    const skipped = await waitFor(() => api.skipped(uri), 'the article to be skipped');
    assert.equal(skipped.kind, 'notText');
    assert.match(skipped.reason, /not valid UTF-8 \(byte 0xe9 at offset 22\); it looks like Latin-1 or Windows-1252: convert it to UTF-8 first/);
    assert.deepEqual(api.annotations(uri), []);
    const shown = await capturingMessages(async (shown) => {
      assert.equal(await vscode.commands.executeCommand('newsmark.exportAnnotations', { uri, formats: ['json', 'w3c', 'brat'] }), undefined);
      return shown;
    });
    assert.match(shown[0]?.message ?? '', /does not annotate this file: not valid UTF-8/);
    assert.ok(!(await exists(workspaceUri('inputs/latin1.txt.annotations.json'))));
    assert.ok(!(await exists(workspaceUri('inputs/latin1.ann'))));
    assert.deepEqual([...(await vscode.workspace.fs.readFile(uri))], [...latin1], 'the article is untouched');
  });

  it('a binary file opened as text is reported as binary and not annotated', async () => {
    // VS Code itself refuses to open a file with a NUL in its first bytes; past them it opens it
    const bytes = new TextEncoder().encode(LINE.repeat(20) + '\0\u0001\u0002binary tail\n');
    const uri = await writeBytes('inputs/binary.txt', bytes);
    const { api } = await open('inputs/binary.txt');
    const skipped = await waitFor(() => api.skipped(uri), 'the article to be skipped');
    assert.equal(skipped.kind, 'notText');
    assert.match(skipped.reason, new RegExp(`binary content \\(byte 0x00 at offset ${LINE.length * 20}\\): not a text article`));
    assert.deepEqual(api.annotations(uri), []);
  });

  it('a file VS Code will not open as text does not trouble Newsmark', async () => {
    const uri = await writeBytes('inputs/image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const opened = await vscode.workspace.openTextDocument(uri).then(() => true, () => false);
    const api = await newsmark();
    if (opened) await waitFor(() => api.skipped(uri), 'the file to be skipped');
    assert.ok(!(await exists(workspaceUri('inputs/image.txt.annotations.json'))));
  });

  it('an empty article has no annotations, and exports empty, valid sidecars', async () => {
    const uri = workspaceUri('inputs/empty.txt');
    await writeText(uri, '');
    const { document, api } = await open('inputs/empty.txt');
    await waitFor(() => api.annotations(uri), 'the empty article to be known');
    assert.deepEqual(api.annotations(uri), []);
    assert.equal(api.skipped(uri), undefined);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, 0));
    assert.deepEqual(hovers, []);
    await vscode.commands.executeCommand('newsmark.exportAnnotations', { uri, formats: ['json', 'w3c', 'brat'] });
    const native = JSON.parse(await readText(workspaceUri('inputs/empty.txt.annotations.json')));
    assert.deepEqual([native.source.length, native.annotations], [0, []]);
    assert.equal(JSON.parse(await readText(workspaceUri('inputs/empty.txt.annotations.jsonld'))).total, 0);
    assert.equal(await readText(workspaceUri('inputs/empty.ann')), '');
    assert.equal(document.getText(), '');
  });

  it('a 20 MB article is skipped at once under newsmark.maxFileSize, says so, and keeps the editor responsive', async () => {
    const uri = workspaceUri('large/huge.txt');
    await writeText(uri, LINE.repeat(Math.ceil((20 * 1024 * 1024) / LINE.length)));
    await writeText(workspaceUri('large/small.txt'), LINE);
    // VS Code itself takes seconds to load 20 MB and hand it to the extension host; Newsmark's part is what follows
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const started = Date.now();
    const api = await newsmark();
    await api.ready();
    const skipped = await waitFor(() => api.skipped(uri), 'the article to be skipped');
    const took = Date.now() - started;
    assert.equal(skipped.kind, 'tooLarge');
    assert.match(skipped.reason, /20971592 characters, more than the newsmark\.maxFileSize setting \(5\.2M characters\)/);
    assert.deepEqual(api.annotations(uri), []);
    assert.ok(took < 2000, `judged in ${took} ms`);

    // the extension host answers at once: a hover on the huge file, then an ordinary command
    const asked = Date.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, rangeOf(document, 'Lavrov').start);
    assert.ok(Date.now() - asked < 2000, `a hover took ${Date.now() - asked} ms`);

    // a folder export leaves it out too, and says so
    const result = await capturingMessages(async () => vscode.commands.executeCommand<{ exported: number; failed: unknown[]; skipped: { file: string; reason: string }[] }>(
      'newsmark.exportFolder', { folder: workspaceUri('large'), formats: ['json'] }));
    assert.equal(result.exported, 1);
    assert.deepEqual(result.failed, []);
    assert.deepEqual(result.skipped.map((s) => s.file.split('/').pop()), ['huge.txt']);
    assert.ok(!(await exists(workspaceUri('large/huge.txt.annotations.json'))));
    assert.ok(await exists(workspaceUri('large/small.txt.annotations.json')));
  });
});
