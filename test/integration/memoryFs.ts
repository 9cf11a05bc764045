// An in-memory file system for the integration tests, whose writes and renames can be made to
// fail on purpose: the way to test what the extension does when a write fails midway on a
// file system that is not the local disk (virtual and web workspaces).
import * as vscode from 'vscode';

export type FailingOp = 'writeFile' | 'rename';

export class MemoryFs implements vscode.FileSystemProvider {
  readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  private readonly dirs = new Set<string>(['/']);
  private readonly failures: { op: FailingOp; test: (path: string) => boolean; error: () => Error }[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  private clock = 1;
  readonly onDidChangeFile = this.changed.event;

  constructor(readonly scheme: string) {}

  uri(path: string): vscode.Uri {
    return vscode.Uri.from({ scheme: this.scheme, path });
  }

  /** Makes the next `op` on a path that passes `test` fail with `error`. */
  failNext(op: FailingOp, test: (path: string) => boolean, error: () => Error): void {
    this.failures.push({ op, test, error });
  }

  text(path: string): string | undefined {
    const f = this.files.get(path);
    return f && new TextDecoder().decode(f.bytes);
  }

  put(path: string, text: string): void {
    this.mkdirs(parent(path));
    this.files.set(path, { bytes: new TextEncoder().encode(text), mtime: this.clock++ });
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const f = this.files.get(uri.path);
    if (f) return { type: vscode.FileType.File, ctime: 0, mtime: f.mtime, size: f.bytes.length };
    if (this.dirs.has(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path.endsWith('/') ? uri.path : uri.path + '/';
    const out: [string, vscode.FileType][] = [];
    for (const p of this.files.keys()) if (parent(p) + '/' === prefix || (prefix === '/' && parent(p) === '')) out.push([p.slice(prefix.length), vscode.FileType.File]);
    for (const d of this.dirs) if (d !== uri.path && parent(d) + '/' === prefix) out.push([d.slice(prefix.length), vscode.FileType.Directory]);
    return out;
  }

  createDirectory(uri: vscode.Uri): void {
    this.mkdirs(uri.path);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const f = this.files.get(uri.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(uri);
    return f.bytes;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    this.failIfAsked('writeFile', uri.path);
    const exists = this.files.has(uri.path);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (!this.dirs.has(parent(uri.path) || '/')) throw vscode.FileSystemError.FileNotFound(uri);
    this.files.set(uri.path, { bytes: content.slice(), mtime: this.clock++ });
    this.changed.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    this.failIfAsked('rename', from.path);
    const f = this.files.get(from.path);
    if (!f) throw vscode.FileSystemError.FileNotFound(from);
    if (this.files.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.files.delete(from.path);
    this.files.set(to.path, f);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to }]);
  }

  private failIfAsked(op: FailingOp, path: string): void {
    const i = this.failures.findIndex((f) => f.op === op && f.test(path));
    if (i >= 0) throw this.failures.splice(i, 1)[0]!.error();
  }

  private mkdirs(path: string): void {
    for (let p = path; p && p !== '/'; p = parent(p)) this.dirs.add(p);
  }
}

function parent(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}
