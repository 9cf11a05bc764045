// Sidecar and glossary writes: a temporary file beside the target, then a
// rename, so a failure midway leaves the old file whole and a reader never
// sees half a file. Writes to one file are queued so two never interleave.
//
// Local files (the `file` scheme in a Node extension host, desktop or
// remote) are written with Node's fs: `vscode.workspace.fs.rename(…,
// { overwrite: true })` is not atomic. VS Code's FileService deletes the
// target first and then renames (and deletes it recursively when it is a
// folder), so a failure between the two loses the old file. Other schemes
// (virtual and web workspaces) go through vscode.workspace.fs, moving the
// old file aside before the new one takes its name, so one of the two is on
// disk under a known name at every moment.

import * as vscode from 'vscode';
import { describeFsError } from '../../core/fsErrors';
import { KeyedQueue } from './keyedQueue';

type NodeFs = typeof import('node:fs/promises');

const writes = new KeyedQueue();

export function writeFileAtomic(uri: vscode.Uri, content: string | Uint8Array): Promise<void> {
  return writes.run(uri.toString(), () => writeNow(uri, content));
}

/** Why a write failed, in words: the file and the reason, and that the old file is as it was. */
export class WriteError extends Error {
  constructor(readonly uri: vscode.Uri, reason: string) {
    super(`cannot write ${baseName(uri)}: ${reason}; the file on disk was left as it was`);
  }
}

async function writeNow(uri: vscode.Uri, content: string | Uint8Array): Promise<void> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const fs = uri.scheme === 'file' ? nodeFs() : undefined;
  try {
    if (fs) await writeLocal(fs, uri, bytes);
    else await writeThroughVscode(uri, bytes);
  } catch (e) {
    throw e instanceof WriteError ? e : new WriteError(uri, describeError(e));
  }
}

async function writeLocal(fs: NodeFs, uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const target = uri.fsPath;
  const existing = await fs.lstat(target).catch(() => undefined);
  if (existing && existing.isDirectory()) throw new WriteError(uri, 'a folder has that name');
  const tmp = tempSibling(uri, 'tmp').fsPath;
  // 'wx': never reuse (or follow a link at) a name someone else made
  const handle = await fs.open(tmp, 'wx');
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync(); // the bytes are on disk before the name points at them
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

async function writeThroughVscode(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const fs = vscode.workspace.fs;
  const existing = await fs.stat(uri).then((s) => s, () => undefined);
  if (existing && !(existing.type & vscode.FileType.File)) throw new WriteError(uri, 'a folder has that name');
  const tmp = tempSibling(uri, 'tmp');
  await fs.writeFile(tmp, bytes);
  const aside = existing ? tempSibling(uri, 'old') : undefined;
  try {
    if (aside) await fs.rename(uri, aside, { overwrite: false });
  } catch (e) {
    await fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
  try {
    await fs.rename(tmp, uri, { overwrite: false });
  } catch (e) {
    if (aside) await fs.rename(aside, uri, { overwrite: false }).then(undefined, () => undefined);
    await fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
  if (aside) await fs.delete(aside).then(undefined, () => undefined);
}

/** Node's fs in a Node extension host; undefined in a browser one. */
function nodeFs(): NodeFs | undefined {
  if (typeof process !== 'object' || typeof process.versions?.node !== 'string') return undefined;
  try {
    // required lazily: the web build marks node:* external and never gets here
    return require('node:fs/promises') as NodeFs;
  } catch {
    return undefined;
  }
}

function tempSibling(uri: vscode.Uri, kind: 'tmp' | 'old'): vscode.Uri {
  const random = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return vscode.Uri.joinPath(uri, '..', `.${baseName(uri)}.${random}.${kind}`);
}

function describeError(e: unknown): string {
  if (e instanceof vscode.FileSystemError) {
    if (e.code === 'NoPermissions') return 'permission denied';
    if (e.code === 'FileNotFound') return 'no such file or folder';
  }
  return describeFsError(e);
}

export async function readFileIfExists(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

export function siblingUri(uri: vscode.Uri, name: string): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..', name);
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
