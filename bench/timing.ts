// Timing for the benchmarks: medians over several runs after warm-up, with
// a full garbage collection first so earlier work is not charged here.

import v8 from 'node:v8';
import vm from 'node:vm';

export const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

export function time(run: () => unknown): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export interface Timing {
  readonly median: number;
  /** The best run: this machine is shared, and the median moves with whatever else runs. */
  readonly min: number;
}

/**
 * Times `runs` runs, after `warmUp` untimed ones (V8 takes a few runs to
 * settle on optimised code for a new matcher) and a full collection (so
 * garbage from earlier rows is not charged here).
 */
export function timed(runs: number, run: () => unknown, warmUp = 0): Timing {
  for (let i = 0; i < warmUp; i++) run();
  collectGarbage();
  const times = Array.from({ length: runs }, () => time(run));
  if (process.env.BENCH_VERBOSE) console.log(times.map((t) => t.toFixed(0)).join(' '));
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]! };
}

