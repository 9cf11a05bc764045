/** An error the CLI reports as one line and an exit code, never as a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
  }
}

/** Bad input: a file that is missing, unreadable, or not what it should be (exit 1). */
export const badInput = (message: string): CliError => new CliError(message, 1);
/** Wrong usage: unknown option, missing value, conflicting options (exit 2). */
export const usageError = (message: string): CliError => new CliError(message, 2);

export { describeFsError } from '../core/fsErrors';
