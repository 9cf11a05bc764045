// Loads glossary files for the CLI: explicit -g files, or those found under
// the current folder as the editor finds them in a workspace.

import * as path from 'node:path';
import { mergeGlossaries, parseGlossaryFile, type Glossary, type GlossaryFile } from '../core/glossary';
import { decodeArticle } from '../core/decode';
import { readBytes } from './fsio';
import { badInput } from './errors';

export function readGlossaryFile(file: string): GlossaryFile {
  return glossaryFileOf(file, readBytes(file));
}

/** The glossary in `bytes`, read from `file`. */
export function glossaryFileOf(file: string, bytes: Uint8Array): GlossaryFile {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw badInput(`${file}: ${decoded.reason}`);
  return parseGlossaryFile(displayPath(file), decoded.text);
}

export function loadGlossary(files: readonly string[]): Glossary {
  return mergeGlossaries(files.map(readGlossaryFile));
}

/** Paths as the user would type them: relative to the current folder when inside it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
