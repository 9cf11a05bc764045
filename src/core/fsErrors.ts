// A file system error in words a reader understands ("permission denied",
// not "EACCES"), for the CLI and the editor alike. Pure: it only reads the
// error's `code`, which Node and VS Code's local file system both set.

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
