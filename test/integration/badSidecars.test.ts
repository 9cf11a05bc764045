// A native sidecar Newsmark cannot read (cut short, not JSON, written by a newer Newsmark, or with
// offsets beyond the article) is kept byte for byte whatever the reader does, reported with its
// file and the reason, and set aside only when the reader asks for a fresh one.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { capturingMessages, closeAll, newsmark, rangeOf, readText, waitFor, workspaceUri, writeText, type ShownMessage } from './helpers';

const TEXT = 'Lavrov arrived in Yerevan.\nLavrov said "the talks with Armenia were useful and frank."\n';

function sidecar(change: (doc: { version: number; annotations: { end: number }[] }) => void = () => undefined): string {
  const doc = {
    format: 'newsmark.annotations',
    version: 1,
    source: { file: 'x.txt', sha256: '0'.repeat(64), length: TEXT.length },
    annotations: [{ id: 'manual-keep', kind: 'entity', type: 'person', entity: 'sergey-lavrov', start: 0, end: 6, text: 'Lavrov', origin: 'manual' }],
  };
  change(doc);
  return JSON.stringify(doc, null, 2) + '\n';
}

const BAD: { kind: string; content: string; reason: RegExp }[] = [
  { kind: 'truncated', content: sidecar().slice(0, 150), reason: /line \d+, column \d+: truncated: the file ends inside/ },
  { kind: 'not JSON', content: '<html><body>502 Bad Gateway</body></html>\n', reason: /line 1, column 1: not JSON: '<' cannot start a JSON document/ },
  { kind: 'of a newer version', content: sidecar((d) => (d.version = 2)), reason: /version 2 is newer than this Newsmark understands/ },
  { kind: 'with offsets beyond the text', content: sidecar((d) => (d.annotations[0]!.end = TEXT.length + 50)), reason: new RegExp(`annotation 1: end ${TEXT.length + 50} beyond the text's ${TEXT.length} code points`) },
];

/** Opens the article, waiting for Newsmark to have tried its sidecar; returns what it said meanwhile. */
async function openWithBadSidecar(name: string, content: string): Promise<{ document: vscode.TextDocument; shown: ShownMessage[] }> {
  await writeText(workspaceUri(`bad/${name}`), TEXT);
  await writeText(workspaceUri(`bad/${name}.annotations.json`), content);
  return capturingMessages(async (shown) => {
    const document = await vscode.workspace.openTextDocument(workspaceUri(`bad/${name}`));
    await vscode.window.showTextDocument(document);
    const api = await newsmark();
    await api.ready();
    await waitFor(() => shown.length, `the notification about ${name}.annotations.json`);
    return { document, shown };
  });
}

describe('an unreadable sidecar', () => {
  afterEach(closeAll);

  BAD.forEach(({ kind, content, reason }, i) => {
    it(`${kind}: is reported with its file and the reason, and kept byte for byte through tag, export and save`, async () => {
      const name = `bad-${i}.txt`;
      const file = workspaceUri(`bad/${name}.annotations.json`);
      const { document, shown } = await openWithBadSidecar(name, content);
      const notice = shown[0]!;
      assert.equal(notice.severity, 'warning');
      assert.ok(notice.message.includes(`${name}.annotations.json: `), notice.message);
      assert.match(notice.message, reason);
      assert.deepEqual(notice.actions, ['Open Sidecar', 'Start a Fresh Sidecar']);

      const problem = await waitFor(() => vscode.languages.getDiagnostics(document.uri).find((d) => d.message.includes(`${name}.annotations.json`)), 'the problem in the Problems panel');
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.match(problem.message, reason);
      assert.equal(problem.relatedInformation?.[0]?.location.uri.toString(), file.toString(), 'it points at the sidecar');

      const attempts = await capturingMessages(async (said) => {
        const tag = await vscode.commands.executeCommand('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'Lavrov arrived'), speaker: null });
        assert.equal(tag, undefined, 'the tag is refused, not kept in memory only');
        const written = await vscode.commands.executeCommand<string[]>('newsmark.exportAnnotations', { uri: document.uri, formats: ['json', 'w3c'] });
        assert.deepEqual(written.map((u) => u.split('/').pop()), [`${name}.annotations.jsonld`], 'the other formats are written');
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, new vscode.Position(0, 0), 'Updated: ');
        await vscode.workspace.applyEdit(edit);
        await document.save();
        return said;
      });
      assert.ok(attempts.some((m) => /cannot save tags of bad-\d\.txt/.test(m.message) && m.actions.includes('Start a Fresh Sidecar')), JSON.stringify(attempts));
      assert.ok(attempts.some((m) => /kept the unreadable sidecar as it was/.test(m.message)), JSON.stringify(attempts));
      assert.equal(await readText(file), content, 'the sidecar is byte for byte what it was');
    });
  });

  it('Start a Fresh Sidecar moves it aside, byte for byte, and writes a fresh one that tags then go to', async () => {
    const { content } = BAD[2]!;
    const { document } = await openWithBadSidecar('fresh.txt', content);
    const result = await capturingMessages(async () => vscode.commands.executeCommand<{ aside: string; fresh: string }>('newsmark.startFreshSidecar', { uri: document.uri }));
    assert.match(result.aside, /\/bad\/fresh\.txt\.annotations\.json\.bad-\d{8}T\d{6}Z$/);
    assert.equal(await readText(vscode.Uri.parse(result.aside)), content, 'the old file is kept whole under the new name');
    const fresh = JSON.parse(await readText(workspaceUri('bad/fresh.txt.annotations.json')));
    assert.deepEqual([fresh.format, fresh.version], ['newsmark.annotations', 1]);
    await waitFor(() => !vscode.languages.getDiagnostics(document.uri).some((d) => /annotations\.json/.test(d.message)), 'the problem cleared');
    const id = await vscode.commands.executeCommand<string>('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'Lavrov arrived'), speaker: null });
    assert.match(id, /^manual-/);
    const saved = JSON.parse(await readText(workspaceUri('bad/fresh.txt.annotations.json')));
    assert.ok(saved.annotations.some((a: { id: string }) => a.id === id));
  });

  it('a sidecar fixed by hand while the article is open is read again, with its manual tags', async () => {
    const { document } = await openWithBadSidecar('fixed.txt', BAD[0]!.content);
    const api = await newsmark();
    await writeText(workspaceUri('bad/fixed.txt.annotations.json'), sidecar());
    await waitFor(() => api.annotations(document.uri)?.some((a) => a.id === 'manual-keep'), 'the manual tag of the fixed sidecar');
    await waitFor(() => vscode.languages.getDiagnostics(document.uri).length === 0, 'the problem cleared');
  });
});
