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

/** "ENOENT" and friends in words a reader understands. */
export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENOTDIR': return 'a part of the path is not a folder';
    case 'EROFS': return 'read-only file system';
    case 'ENOSPC': return 'no space left on the device';
    default: return e instanceof Error ? e.message : String(e);
  }
}
