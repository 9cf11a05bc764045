// bench:anchoring — how re-anchoring fares after each kind of edit (issue 5's
// targets), and how long it takes on a 1 MB article.

import { reanchor } from '../src/core/anchoring';
import { ELSEWHERE, KINDS, measureAnchoring, type Measurement, type Workload } from './anchoring/measure';
import { largeArticle } from './anchoring/largeArticle';

/** The benchmark's workload: 24 articles, 600 annotations. */
export const BENCH_WORKLOAD: Workload = {
  seed: 20240605,
  articles: 24,
  paragraphsPerArticle: 12,
  annotationsPerArticle: 25,
  editsElsewhere: 3,
  aimedEdits: 10,
};

export async function benchAnchoring(): Promise<void> {
  const started = performance.now();
  const measurement = measureAnchoring(BENCH_WORKLOAD);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`anchoring: ${measurement.annotations} manual annotations in ${BENCH_WORKLOAD.articles} articles, seed ${BENCH_WORKLOAD.seed} (${seconds} s)`);
  console.log(formatMeasurement(measurement));
  for (const m of measurement.misplacements) console.log(`misplaced ${m}`);
  for (const m of measurement.missed) console.log(`orphaned ${m}`);
  timeLargeArticle();
}

export function formatMeasurement(m: Measurement): string {
  const percent = (n: number, total: number): string => (total === 0 ? '—' : `${((100 * n) / total).toFixed(1)}%`).padStart(7);
  const rows = [`${'kind'.padEnd(22)}${'n'.padStart(6)}${'correct'.padStart(9)}${'orphaned'.padStart(9)}${'misplaced'.padStart(10)}`];
  for (const kind of KINDS) {
    const t = m.tallies[kind];
    rows.push(`${kind.padEnd(22)}${String(t.total).padStart(6)}  ${percent(t.correct, t.total)}  ${percent(t.orphaned, t.total)}   ${percent(t.misplaced, t.total)}`);
  }
  const elsewhere = ELSEWHERE.map((k) => m.tallies[k]);
  const total = elsewhere.reduce((n, t) => n + t.total, 0);
  const correct = elsewhere.reduce((n, t) => n + t.correct, 0);
  rows.push(`targets: edits elsewhere ${percent(correct, total).trim()} correct (100%), inner edits ${percent(m.tallies['inner edit'].correct, m.tallies['inner edit'].total).trim()} correct (≥ 95%), ` +
    `deleted ${percent(m.tallies.deleted.orphaned, m.tallies.deleted.total).trim()} orphaned (100%), misplaced ${KINDS.reduce((n, k) => n + m.tallies[k].misplaced, 0)} (0)`);
  rows.push(`not scored (an edit destroyed part of the span): ${m.unscored}`);
  return rows.join('\n');
}

function timeLargeArticle(): void {
  for (const [count, length] of [[500, 1 << 20], [50, 64 << 10]] as const) {
    const { text, annotations, edits } = largeArticle(count, length);
    console.log(`${count} annotations in ${(text.length / 1024).toFixed(0)} K UTF-16 units (median of 5 runs; the long text repeats ` +
      'its sentences with a fifth of the words swapped, so some contexts repeat too and those annotations are orphaned as ambiguous):');
    const time = (label: string, changed: string): void => {
      reanchor(changed, annotations);
      const times: number[] = [];
      let orphaned = 0;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        orphaned = reanchor(changed, annotations).filter((r) => r.status === 'orphaned').length;
        times.push(performance.now() - started);
      }
      const median = times.sort((a, b) => a - b)[2]!;
      console.log(`  ${label}: ${median.toFixed(1)} ms (${orphaned} orphaned)`);
    };
    time('nothing moved (target for 500 in 1 MB: well under 50 ms)', text);
    for (const [label, changed] of edits) time(label, changed);
  }
}

if (require.main === module) void benchAnchoring();
