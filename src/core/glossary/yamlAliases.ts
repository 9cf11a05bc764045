// Anchors and aliases, resolved before conversion, with a budget that stops
// an alias bomb ("billion laughs": nine aliases of nine aliases of … expand to
// 10^9 nodes from a few hundred bytes). Sizes are counted with each anchored
// node's expanded size remembered, so even a bomb is measured in one pass.
// yaml's own `maxAliasCount` applies only in `toJS()`, which loses positions.

import { isAlias, isMap, isPair, isSeq, type Alias, type Node } from 'yaml';

/** However many nodes a file has, aliases may add at least this many. */
const MIN_ALIAS_BUDGET = 10_000;

export type AliasResolution =
  | { readonly ok: true; readonly targets: ReadonlyMap<Alias, Node> }
  | { readonly ok: false; readonly at: Node; readonly message: string };

class AliasProblem {
  constructor(readonly at: Node, readonly message: string) {}
}

/** Finds each alias's anchor and checks that aliases add no more nodes than the file has written (or MIN_ALIAS_BUDGET). */
export function resolveAliases(root: Node | null): AliasResolution {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const targets = new Map<Alias, Node>();
  let written = 0;
  let added = 0;
  let biggest: { alias: Alias; size: number } | undefined;

  function size(node: Node | null | undefined): number {
    if (!node) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) throw new AliasProblem(node, `alias '*${node.source}' has no anchor '&${node.source}' before it`);
      const expanded = sizes.get(target);
      if (expanded === undefined) throw new AliasProblem(node, `alias '*${node.source}' is inside the node it refers to`);
      targets.set(node, target);
      added = Math.min(Number.MAX_SAFE_INTEGER, added + expanded);
      if (!biggest || expanded > biggest.size) biggest = { alias: node, size: expanded };
      return expanded;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node);
    written++;
    let total = 1;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        total += isPair(item) ? 1 + size(item.key as Node | null) + size(item.value as Node | null) : size(item as Node);
      }
    }
    total = Math.min(Number.MAX_SAFE_INTEGER, total);
    if (anchor) sizes.set(node, total);
    return total;
  }

  try {
    size(root);
  } catch (e) {
    if (e instanceof AliasProblem) return { ok: false, at: e.at, message: e.message };
    throw e;
  }
  const budget = Math.max(MIN_ALIAS_BUDGET, written);
  if (added > budget && biggest) {
    return {
      ok: false,
      at: biggest.alias,
      message: `the aliases expand to more than ${budget} nodes (an alias bomb?); write the values out instead of aliasing them`,
    };
  }
  return { ok: true, targets };
}
