// The command line over an archive (issue 4: 2,000 articles, 5 MB, a
// 10,000-entry glossary, JSON sidecars written, ≤ 1.5 s): the whole process,
// timed from outside, start-up and glossary reading included.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateArticle, generateGlossary, glossaryYaml, seeded, vocabulary } from './workload';

const ARTICLES = 2_000;
const CORPUS_BYTES = 5_000_000;
const RUNS = 5;
const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

export async function benchCli(): Promise<void> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const r = seeded(20240614);
  const words = vocabulary(r);
  const entities = generateGlossary(r, words, 10_500);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-cli-'));
  try {
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    const glossary = path.join(dir, 'glossary.yaml');
    fs.writeFileSync(glossary, glossaryYaml(entities, 10_000));
    let bytes = 0;
    const texts: string[] = [];
    for (let i = 0; i < ARTICLES; i++) {
      const text = generateArticle(r, entities, words.filler, CORPUS_BYTES / ARTICLES);
      texts.push(text);
      bytes += Buffer.byteLength(text);
      fs.writeFileSync(path.join(articles, `${String(i).padStart(4, '0')}.txt`), text);
    }
    const out = path.join(dir, 'out');
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      fs.rmSync(out, { recursive: true, force: true });
      const started = performance.now();
      const result = spawnSync(process.execPath, [CLI, 'annotate', articles, '-g', glossary, '-f', 'json', '-o', out, '-q'], { encoding: 'utf8' });
      times.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`newsmark annotate failed (${result.status}): ${result.stderr}`);
    }
    const written = fs.readdirSync(out).filter((f) => f.endsWith('.annotations.json')).length;
    const regexMs = combinedRegexCount(entities.flatMap((e) => [e.name, ...e.aliases]), texts);
    console.log(`\ncli: newsmark annotate, ${ARTICLES} articles (${(bytes / 1e6).toFixed(1)} MB), 10,000-entry glossary, JSON sidecars`);
    console.log(`  whole process, median of ${RUNS}   ${median(times).toFixed(0)} ms (${written} sidecars written)   target ≤ 1500 ms`);
    console.log(`  baseline: one combined regex that only counts matches, in-process   ${regexMs.toFixed(0)} ms`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The obvious alternative: one alternation of every name, longest first, counting matches and nothing else. */
function combinedRegexCount(forms: string[], texts: readonly string[]): number {
  const started = performance.now();
  const alternatives = [...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  let count = 0;
  for (const text of texts) for (const _ of text.matchAll(re)) count++;
  if (count === 0) throw new Error('the baseline found nothing');
  return performance.now() - started;
}

if (require.main === module) void benchCli();
