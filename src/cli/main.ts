// The `newsmark` command: a thin shell of argument parsing and file I/O over
// the same core the extension uses. Exit codes: 0 done, 1 bad input, 2 usage.

import { annotateCommand, type Output } from './annotateCommand';
import { parseArgs, USAGE } from './args';
import { checkCommand } from './checkCommand';
import { CliError } from './errors';
import { styleFor } from './style';

declare const NEWSMARK_VERSION: string | undefined;

export async function main(argv: readonly string[]): Promise<number> {
  const io: Output = {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    outStyle: styleFor(process.stdout),
    errStyle: styleFor(process.stderr),
  };
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        io.out(USAGE);
        return 0;
      case 'version':
        io.out(typeof NEWSMARK_VERSION === 'string' ? NEWSMARK_VERSION : 'dev');
        return 0;
      case 'check':
        return checkCommand(command, io);
      case 'annotate':
        return await annotateCommand(command, io);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`newsmark: ${e.message}`);
      if (e.exitCode === 2) io.err('run "newsmark --help" for usage');
      return e.exitCode;
    }
    // A bug of ours: one line for the reader, the stack only on request.
    io.err(`newsmark: internal error: ${e instanceof Error ? e.message : String(e)} (set NEWSMARK_DEBUG=1 for details)`);
    if (process.env.NEWSMARK_DEBUG) io.err(String(e instanceof Error ? e.stack : e));
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 1;
    },
  );
}
