import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openArticle, readText, waitFor, workspaceUri, writeText } from './helpers';

const EXTRA = workspaceUri('extra.glossary.yaml');

describe('the glossary', () => {
  let original = '';
  before(async () => {
    original = await readText(EXTRA);
  });
  afterEach(async () => {
    await closeAll();
    await writeText(EXTRA, original);
  });

  it('a glossary file changed on disk re-annotates the open articles', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    const yerevan = () => api.annotations(document.uri)!.filter((a) => a.kind === 'entity' && a.entity === 'yerevan').length;
    assert.equal(yerevan(), 0);
    await writeText(EXTRA, original + '  - id: yerevan\n    name: Yerevan\n    type: place\n');
    await waitFor(() => yerevan() === 3, 'the three mentions of Yerevan to be annotated');
  });

  it('typing in an open glossary re-annotates without saving', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    const glossary = await vscode.workspace.openTextDocument(EXTRA);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(EXTRA, glossary.positionAt(glossary.getText().length), '  - id: baku\n    name: Baku\n    type: place\n');
    await vscode.workspace.applyEdit(edit);
    await waitFor(() => api.annotations(document.uri)!.some((a) => a.kind === 'entity' && a.entity === 'baku'), 'Baku to be annotated');
    // put the document back as it was, saved, so the next test's writes to the file do not conflict
    const undo = new vscode.WorkspaceEdit();
    undo.replace(EXTRA, new vscode.Range(glossary.positionAt(0), glossary.positionAt(glossary.getText().length)), original);
    await vscode.workspace.applyEdit(undo);
    await glossary.save();
    await waitFor(() => !api.annotations(document.uri)!.some((a) => a.kind === 'entity' && a.entity === 'baku'), 'Baku to be gone again');
  });

  it('a broken glossary shows its problems at their place while the last good one stays in use', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    const moscow = () => api.annotations(document.uri)!.some((a) => a.kind === 'entity' && a.entity === 'moscow');
    await waitFor(moscow, 'Moscow annotated');
    await writeText(EXTRA, 'entities:\n  - id: moscow\n    name: [Moscow\n');
    const diagnostics = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(EXTRA);
      return d.length ? d : undefined;
    }, 'diagnostics on the glossary');
    assert.equal(diagnostics[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diagnostics[0]!.range.start.line >= 2, `at line ${diagnostics[0]!.range.start.line}`);
    assert.ok(moscow(), 'the last good glossary is still in use');

    await writeText(EXTRA, 'entities:\n  - id: moscow\n    name: Moscow\n    type: plaice\n');
    const typo = await waitFor(() => vscode.languages.getDiagnostics(EXTRA).find((d) => /plaice/.test(d.message)), 'the unknown type reported');
    assert.equal(typo.range.start.line, 3);

    await writeText(EXTRA, original);
    await waitFor(() => vscode.languages.getDiagnostics(EXTRA).length === 0, 'the problems cleared');
  });
});
