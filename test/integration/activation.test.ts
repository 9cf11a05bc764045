import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, newsmark, waitFor, workspaceUri } from './helpers';

describe('activation', () => {
  it('the extension under development is installed', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not loaded`);
  });

  // This file's tests run first (the suite runs its files in name order): VS Code activated the
  // extension at start-up, for the workspace's glossary, and no test has shown an article yet.
  it('does no matching until an article is visible', async () => {
    const api = await newsmark();
    await api.ready();
    assert.ok(api.glossary().entities.length > 0, 'the glossary is loaded');
    assert.deepEqual(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()), []);
    assert.equal(api.stats().analyses, 0, 'no article analysed before one is visible');
  });

  // newsmark() waits for VS Code to activate the extension by itself: extension.activate()
  // would activate it whatever its activation events say, and prove nothing.
  it('is active once a plain-text article of the workspace is open', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('articles/lavrov.txt'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    const api = await newsmark();
    assert.equal(api.version, 1);
    await waitFor(() => api.stats().analyses === 1, 'the visible article to be analysed, once');
  });
});
