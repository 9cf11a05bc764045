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

/** 5 MiB of text that no constant holds: the floor's workload where a section has no text of its own. */
let floorText: string | undefined;

/**
 * The floor now: a bare charCodeAt loop over `text` (5 MiB unless given),
 * the least any scan of it costs, median of 5 runs. Issue 4 set its targets
 * on this machine when the floor read 6–10 ms; the host is shared, and when
 * it is busy the floor and every time beside it grow together, so each
 * section prints the floor measured just before it. No collection first:
 * timed right before a measured run, one would change what it measures.
 */
export function floorNow(text = (floorText ??= 'x'.repeat(5 * 1024 * 1024 - 1) + '\u201c')): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    let sum = 0;
    times.push(time(() => {
      for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    }));
    if (sum < 0) throw new Error('unreachable: the sum is read so that the loop is not optimised away');
  }
  times.sort((a, b) => a - b);
  return times[2]!;
}
