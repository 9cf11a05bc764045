// Shared steps of the integration tests, which run inside a real VS Code.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/vscode/extension';

export const EXTENSION_ID = 'newsmark.newsmark';

export function workspaceUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openArticle(relativePath: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor; api: NewsmarkApi }> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  const editor = await vscode.window.showTextDocument(document);
  const api = await newsmark();
  await api.ready();
  await waitFor(() => api.annotations(document.uri)?.length, `annotations of ${relativePath}`);
  return { document, editor, api };
}

/** The API of the extension once VS Code activated it by itself. */
export async function newsmark(timeoutMs = 10_000): Promise<NewsmarkApi> {
  const extension = vscode.extensions.getExtension<NewsmarkApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  await waitFor(() => extension.isActive, `${EXTENSION_ID} to activate`, timeoutMs);
  return extension.exports;
}

/** Polls until `condition` holds; VS Code reports many changes asynchronously. */
export async function waitFor<T>(condition: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Position of the n-th occurrence (0-based) of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, nth = 0, within = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `${needle} (#${nth}) not in ${document.uri.path}`);
  }
  return document.positionAt(at + within);
}

export function rangeOf(document: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const start = positionOf(document, needle, nth);
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + needle.length));
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The hovers' Markdown, with the non-breaking spaces MarkdownString.appendText writes read as spaces. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n').replace(/&nbsp;/g, ' ');
}

export interface ShownMessage {
  readonly severity: 'error' | 'warning' | 'information';
  readonly message: string;
  readonly actions: string[];
}

/**
 * Records the notifications shown while `run` runs (the extension and the tests share one
 * `vscode` API object, so replacing its show*Message functions sees the extension's calls).
 * Notifications are not shown meanwhile; their promises resolve as if dismissed.
 */
export async function capturingMessages<T>(run: (shown: ShownMessage[]) => Promise<T>): Promise<T> {
  const shown: ShownMessage[] = [];
  const window = vscode.window as unknown as Record<string, unknown>;
  const names = { error: 'showErrorMessage', warning: 'showWarningMessage', information: 'showInformationMessage' } as const;
  const originals = Object.values(names).map((name) => [name, window[name]] as const);
  for (const [severity, name] of Object.entries(names) as [ShownMessage['severity'], string][]) {
    window[name] = (message: string, ...rest: unknown[]) => {
      const actions = rest.filter((r): r is string => typeof r === 'string');
      shown.push({ severity, message, actions });
      return Promise.resolve(undefined);
    };
  }
  try {
    return await run(shown);
  } finally {
    for (const [name, original] of originals) window[name] = original;
  }
}
