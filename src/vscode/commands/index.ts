// Registers every command, each a small { id, execute } object in its own file.

import * as vscode from 'vscode';
import type { Command, CommandContext } from './context';
import { exportAnnotations } from './exportAnnotations';
import { exportFolder } from './exportFolder';
import { nextAnnotation, previousAnnotation, revealAnnotation, toggleHighlights } from './navigate';
import { openGlossaryEntry } from './openGlossaryEntry';
import { removeAnnotation } from './removeAnnotation';
import { startFreshSidecar } from './startFreshSidecar';
import { tagEntity } from './tagEntity';
import { tagQuote } from './tagQuote';

export const COMMANDS: readonly Command[] = [
  tagQuote, tagEntity, removeAnnotation, exportAnnotations, exportFolder,
  nextAnnotation, previousAnnotation, toggleHighlights, openGlossaryEntry, revealAnnotation, startFreshSidecar,
];

export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return COMMANDS.map((c) => vscode.commands.registerCommand(c.id, (...args: unknown[]) => c.execute(ctx, ...args)));
}
