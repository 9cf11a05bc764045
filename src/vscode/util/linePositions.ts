// Editor positions of offsets in one version of an article's text. A refresh
// turns some 20,000 offsets into positions; from the line starts of the text,
// with the line of the previous lookup tried first (annotations come in text
// order, and most end on the line they start on), that costs a fraction of
// 20,000 TextDocument.positionAt calls.

import * as vscode from 'vscode';
import type { TextEdit } from '../../core/engine/analysis';
import { lineOf, lineStarts, lineStartsAfterEdit } from '../../core/lines';

/** Lines stepped over before a lookup falls back to a binary search. */
const FORWARD_STEPS = 8;

export class LinePositions {
  private readonly starts: readonly number[];
  private line = 0;

  private readonly length: number;

  constructor(text: string, starts: readonly number[] = lineStarts(text)) {
    this.starts = starts;
    this.length = text.length;
  }

  /** The positions in `text`, this text after `edit`: its line breaks are read only where it changed. */
  afterEdit(text: string, edit: TextEdit): LinePositions {
    return new LinePositions(text, lineStartsAfterEdit(this.starts, text, edit));
  }

  /** The range of text[start, end); `reuse` itself when it is that range already. */
  range(start: number, end: number, reuse?: vscode.Range): vscode.Range {
    const startLine = this.lineOf(start);
    const startChar = start - this.starts[startLine]!;
    const endLine = this.lineOf(end);
    const endChar = end - this.starts[endLine]!;
    if (reuse && reuse.start.line === startLine && reuse.start.character === startChar && reuse.end.line === endLine && reuse.end.character === endChar) return reuse;
    return new vscode.Range(startLine, startChar, endLine, endChar);
  }

  /** The line holding `offset` (clamped to the text, as TextDocument.positionAt does). */
  private lineOf(offset: number): number {
    const starts = this.starts;
    offset = Math.max(0, Math.min(offset, this.length));
    let line = this.line;
    if (starts[line]! <= offset) {
      // Annotations come in text order a few lines apart: stepping over the next lines finds most
      // of them sooner than a binary search over thousands of lines (each a cache miss or two).
      for (let steps = 0; line + 1 < starts.length && starts[line + 1]! <= offset; line++) {
        if (++steps > FORWARD_STEPS) return (this.line = lineOf(starts, offset));
      }
      return (this.line = line);
    }
    return (this.line = lineOf(starts, offset));
  }
}
