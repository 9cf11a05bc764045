// Past the decoration cap or the size limit Newsmark shows less than it found:
// the status bar must say so, never silently. The settings are lowered in the
// workspace and restored after each test.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openArticle, waitFor } from './helpers';

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsmark').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('limits are shown, never silent', () => {
  afterEach(async () => {
    await setting('decorations.max', undefined);
    await setting('maxFileSize', undefined);
    await closeAll();
  });

  it('past newsmark.decorations.max the status bar says how many annotations are not highlighted', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    const total = api.annotations(document.uri)!.length;
    assert.ok(total > 3);
    await setting('decorations.max', 3);
    const applied = await waitFor(() => (api.decorations(document.uri)?.hidden ? api.decorations(document.uri) : undefined), 'the cap to hide annotations');
    assert.equal(applied.hidden, total - 3);
    const painted = Object.entries(applied.ranges).filter(([key]) => key !== 'speaker').reduce((n, [, ranges]) => n + ranges.length, 0);
    assert.equal(painted, 3, 'only the first 3 annotations are painted');
    const status = await waitFor(() => (api.status().text.includes('not highlighted') ? api.status() : undefined), 'the status bar to tell');
    assert.ok(status.visible);
    assert.ok(status.text.startsWith('$(warning)'), status.text);
    assert.ok(status.text.includes(`${total - 3} not highlighted`), status.text);
    assert.match(status.tooltip, /newsmark\.decorations\.max/);

    await setting('decorations.max', undefined);
    await waitFor(() => api.decorations(document.uri)?.hidden === 0 && !api.status().text.includes('not highlighted'), 'the cap to be lifted');
  });

  it('an article longer than newsmark.maxFileSize is not annotated, and the status bar says so', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    await setting('maxFileSize', 100);
    const status = await waitFor(() => (api.status().text.includes('not annotated') ? api.status() : undefined), 'the status bar to tell');
    assert.ok(status.visible);
    assert.equal(status.text, `$(warning) Newsmark: not annotated, ${document.getText().length} characters > 100 characters`);
    assert.match(status.tooltip, /newsmark\.maxFileSize/);
    assert.deepEqual(api.annotations(document.uri), []);
    const applied = await waitFor(() => api.decorations(document.uri), 'decorations');
    assert.equal(Object.values(applied.ranges).flat().length, 0, 'nothing painted');

    await setting('maxFileSize', undefined);
    await waitFor(() => api.annotations(document.uri)?.length && !api.status().text.includes('not annotated'), 'the article to be annotated again');
  });
});
