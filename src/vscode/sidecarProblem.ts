// Telling the reader that an article's native sidecar cannot be read, and
// offering the two ways out: open it to fix it, or set it aside and start a
// fresh one. The file itself is never overwritten.

import * as vscode from 'vscode';

const OPEN = 'Open Sidecar';
const FRESH = 'Start a Fresh Sidecar';

/** Where in the sidecar a JSON problem is ("…json: line 3, column 5: …"), 0-based; the start otherwise. */
export function problemPosition(problem: string): vscode.Position {
  const m = /: line (\d+), column (\d+):/.exec(problem);
  return m ? new vscode.Position(Number(m[1]) - 1, Number(m[2]) - 1) : new vscode.Position(0, 0);
}

/** Shows `message` with the actions that fix an unreadable sidecar, and runs the one picked. */
export async function offerSidecarFix(message: string, article: vscode.Uri, sidecar: vscode.Uri, problem: string): Promise<void> {
  const picked = await vscode.window.showWarningMessage(message, OPEN, FRESH);
  if (picked === OPEN) {
    const at = problemPosition(problem);
    await vscode.window.showTextDocument(sidecar, { selection: new vscode.Range(at, at) });
  } else if (picked === FRESH) {
    await vscode.commands.executeCommand('newsmark.startFreshSidecar', { uri: article });
  }
}

export function unreadableMessage(problem: string): string {
  return `Newsmark cannot read ${problem}. The file is kept as it is and never overwritten; manual tags cannot be saved until it is fixed or set aside.`;
}
