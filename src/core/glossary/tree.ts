// The part of YAML a glossary needs, as both readers produce it: the fast
// reader of the common subset and the `yaml` package for everything else.
//
// Offsets are UTF-16 indices into the file's text. A scalar spans what was
// written (quotes included; a block scalar spans its `|`/`>` header). A flow
// sequence spans its brackets; a block collection is the point where it starts.

export interface ScalarNode {
  readonly kind: 'scalar';
  /** The value as written: numbers, dates and booleans keep their spelling; null for `~`, `null` or nothing. */
  readonly text: string | null;
  readonly start: number;
  readonly end: number;
}

export interface PairNode {
  readonly key: TreeNode;
  readonly value: TreeNode;
}

export interface MapNode {
  readonly kind: 'map';
  readonly pairs: readonly PairNode[];
  readonly start: number;
  readonly end: number;
}

export interface SeqNode {
  readonly kind: 'seq';
  readonly items: readonly TreeNode[];
  readonly start: number;
  readonly end: number;
}

export type TreeNode = ScalarNode | MapNode | SeqNode;

export function scalarNode(text: string | null, start: number, end: number): ScalarNode {
  return { kind: 'scalar', text, start, end };
}

const NULL_WORD = /^(?:~|null|Null|NULL)?$/;

/** The YAML 1.2 core schema's null, for a plain (unquoted) scalar. */
export function plainText(raw: string): string | null {
  return raw.length <= 4 && NULL_WORD.test(raw) ? null : raw;
}
