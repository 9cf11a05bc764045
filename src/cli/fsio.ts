// The CLI's file system: reading articles and glossaries, finding them in
// folders, and writing sidecars atomically.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { isArticleFileName, isGlossaryFileName, SKIPPED_FOLDERS } from '../core/fileKinds';
import { badInput, describeFsError } from './errors';

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

export const findArticles = (folder: string): string[] => walk(folder, isArticleFileName);
export const findGlossaries = (folder: string): string[] => walk(folder, isGlossaryFileName);

/**
 * Writes through a temporary file in the same folder and a rename, so a
 * reader never sees half a sidecar and a failure leaves the old file whole.
 */
export function writeAtomic(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // the temporary file may not exist; the original is untouched either way
    }
    throw badInput(`${file}: cannot write: ${describeFsError(e)}`);
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
