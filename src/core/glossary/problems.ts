// Glossary problems: collected as text offsets while reading, placed on
// lines and columns once at the end.

import type { LineIndex } from './lineIndex';

export type Severity = 'error' | 'warning';

export interface GlossaryProblem {
  readonly file: string;
  /** 0-based line and UTF-16 column, start and end of the offending node (end may equal start) */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  /** Says what is wrong and how to fix it, e.g. "entity 'sergey-lavrov': missing required field 'type'". */
  readonly message: string;
}

export interface OffsetProblem {
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  readonly message: string;
}

export interface Spanned {
  readonly start: number;
  readonly end: number;
}

export class ProblemSink {
  readonly found: OffsetProblem[] = [];

  error(at: Spanned, message: string): void {
    this.found.push({ start: at.start, end: at.end, severity: 'error', message });
  }

  warning(at: Spanned, message: string): void {
    this.found.push({ start: at.start, end: at.end, severity: 'warning', message });
  }

  add(problems: readonly OffsetProblem[]): void {
    for (const p of problems) this.found.push(p);
  }
}

/** The problems in text order, with lines and columns. */
export function placeProblems(file: string, lines: LineIndex, problems: readonly OffsetProblem[]): GlossaryProblem[] {
  return [...problems]
    .sort((a, b) => a.start - b.start)
    .map(p => {
      const start = lines.position(p.start);
      const end = lines.position(p.end);
      return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity: p.severity, message: p.message };
    });
}

/** "file:line:col: severity: message" with 1-based line and column, as `newsmark check` prints. */
export function formatProblem(p: GlossaryProblem): string {
  return `${p.file}:${p.line + 1}:${p.column + 1}: ${p.severity}: ${p.message}`;
}
