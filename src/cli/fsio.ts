// The CLI's file system: reading articles and glossaries, finding them in
// folders, and writing sidecars atomically.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';
import { isArticleFileName, isGlossaryFileName, SKIPPED_FOLDERS } from '../core/fileKinds';
import { badInput, CliError, describeFsError } from './errors';

export function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw badInput(`${file}: cannot read: ${describeFsError(e)}`);
  }
}

/** Every file under `folder` whose name `accept`s, sorted, skipping hidden and build folders. */
export function walk(folder: string, accept: (name: string) => boolean): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw badInput(`${dir}: cannot read folder: ${describeFsError(e)}`);
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) visit(path.join(dir, entry.name));
      } else if (entry.isFile() && accept(entry.name)) {
        found.push(path.join(dir, entry.name));
      }
    }
  };
  visit(folder);
  return found.sort();
}

/** The file's SHA-256 in hex, for the sidecar's `source` (synchronous: Web Crypto's digest costs a thread-pool round trip per article). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export const findArticles = (folder: string): string[] => walk(folder, isArticleFileName);
export const findGlossaries = (folder: string): string[] => walk(folder, isGlossaryFileName);

/**
 * Writes through a temporary file in the same folder and a rename, so a
 * reader never sees half a sidecar and a failure leaves the old file whole.
 * (Unlike the editor, it does not fsync before the rename: that costs a
 * batch of thousands of sidecars dearly, and ext4 and btrfs write a file
 * renamed over another out with the rename.) Synchronous: a folder of
 * articles is written from a thread of its own (see backgroundWrites.ts),
 * and there each of Node's asynchronous calls would be a hand-over to yet
 * another thread.
 */
export function writeAtomic(file: string, content: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${threadId}.${(tmpCounter++).toString(36)}.tmp`);
  try {
    // 'wx': never reuse (or follow a link at) a name someone else made
    fs.writeFileSync(tmp, content, { flag: 'wx' });
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the original is untouched either way, and the failure to report is the write's
    }
    throw badInput(`${file}: cannot write: ${describeFsError(e)}; the file on disk was left as it was`);
  }
}

export interface FileToWrite {
  readonly file: string;
  readonly content: string;
}

/** Writes each file with writeAtomic; one that fails is reported, and the next is written all the same. */
export function writeEach(files: readonly FileToWrite[], report: (e: CliError) => void): void {
  for (const f of files) {
    try {
      writeAtomic(f.file, f.content);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      report(e);
    }
  }
}

/** Distinguishes the temporary files of one process and thread. */
let tmpCounter = 0;

/**
 * The output folders of one run, each made once and listed once, before this
 * run writes to it. Asking per article whether a sidecar is there (a stat)
 * while the write queue creates files in the same folder waits on the
 * folder's lock: it took 1.2 s of a 2 s run over 2,000 articles.
 */
export class OutputFolders {
  private readonly listed = new Map<string, ReadonlySet<string>>();
  private readonly made = new Set<string>();

  /** The names `folder` held when first asked (none when it does not exist yet). */
  namesIn(folder: string): ReadonlySet<string> {
    let names = this.listed.get(folder);
    if (!names) {
      try {
        names = new Set(fs.readdirSync(folder));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw badInput(`${folder}: cannot read the output folder: ${describeFsError(e)}`);
        names = new Set();
      }
      this.listed.set(folder, names);
    }
    return names;
  }

  /** Makes `folder` (and its parents) once. */
  make(folder: string): void {
    if (this.made.has(folder)) return;
    ensureFolder(folder);
    this.made.add(folder);
  }
}

export function ensureFolder(folder: string): void {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw badInput(`${folder}: cannot create the output folder: ${describeFsError(e)}`);
  }
}

export function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch (e) {
    throw badInput(`${p}: ${describeFsError(e)}`);
  }
}
