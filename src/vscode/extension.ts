import * as vscode from 'vscode';

/** What `activate()` returns: tests and other extensions read Newsmark's model through it. */
export interface NewsmarkApi {
  readonly version: 1;
}

export function activate(_context: vscode.ExtensionContext): NewsmarkApi {
  return { version: 1 };
}

export function deactivate(): void {}
