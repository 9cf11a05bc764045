// `newsmark check`: every problem of the named glossary files, one per line.

import { formatProblem } from '../core/glossary';
import type { Command } from './args';
import type { Output } from './annotateCommand';
import { loadGlossary } from './glossary';

export function checkCommand(args: Extract<Command, { command: 'check' }>, io: Output): number {
  const glossary = loadGlossary(args.glossaries);
  for (const p of glossary.problems) io.out(formatProblem(p));
  const errors = glossary.problems.filter((p) => p.severity === 'error').length;
  const warnings = glossary.problems.length - errors;
  const summary = `${args.glossaries.length} file${args.glossaries.length === 1 ? '' : 's'}, ${glossary.entities.length} entities: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  io.err(errors ? io.errStyle.red(summary) : io.errStyle.green(summary));
  return errors ? 1 : 0;
}
