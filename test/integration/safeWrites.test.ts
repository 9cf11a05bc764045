// Writes that fail midway, and writes that race: the old file must survive every failure, the
// reader must be told which file and why, and concurrent writes must never interleave.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { capturingMessages, closeAll, exists, newsmark, rangeOf, readText, waitFor, workspaceUri, writeText } from './helpers';
import { addToGlossary } from '../../src/vscode/commands/tagEntity';
import { MemoryFs } from './memoryFs';

const TEXT = 'Lavrov arrived in Yerevan.\nLavrov said "the talks with Armenia were useful and frank."\n';

async function openIn(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const api = await newsmark();
  await api.ready();
  await waitFor(() => api.annotations(document.uri)?.length, `annotations of ${uri.path}`);
  return document;
}

function diskFull(): Error {
  return new vscode.FileSystemError('ENOSPC: no space left on the device (simulated)');
}

describe('safe writes', () => {
  afterEach(closeAll);

  it('a folder where a sidecar should go is left alone, the other sidecars are written, and the reader is told', async () => {
    const article = workspaceUri('safe/blocked.txt');
    await writeText(article, TEXT);
    const folder = workspaceUri('safe/blocked.txt.annotations.jsonld');
    await writeText(vscode.Uri.joinPath(folder, 'keep.txt'), 'not a sidecar: mine');
    await openIn(article);
    const { written, shown } = await capturingMessages(async (shown) => {
      const written = await vscode.commands.executeCommand<string[]>('newsmark.exportAnnotations', { uri: article, formats: ['json', 'w3c'] });
      return { written, shown };
    });
    assert.deepEqual(written.map((u) => u.split('/').pop()), ['blocked.txt.annotations.json']);
    assert.equal(await readText(vscode.Uri.joinPath(folder, 'keep.txt')), 'not a sidecar: mine', 'the folder and what is in it are untouched');
    const error = shown.find((m) => m.severity === 'error');
    assert.ok(error, `an error message, got ${JSON.stringify(shown)}`);
    assert.match(error.message, /cannot write blocked\.txt\.annotations\.jsonld: a folder has that name; the file on disk was left as it was/);
    const left = (await vscode.workspace.fs.readDirectory(workspaceUri('safe'))).map(([n]) => n);
    assert.deepEqual(left.filter((n) => n.endsWith('.tmp')), [], 'no temporary file is left behind');
  });

  describe('on a file system where writes fail midway', () => {
    const memory = new MemoryFs('nmtest');
    let registration: vscode.Disposable;
    before(() => {
      registration = vscode.workspace.registerFileSystemProvider(memory.scheme, memory, { isCaseSensitive: true });
    });
    after(() => registration.dispose());

    async function articleWithSidecar(name: string): Promise<{ document: vscode.TextDocument; old: string }> {
      memory.put(`/articles/${name}`, TEXT);
      const document = await openIn(memory.uri(`/articles/${name}`));
      await vscode.commands.executeCommand('newsmark.exportAnnotations', { uri: document.uri, formats: ['json'] });
      const old = memory.text(`/articles/${name}.annotations.json`);
      assert.ok(old && JSON.parse(old).annotations.length > 0, 'the first export wrote the sidecar');
      return { document, old };
    }

    it('a rename that fails after the old sidecar was moved aside puts it back, byte for byte', async () => {
      const { document, old } = await articleWithSidecar('renamed.txt');
      memory.failNext('rename', (p) => p.endsWith('.tmp'), diskFull);
      const shown = await capturingMessages(async (shown) => {
        await vscode.commands.executeCommand('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'Lavrov arrived'), speaker: null });
        return shown;
      });
      assert.equal(memory.text('/articles/renamed.txt.annotations.json'), old, 'the old sidecar is whole');
      assert.deepEqual([...memory.files.keys()].sort(), ['/articles/renamed.txt', '/articles/renamed.txt.annotations.json'], 'no temporary or moved-aside file is left');
      const error = shown.find((m) => m.severity === 'error');
      assert.match(error?.message ?? '', /could not save the annotations: cannot write renamed\.txt\.annotations\.json: .*ENOSPC.*the file on disk was left as it was/);
    });

    // addToGlossary (Tag Selection as Entity's "Create a new glossary entry") is called directly: the command asks through quick picks
    it('a glossary entry added while the disk is full leaves the glossary whole, and says which file', async () => {
      const glossary = '# kept as written\nentities:\n  - id: a\n    name: A\n    type: person\n';
      memory.put('/glossary.yaml', glossary);
      memory.failNext('writeFile', (p) => p.endsWith('.tmp'), diskFull);
      await assert.rejects(addToGlossary(memory.uri('/glossary.yaml'), { id: 'b', name: 'B', type: 'place' }), /cannot write glossary\.yaml: .*the file on disk was left as it was/);
      assert.equal(memory.text('/glossary.yaml'), glossary);
      await addToGlossary(memory.uri('/glossary.yaml'), { id: 'b', name: 'B', type: 'place' });
      assert.match(memory.text('/glossary.yaml') ?? '', /^# kept as written\n[\s\S]*id: b\n/);
    });

    it('a disk that fills up while the new sidecar is written leaves the old one whole', async () => {
      const { document, old } = await articleWithSidecar('full.txt');
      memory.failNext('writeFile', (p) => p.endsWith('.tmp'), diskFull);
      const shown = await capturingMessages(async (shown) => {
        await vscode.commands.executeCommand('newsmark.exportAnnotations', { uri: document.uri, formats: ['json'] });
        return shown;
      });
      assert.equal(memory.text('/articles/full.txt.annotations.json'), old);
      assert.ok(shown.some((m) => m.severity === 'error' && /full\.txt\.annotations\.json/.test(m.message)), JSON.stringify(shown));
      // and once the disk has room again, the next write goes through
      await vscode.commands.executeCommand('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'Lavrov arrived'), speaker: null });
      assert.notEqual(memory.text('/articles/full.txt.annotations.json'), old);
    });
  });

  it('exports fired together, and a tag among them, never interleave: the sidecars are whole and hold the tag', async () => {
    const article = workspaceUri('safe/race.txt');
    await writeText(article, TEXT);
    const document = await openIn(article);
    const exportAll = () => vscode.commands.executeCommand<string[]>('newsmark.exportAnnotations', { uri: article, formats: ['json', 'w3c', 'brat'] });
    const tag = vscode.commands.executeCommand<string>('newsmark.tagQuote', { uri: article, range: rangeOf(document, 'the talks with Armenia were useful and frank.'), speaker: 'sergey-lavrov' });
    const [, , , id] = await Promise.all([exportAll(), exportAll(), exportAll(), tag, exportAll(), exportAll()]);
    const sidecar = JSON.parse(await readText(workspaceUri('safe/race.txt.annotations.json')));
    assert.equal(sidecar.format, 'newsmark.annotations');
    assert.ok(sidecar.annotations.some((a: { id: string }) => a.id === id), 'the tag is in the sidecar');
    const w3c = JSON.parse(await readText(workspaceUri('safe/race.txt.annotations.jsonld')));
    assert.ok(w3c.first.items.some((a: { id: string }) => a.id.endsWith(id)), 'and in the W3C sidecar written after it');
    assert.ok(await exists(workspaceUri('safe/race.ann')));
    const left = (await vscode.workspace.fs.readDirectory(workspaceUri('safe'))).map(([n]) => n);
    assert.deepEqual(left.filter((n) => n.endsWith('.tmp')), []);
  });
});
