// `newsmark annotate`: annotate articles and write their sidecars.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeArticle } from '../core/decode';
import { annotateText } from '../core/engine/analysis';
import { compileGlossary, EMPTY_GLOSSARY, type CompiledGlossary } from '../core/engine/compiledGlossary';
import { applyUserLayer, EMPTY_USER_LAYER, type UserLayer } from '../core/engine/userLayer';
import { restoreUserLayer } from '../core/engine/restore';
import { EXPORT_FORMATS, parseFormats, renderBratConfs, renderSidecars, sidecarName, type ExportFormat, type SidecarContent } from '../core/export';
import { formatProblem } from '../core/glossary';
import type { Annotation } from '../core/model';
import { codePointLength } from '../core/offsets';
import { parseNative } from '../core/sidecar';
import type { Command } from './args';
import { badInput, CliError, usageError } from './errors';
import { BackgroundWrites } from './backgroundWrites';
import { ensureFolder, findArticles, OutputFolders, findGlossaries, isFolder, readBytes, sha256Hex, writeEach } from './fsio';
import { displayPath } from './glossary';
import { defaultCacheDir, loadCompiledGlossary } from './glossaryCache';
import { articleSummary } from './summary';
import type { Style } from './style';

type AnnotateArgs = Extract<Command, { command: 'annotate' }>;

export interface Output {
  out(line: string): void;
  err(line: string): void;
  readonly outStyle: Style;
  readonly errStyle: Style;
}

/** Where the bundled sample lives, next to dist/ in the package. */
const SAMPLES = path.resolve(__dirname, '..', 'samples');
export const SAMPLE_ARTICLE = path.join(SAMPLES, '000_03eb9b906080eadc.txt');
export const SAMPLE_GLOSSARY = path.join(SAMPLES, 'glossary.yaml');

/** Most articles print a full summary only when there are few of them. */
const DETAILED_SUMMARY_LIMIT = 5;

export async function annotateCommand(args: AnnotateArgs, io: Output): Promise<number> {
  const demo = args.paths.length === 0;
  const { formats, unknown } = parseFormats(args.formats.length ? args.formats : EXPORT_FORMATS);
  if (unknown.length) throw usageError(`annotate: unknown format ${unknown.map((u) => `'${u}'`).join(', ')} (use json, w3c, brat)`);
  if (args.stdout && formats.length !== 1) throw usageError('annotate: --stdout writes one format: name it with -f');

  const articles = demo ? [SAMPLE_ARTICLE] : collectArticles(args.paths);
  if (args.stdout && articles.length !== 1) throw usageError(`annotate: --stdout writes one article, but ${articles.length} were given`);

  let failed = false;
  /** A bad input met on the way (an article, a write) is told and the run goes on; it ends with exit code 1. */
  const report = (e: unknown): void => {
    if (!(e instanceof CliError)) throw e;
    failed = true;
    io.err(io.errStyle.red(e.message));
  };
  const detailed = !args.quiet && !args.stdout && articles.length <= DETAILED_SUMMARY_LIMIT;
  // a few articles are written one by one, each before its summary; more, while the next are annotated
  const writes = args.stdout || detailed ? undefined : new BackgroundWrites(report);

  const glossaryFiles = args.glossaries.length ? args.glossaries : demo ? [SAMPLE_GLOSSARY] : findGlossaries(process.cwd());
  const { glossary, compiled } = glossaryFiles.length
    ? loadCompiledGlossary(glossaryFiles, args.cache ? defaultCacheDir() : undefined)
    : { glossary: EMPTY_GLOSSARY, compiled: compileGlossary(EMPTY_GLOSSARY) };
  for (const p of glossary.problems) {
    io.err(p.severity === 'error' ? io.errStyle.red(formatProblem(p)) : io.errStyle.yellow(formatProblem(p)));
    if (p.severity === 'error') failed = true;
  }

  const outDir = args.out !== undefined ? path.resolve(args.out) : undefined;
  if (outDir) ensureFolder(outDir);
  const bases = commonBases(args.paths);
  const bratFolders = new Map<string, Set<string>>();
  let totals = { articles: 0, entities: 0, quotes: 0, written: 0, unchanged: 0 };

  if (!args.stdout && !args.quiet) {
    const which = glossaryFiles.length ? glossaryFiles.map(displayPath).join(', ') : 'no glossary (quotes only)';
    io.out(io.outStyle.dim(`Newsmark: ${articles.length} article${articles.length === 1 ? '' : 's'}, glossary: ${which} (${glossary.entities.length} entities)`));
  }

  const folders = new OutputFolders();
  try {
    for (const article of articles) {
      try {
        const targetDir = outDir ? path.join(outDir, path.relative(baseOf(article, bases), path.dirname(article))) : path.dirname(article);
        const result = annotateArticle(article, targetDir, folders.namesIn(targetDir), formats, compiled, args.quotes);
        // a native sidecar that could not be read is kept as it is; the other formats are still written
        const current = result.sidecars.filter((s) => !(result.unreadableSidecar && s.format === 'json'));
        const files = current.filter((s) => !result.unchanged.has(s.name)).map((s) => ({ file: path.join(targetDir, s.name), content: s.content }));
        totals = {
          articles: totals.articles + 1,
          entities: totals.entities + result.entities,
          quotes: totals.quotes + result.quotes,
          written: totals.written + files.length,
          unchanged: totals.unchanged + result.unchanged.size,
        };
        if (args.stdout) {
          // nothing is written, so a sidecar that cannot be read only means its tags are missing: say so
          if (result.unreadableSidecar) report(badInput(result.unreadableSidecar));
          process.stdout.write(result.sidecars[0]!.content);
          continue;
        }
        folders.make(targetDir);
        for (const t of result.types) bratTypes(bratFolders, targetDir, formats).add(t);
        if (result.unreadableSidecar) report(badInput(result.unreadableSidecar));
        if (!writes) {
          // a summary names the sidecars, so they are written first
          writeEach(files, report);
          for (const line of articleSummary(displayPath(article), result.annotations, compiled, io.outStyle)) io.out(line);
          const named = current.map((s) => displayPath(path.join(targetDir, s.name)) + (result.unchanged.has(s.name) ? ' (unchanged)' : ''));
          io.out(`  ${io.outStyle.bold('Sidecars')}: ${named.join(', ')}`);
        } else {
          await writes.add(files);
          if (!args.quiet) io.out(`${displayPath(article)}: ${result.entities} entity mentions, ${result.quotes} quotes`);
        }
      } catch (e) {
        report(e);
      }
    }
  } finally {
    await writes?.finish();
  }
  for (const [folder, types] of bratFolders) {
    const namesThere = folders.namesIn(folder);
    const confs = renderBratConfs(types, compiled).filter((conf) => !alreadyThere(folder, namesThere, conf));
    writeEach(confs.map((conf) => ({ file: path.join(folder, conf.name), content: conf.content })), report);
    if (detailed) io.out(`  ${io.outStyle.bold('brat')}: ${displayPath(path.join(folder, 'annotation.conf'))}, ${displayPath(path.join(folder, 'visual.conf'))}`);
  }
  if (!args.stdout && !args.quiet && !detailed) {
    const unchanged = totals.unchanged ? `, ${totals.unchanged} unchanged` : '';
    io.out(io.outStyle.bold(`${totals.articles} articles: ${totals.entities} entity mentions, ${totals.quotes} quotes; ${totals.written} sidecars written${unchanged}`));
  }
  return failed ? 1 : 0;
}

function bratTypes(folders: Map<string, Set<string>>, folder: string, formats: readonly ExportFormat[]): Set<string> {
  if (!formats.includes('brat')) return new Set();
  let set = folders.get(folder);
  if (!set) folders.set(folder, (set = new Set()));
  return set;
}

function collectArticles(paths: readonly string[]): string[] {
  const articles: string[] = [];
  for (const p of paths) {
    if (isFolder(p)) {
      const found = findArticles(p);
      if (found.length === 0) throw badInput(`${p}: no articles in this folder (looked for .txt, .md, .markdown, .news, .article files)`);
      articles.push(...found);
    } else {
      articles.push(p);
    }
  }
  return [...new Set(articles.map((a) => path.resolve(a)))];
}

/** The folder each PATH argument stands for, so -o mirrors the layout below it. */
function commonBases(paths: readonly string[]): string[] {
  return paths.map((p) => path.resolve(p)).map((p) => (fs.existsSync(p) && fs.statSync(p).isDirectory() ? p : path.dirname(p)));
}

function baseOf(article: string, bases: readonly string[]): string {
  return bases.filter((b) => article.startsWith(b + path.sep)).sort((a, b) => b.length - a.length)[0] ?? path.dirname(article);
}

interface ArticleResult {
  readonly annotations: readonly Annotation[];
  readonly sidecars: readonly SidecarContent[];
  /** Names of the sidecars already on disk with exactly this content: they are left untouched (no write, same modification time). */
  readonly unchanged: ReadonlySet<string>;
  readonly types: readonly string[];
  readonly entities: number;
  readonly quotes: number;
  /** Set when an existing native sidecar could not be read: it is to be kept, not overwritten (its tags are not in `annotations`). */
  readonly unreadableSidecar?: string;
}

function annotateArticle(
  file: string, targetDir: string, namesThere: ReadonlySet<string>, formats: readonly ExportFormat[], glossary: CompiledGlossary, quotes: boolean,
): ArticleResult {
  const bytes = readBytes(file);
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw badInput(`${displayPath(file)}: ${decoded.reason}`);
  const text = decoded.text;
  const name = path.basename(file);

  const native = sidecarName(name, 'json');
  const existing = namesThere.has(native) ? readSidecar(path.join(targetDir, native)) : undefined;
  const detected = annotateText(text, glossary, { quotes });
  const source = { file: name, uri: pathToFileURL(file).href, sha256: sha256Hex(bytes), length: codePointLength(text) };
  const w3cIri = pathToFileURL(path.join(targetDir, sidecarName(name, 'w3c'))).href;
  const render = (layer: UserLayer) => {
    const annotations = applyUserLayer(detected, layer);
    const orphaned = layer.manual.filter((a) => a.orphaned);
    return { annotations, sidecars: renderSidecars({ text, source, annotations, orphaned, suppressed: layer.suppressed, w3cIri }, formats, glossary) };
  };

  let { annotations, sidecars } = render(EMPTY_USER_LAYER);
  let problem = existing?.problem;
  const json = existing?.json;
  // A native sidecar exactly as the detected annotations alone render it holds no manual tag and
  // no removal, so it need not be read back: that is every sidecar of a re-run over an unchanged
  // archive, and reading them back was a seventh of such a run.
  if (json !== undefined && sidecars.find((s) => s.format === 'json')?.content !== json) {
    const parsed = parseNative(json, text);
    if (!parsed.ok) {
      problem = `${displayPath(path.join(targetDir, native))}: ${parsed.error}; it was kept and not rewritten`;
    } else {
      const layer = restoreUserLayer(text, parsed.value);
      if (layer.manual.length || layer.suppressed.length) ({ annotations, sidecars } = render(layer));
    }
  }
  // the native sidecar was read above; the others are read only to compare
  const unchanged = sidecars.filter((s) => (s.format === 'json' ? json === s.content : alreadyThere(targetDir, namesThere, s)));
  return {
    annotations,
    sidecars,
    unchanged: new Set(unchanged.map((s) => s.name)),
    types: [...new Set(annotations.flatMap((a) => (a.kind === 'entity' ? [a.type] : [])))],
    entities: annotations.filter((a) => a.kind === 'entity').length,
    quotes: annotations.filter((a) => a.kind === 'quote').length,
    ...(problem ? { unreadableSidecar: problem } : {}),
  };
}

/**
 * Whether `folder` already holds `file` with exactly this content, so that it is left untouched.
 * One that cannot be read is not: it is rewritten.
 */
function alreadyThere(folder: string, namesThere: ReadonlySet<string>, file: { readonly name: string; readonly content: string }): boolean {
  if (!namesThere.has(file.name)) return false;
  try {
    return fs.readFileSync(path.join(folder, file.name), 'utf8') === file.content;
  } catch {
    return false;
  }
}

/** An existing native sidecar's text, or why it cannot be read (it is then kept, never overwritten). */
function readSidecar(sidecar: string): { json: string; problem?: undefined } | { json?: undefined; problem: string } {
  try {
    return { json: fs.readFileSync(sidecar, 'utf8') };
  } catch (e) {
    return { problem: `${displayPath(sidecar)}: cannot read it, so it was kept and not rewritten: ${(e as Error).message}` };
  }
}
