// Restricted Mode (a workspace the user has not trusted). Newsmark only
// reads text and writes data the reader asks for, and runs nothing from the
// workspace, so it keeps working there. What it does not take from an
// untrusted workspace are the settings that choose which files it reads and
// how much work it takes on: VS Code ignores the workspace's values of the
// `restrictedConfigurations` in package.json, and this says so.

import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/** The settings in package.json's `capabilities.untrustedWorkspaces.restrictedConfigurations`. */
export const RESTRICTED_SETTINGS = ['newsmark.glossary.files', 'newsmark.maxFileSize', 'newsmark.decorations.max'] as const;

/** A line for the status bar's tooltip in Restricted Mode; undefined in a trusted workspace. */
export function restrictedModeNote(): string | undefined {
  if (vscode.workspace.isTrusted) return undefined;
  return `Restricted Mode: Newsmark reads, highlights and exports as usual, but ignores this workspace's ${RESTRICTED_SETTINGS.join(', ')} (it uses your user settings).`;
}

/** Re-reads the settings when the reader trusts the workspace: its restricted values now count. */
export class RestrictedMode extends Disposable {
  constructor(onTrusted: () => void) {
    super();
    // VS Code hides a restricted setting's workspace value even from inspect(), so Newsmark cannot
    // tell whether the workspace sets one: the status bar's tooltip says what is ignored instead
    this.register(vscode.workspace.onDidGrantWorkspaceTrust(onTrusted));
  }
}
