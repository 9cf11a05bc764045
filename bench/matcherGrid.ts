// The matcher over every size the issue names: glossaries of 100, 10,000 and
// 100,000 entries, texts of 100 KB, 1 MB and 5 MiB, case-sensitive (`auto`:
// capitals exact, the rest as written) and case-insensitive (`ignore`).
// Scan time should follow the text and hardly the glossary.

import { compileMatcher } from '../src/core/matching';
import type { CaseMode } from '../src/core/model';
import { timed } from './timing';
import { generateGlossary, generateText, seeded, vocabulary, withCase } from './workload';

const GLOSSARY_SIZES = [100, 10_000, 100_000];
const TEXT_SIZES: readonly [string, number][] = [['100 KB', 100_000], ['1 MB', 1_000_000], ['5 MiB', 5 * 1024 * 1024]];
const MODES: readonly CaseMode[] = ['auto', 'ignore'];

export async function benchMatcherGrid(): Promise<void> {
  const r = seeded(20240612);
  const words = vocabulary(r);
  const glossary = generateGlossary(r, words, Math.max(...GLOSSARY_SIZES));
  // one text per size, naming the first 10,000 entries: the same text for every glossary
  const texts = TEXT_SIZES.map(([label, length]) => [label, generateText(r, glossary.slice(0, 10_000), words.filler, length)] as const);

  const head = ['entries', 'case', 'compile ms', ...TEXT_SIZES.map(([label]) => `scan ${label} ms`), 'MB/s (5 MiB)'];
  console.log('\nmatcher: median ms over 9 runs (after 3 warm-up runs)');
  console.log(head.map((h, i) => (i < 2 ? h.padEnd(8) : h.padStart(16))).join(' | '));
  for (const size of GLOSSARY_SIZES) {
    for (const mode of MODES) {
      const entries = withCase(glossary.slice(0, size), mode);
      const compile = timed(size >= 100_000 ? 3 : 5, () => compileMatcher(entries));
      const matcher = compileMatcher(entries);
      const scans = texts.map(([, text]) => timed(9, () => matcher.scan(text), 3).median);
      const mbPerSecond = (5 * 1024 * 1024) / 1e6 / (scans[scans.length - 1]! / 1000);
      const cells = [size.toLocaleString('en'), mode, compile.median.toFixed(1), ...scans.map((s) => s.toFixed(1)), mbPerSecond.toFixed(0)];
      console.log(cells.map((c, i) => (i < 2 ? c.padEnd(8) : c.padStart(16))).join(' | '));
    }
  }
}

if (require.main === module) void benchMatcherGrid();
