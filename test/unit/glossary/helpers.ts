import { mergeGlossaries, parseGlossaryFile } from '../../../src/core/glossary';

/** Lines joined with "\n", ending with one. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

export type ProblemRow = [line: number, column: number, endLine: number, endColumn: number, severity: 'error' | 'warning', message: string];

/** The problems of one file as the merged glossary reports them (unknown types need the merge). */
export function problemsOf(text: string, file = 'glossary.yaml'): ProblemRow[] {
  return mergeGlossaries([parseGlossaryFile(file, text)]).problems.map(p => [p.line, p.column, p.endLine, p.endColumn, p.severity, p.message]);
}

export function idsOf(text: string): string[] {
  return mergeGlossaries([parseGlossaryFile('glossary.yaml', text)]).entities.map(e => e.id);
}
