// Workspace trust. The ordinary run starts code-server with --disable-workspace-trust, so every
// workspace is trusted there; `npm run test:integration` then runs the tests below named
// "Restricted Mode" a second time with trust on and this workspace untrusted
// (NEWSMARK_TEST_RESTRICTED=1 in scripts/run-code-server-tests.js).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { RESTRICTED_SETTINGS, restrictedModeNote } from '../../src/vscode/features/restrictedMode';
import { closeAll, EXTENSION_ID, openArticle, waitFor, workspaceUri, writeText } from './helpers';

describe('workspace trust', () => {
  it('package.json declares limited support in untrusted workspaces, restricting the settings the extension names', () => {
    const trust = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    assert.ok(trust.description.length > 40);
    assert.deepEqual(trust.restrictedConfigurations, [...RESTRICTED_SETTINGS]);
  });
});

describe('Restricted Mode', function () {
  before(function () {
    if (vscode.workspace.isTrusted) this.skip(); // the ordinary, trusted run
  });
  after(closeAll);

  it('reads and highlights articles as usual', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const { document, api } = await openArticle('articles/lavrov.txt');
    assert.ok(api.annotations(document.uri)!.some((a) => a.kind === 'entity' && a.entity === 'sergey-lavrov'));
    assert.equal(api.skipped(document.uri), undefined);
  });

  it('ignores the workspace\'s restricted settings, and says so in the status bar tooltip', async () => {
    await writeText(workspaceUri('.vscode/settings.json'), JSON.stringify({ 'newsmark.maxFileSize': 10, 'newsmark.glossary.files': ['nowhere/*.yaml'], 'newsmark.decorations.max': 1, 'newsmark.updateDelay': 7 }));
    const config = () => vscode.workspace.getConfiguration('newsmark');
    // newsmark.updateDelay is not restricted: once it reads 7, VS Code has read the file
    await waitFor(() => config().get('updateDelay') === 7, 'VS Code to read the workspace settings');
    assert.equal(config().get('maxFileSize'), 5242880, 'the default, not the workspace value');
    assert.deepEqual(config().get('glossary.files'), config().inspect('glossary.files')?.defaultValue);
    const { document, api } = await openArticle('articles/second.txt');
    assert.equal(api.skipped(document.uri), undefined, 'a workspace cannot shrink the size limit to switch Newsmark off');
    assert.ok(api.glossary().entities.includes('sergey-lavrov'), 'nor point it at other glossary files');
    assert.match(restrictedModeNote() ?? '', /^Restricted Mode: .*newsmark\.glossary\.files, newsmark\.maxFileSize, newsmark\.decorations\.max/);
  });

  it('writes the sidecars the reader asks for', async () => {
    const { document } = await openArticle('articles/lavrov.txt');
    const written = await vscode.commands.executeCommand<string[]>('newsmark.exportAnnotations', { uri: document.uri, formats: ['json'] });
    assert.equal(written.length, 1);
  });
});
