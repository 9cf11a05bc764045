import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, newsmark, workspaceUri } from './helpers';

describe('activation', () => {
  it('the extension under development is installed', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not loaded`);
  });

  // newsmark() waits for VS Code to activate the extension by itself: extension.activate()
  // would activate it whatever its activation events say, and prove nothing.
  it('is active once a plain-text article of the workspace is open', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('articles/lavrov.txt'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext');
    const api = await newsmark();
    assert.equal(api.version, 1);
  });
});
