// Keeps a compiled glossary between runs of the CLI. Reading and compiling a
// 10,000-entry glossary is most of what a run over a folder costs before its
// first article (a third of a second on the development machine, cold code
// included); reading it back from a cache costs a tenth of that. A newsroom
// runs the CLI again and again over new folders with the same glossary.
//
// An entry is found by a key over everything its content depends on: the
// glossary files' paths and bytes, the folder the run is in (problems name
// files relative to it), this build of Newsmark and the Node version. A
// cache that cannot be read, or holds something else, is ignored and
// rebuilt; a cache that cannot be written is ignored too. It is never
// worth failing a run.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { compiledGlossaryWith, type CompiledGlossary } from '../core/engine/compiledGlossary';
import { mergeGlossaries, type Glossary } from '../core/glossary';
import { matcherFromParts, matcherParts, type MatcherParts } from '../core/matching';
import { readBytes, writeAtomic } from './fsio';
import { glossaryFileOf } from './glossary';

/** Bumped whenever what an entry holds changes shape. */
const FORMAT = 1;
/** Entries kept: the glossaries of a few projects, a few megabytes each. */
const KEPT = 8;
const SUFFIX = '.glossary-cache';

interface Entry {
  readonly format: number;
  readonly key: string;
  readonly glossary: Glossary;
  readonly matcher: MatcherParts;
}

export interface LoadedGlossary {
  readonly glossary: Glossary;
  readonly compiled: CompiledGlossary;
}

/**
 * Reads and compiles the glossary `files`, or takes them from `cacheDir`
 * (undefined: no cache) when an earlier run left them there.
 */
export function loadCompiledGlossary(files: readonly string[], cacheDir: string | undefined): LoadedGlossary {
  const sources = files.map((file) => ({ file, bytes: readBytes(file) }));
  const key = cacheKey(sources);
  let entry = cacheDir === undefined ? undefined : readEntry(cacheDir, key);
  if (!entry) {
    const glossary = mergeGlossaries(sources.map(({ file, bytes }) => glossaryFileOf(file, bytes)));
    entry = { format: FORMAT, key, glossary, matcher: matcherParts(glossary.entities) };
    if (cacheDir !== undefined) writeEntry(cacheDir, entry);
  }
  return { glossary: entry.glossary, compiled: compiledGlossaryWith(entry.glossary, matcherFromParts(entry.matcher)) };
}

/**
 * Where the cache lives: NEWSMARK_CACHE_DIR, else the platform's cache folder
 * for the user (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%).
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEWSMARK_CACHE_DIR) return path.resolve(env.NEWSMARK_CACHE_DIR);
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'newsmark', 'Cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'newsmark');
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'newsmark');
}

function cacheKey(sources: readonly { file: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${process.version}\0${buildId()}\0${process.cwd()}\0`);
  for (const { file, bytes } of sources) hash.update(`${path.resolve(file)}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex');
}

/** This build of Newsmark: the hash of the running script, so that a rebuilt or upgraded CLI never reads what an older one compiled. */
function buildId(): string {
  const script = require.main?.filename ?? __filename;
  try {
    return createHash('sha256').update(fs.readFileSync(script)).digest('hex');
  } catch {
    return `${script}\0${Date.now()}`; // unknown build: a key no entry has
  }
}

function readEntry(cacheDir: string, key: string): Entry | undefined {
  const file = path.join(cacheDir, key + SUFFIX);
  try {
    const entry = v8.deserialize(fs.readFileSync(file)) as Partial<Entry>;
    if (entry.format !== FORMAT || entry.key !== key || !entry.glossary || !entry.matcher) return undefined;
    markUsed(file);
    return entry as Entry;
  } catch {
    return undefined; // absent, unreadable, or from another version of Node: compile again
  }
}

/** The most recently used entries are the ones kept; a cache folder we may read but not write still serves. */
function markUsed(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    // read-only: the entry is used all the same
  }
}

function writeEntry(cacheDir: string, entry: Entry): void {
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    writeAtomic(path.join(cacheDir, entry.key + SUFFIX), v8.serialize(entry));
    pruneEntries(cacheDir);
  } catch {
    // a cache that cannot be written is no reason to fail a run (writeAtomic leaves no temporary file)
  }
}

/** Keeps the KEPT most recently used entries. */
function pruneEntries(cacheDir: string): void {
  const entries = fs
    .readdirSync(cacheDir)
    .filter((name) => name.endsWith(SUFFIX))
    .map((name) => ({ file: path.join(cacheDir, name), used: fs.statSync(path.join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used);
  for (const old of entries.slice(KEPT)) fs.rmSync(old.file, { force: true });
}
