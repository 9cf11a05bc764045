// Reads a glossary's YAML: the fast reader where it can, the `yaml` package
// for single entries it cannot read, and for the whole file when the unusual
// part is outside `entities` or uses aliases.
//
// Each item of the first top-level `entities` list goes to a collector as
// soon as it is read. Should the fast reader give up half-way, its collector
// and the problems it found are dropped and a fresh one reads the `yaml`
// package's tree, so every item is collected once.

import { readFast } from './fastReader';
import type { LineIndex } from './lineIndex';
import { ProblemSink, type OffsetProblem } from './problems';
import { scalarNode, type TreeNode } from './tree';
import { UNSUPPORTED } from './unsupported';
import { readWithYaml } from './yamlReader';

export interface EntityCollector {
  add(item: TreeNode, sink: ProblemSink): void;
}

export interface TreeReading<C extends EntityCollector> {
  /** The root (null for an empty document); the list it holds under `entities` may be left empty. */
  readonly root: TreeNode | null;
  /** The collector that saw every item of the first top-level `entities` list. */
  readonly collector: C;
}

/** The reading, or undefined when the YAML could not be read (the reasons are in `sink`). */
export function readTree<C extends EntityCollector>(
  text: string,
  lines: LineIndex,
  sink: ProblemSink,
  newCollector: () => C,
): TreeReading<C> | undefined {
  const fast = readFastWithChunks(text, lines, newCollector);
  if (fast !== undefined) {
    sink.add(fast.syntaxProblems);
    if (fast.syntaxProblems.some(p => p.severity === 'error')) return undefined;
    sink.add(fast.problems.found);
    return collectRest(fast.root, fast.collector, sink);
  }
  const reading = readWithYaml(text);
  sink.add(reading.errors);
  sink.add(reading.warnings);
  if (reading.errors.length > 0) return undefined;
  return collectRest(reading.root, newCollector(), sink);
}

interface FastReading<C> {
  readonly root: TreeNode | null;
  readonly collector: C;
  readonly problems: ProblemSink;
  /** From entries the `yaml` package read. */
  readonly syntaxProblems: readonly OffsetProblem[];
}

function readFastWithChunks<C extends EntityCollector>(text: string, lines: LineIndex, newCollector: () => C): FastReading<C> | undefined {
  const collector = newCollector();
  const problems = new ProblemSink();
  const syntaxProblems: OffsetProblem[] = [];
  const readChunk = (start: number, end: number): TreeNode => {
    const reading = readWithYaml(text.slice(start, end), start);
    // an alias may point at an anchor in another entry: only the whole file can say
    if (reading.hasAliases) throw UNSUPPORTED;
    syntaxProblems.push(...reading.errors, ...reading.warnings);
    if (reading.errors.length > 0) return scalarNode(null, start, start);
    const root = reading.root;
    if (root?.kind !== 'seq' || root.items.length !== 1) throw UNSUPPORTED;
    return root.items[0]!;
  };
  const root = readFast(text, lines.starts, readChunk, item => collector.add(item, problems));
  return root === undefined ? undefined : { root, collector, problems, syntaxProblems };
}

/** Hands the items still in the tree (a flow-style list, or all of them after the `yaml` package) to the collector. */
function collectRest<C extends EntityCollector>(root: TreeNode | null, collector: C, sink: ProblemSink): TreeReading<C> {
  if (root?.kind === 'map') {
    const list = root.pairs.find(pair => pair.key.kind === 'scalar' && pair.key.text === 'entities')?.value;
    if (list?.kind === 'seq') for (const item of list.items) collector.add(item, sink);
  }
  return { root, collector };
}
