// Reads YAML with the `yaml` package into the glossary's tree: every YAML
// feature, every syntax error with its position. Used where the fast reader
// leaves off. `shift` is added to every offset, for a part of a larger text.

import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, type Alias, type Node, type YAMLError } from 'yaml';
import type { OffsetProblem } from './problems';
import { scalarNode, type PairNode, type TreeNode } from './tree';
import { resolveAliases } from './yamlAliases';
import { bracketDepth, MAX_NESTING, tokenDepth } from './yamlGuards';

export interface YamlReading {
  /** null for an empty document, or when there are errors. */
  readonly root: TreeNode | null;
  /** Any error means nothing could be read. */
  readonly errors: readonly OffsetProblem[];
  readonly warnings: readonly OffsetProblem[];
  /** The text uses aliases (read or refused): a part of a file cannot be read alone then. */
  readonly hasAliases: boolean;
}

const OPTIONS = {
  version: '1.2',
  // core, not yaml-1.1: `born: 1950-03-21` stays a string (1.1 would make it a Date), even under `%YAML 1.1`
  schema: 'core',
  resolveKnownTags: false,
  merge: false,
  // duplicate keys are reported by the glossary's own checks, one entry at a time
  uniqueKeys: false,
  prettyErrors: false,
} as const;

const NOT_READ = 'nothing is read from this file until it is fixed';

export function readWithYaml(source: string, shift = 0): YamlReading {
  const refuse = (start: number, message: string): YamlReading => ({
    root: null,
    errors: [{ start: start + shift, end: start + shift, severity: 'error', message: `${message}; ${NOT_READ}` }],
    warnings: [],
    hasAliases: false,
  });

  if (bracketDepth(source) > MAX_NESTING) return refuse(0, `brackets nest more than ${MAX_NESTING} deep`);
  const tokens = Array.from(new Parser().parse(source));
  if (tokenDepth(tokens) > MAX_NESTING) return refuse(0, `the YAML nests more than ${MAX_NESTING} levels deep`);
  const docs = Array.from(new Composer(OPTIONS).compose(tokens, true, source.length));
  const doc = docs[0]!;

  const asProblem = (e: YAMLError, severity: 'error' | 'warning'): OffsetProblem => ({
    start: e.pos[0] + shift,
    end: Math.max(e.pos[0], e.pos[1]) + shift,
    severity,
    message: severity === 'error' ? `YAML syntax error: ${e.message}; ${NOT_READ}` : `YAML: ${e.message}`,
  });
  const errors = doc.errors.map(e => asProblem(e, 'error'));
  const warnings = doc.warnings.map(e => asProblem(e, 'warning'));
  const second = docs[1];
  if (second) {
    const at = second.range[0] + shift;
    errors.push({ start: at, end: at, severity: 'error', message: `a glossary file holds one YAML document; remove the '---' line or split the file; ${NOT_READ}` });
  }
  if (errors.length > 0) return { root: null, errors, warnings, hasAliases: false };

  const contents = doc.contents as Node | null;
  const aliases = resolveAliases(contents);
  if (!aliases.ok) {
    const range = (aliases.at as { range?: [number, number, number] }).range;
    return { ...refuse(range?.[0] ?? 0, aliases.message), warnings, hasAliases: true };
  }
  if (!contents) return { root: null, errors, warnings, hasAliases: false };
  try {
    const root = new Converter(source, shift, aliases.targets).convert(contents, 0);
    return { root, errors, warnings, hasAliases: aliases.targets.size > 0 };
  } catch (e) {
    if (e instanceof TooDeep) return { ...refuse(0, `aliases nest the YAML more than ${MAX_NESTING} levels deep`), warnings, hasAliases: true };
    throw e;
  }
}

class TooDeep {}

class Converter {
  constructor(private readonly source: string, private readonly shift: number, private readonly targets: ReadonlyMap<Alias, Node>) {}

  convert(node: Node, depth: number): TreeNode {
    if (depth > MAX_NESTING) throw new TooDeep();
    if (isAlias(node)) return this.convert(this.targets.get(node)!, depth);
    const range = node.range ?? [0, 0, 0];
    const start = range[0] + this.shift;
    if (isScalar(node)) {
      const value = node.value;
      const text = value === null ? null : typeof value === 'string' ? value : (node.source ?? String(value));
      const isBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      return scalarNode(text, start, (isBlock ? this.blockHeaderEnd(range[0]) : range[1]) + this.shift);
    }
    const end = (node as { flow?: boolean }).flow ? range[1] + this.shift : start;
    if (isMap(node)) {
      const pairs = node.items.map(pair => this.pair(pair.key as Node | null, pair.value as Node | null, start, depth));
      return { kind: 'map', pairs, start, end };
    }
    if (isSeq(node)) {
      const items = (node.items as unknown[]).map(item => {
        if (!isPair(item)) return this.orNull(item as Node | null, start, depth + 1);
        // `[a: b]`: a one-pair mapping inside a flow sequence
        const pair = this.pair(item.key as Node | null, item.value as Node | null, start, depth + 1);
        return { kind: 'map' as const, pairs: [pair], start: pair.key.start, end: pair.value.end };
      });
      return { kind: 'seq', items, start, end };
    }
    return scalarNode(null, start, start);
  }

  private pair(key: Node | null, value: Node | null, at: number, depth: number): PairNode {
    const keyNode = this.orNull(key, at, depth + 1);
    return { key: keyNode, value: this.orNull(value, keyNode.end, depth + 1) };
  }

  private orNull(node: Node | null, at: number, depth: number): TreeNode {
    return node ? this.convert(node, depth) : scalarNode(null, at, at);
  }

  /** A block scalar's node is its header (`|`, `>-`, …): the rest can run for many lines. */
  private blockHeaderEnd(offset: number): number {
    let i = offset;
    while (i < this.source.length && '|>+-0123456789'.includes(this.source[i]!)) i++;
    return i;
  }
}
