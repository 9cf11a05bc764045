// Reading typed values out of tree nodes, for entity fields and type definitions.

import type { ScalarNode, TreeNode } from './tree';

/** "a list", "a mapping", "text", "nothing": for messages that say what was found. */
export function describe(node: TreeNode): string {
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a mapping';
  return node.text === null ? 'nothing' : 'text';
}

/** The node's text, if it is a scalar that is not null. */
export function textOf(node: TreeNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.text !== null ? node.text : undefined;
}

export function isTextNode(node: TreeNode): node is ScalarNode & { readonly text: string } {
  return node.kind === 'scalar' && node.text !== null;
}

/** http(s), a host, and no white space. (Not `new URL()`: a third of the time of a 100,000-entry glossary went there.) */
const HTTP_URL = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;

export function isHttpUrl(text: string): boolean {
  return HTTP_URL.test(text);
}

export const COLOR_PATTERN_SOURCE =
  '^(#[0-9a-fA-F]{3,4}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla)\\([0-9.,% ]+\\)|[a-zA-Z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+)$';
const COLOR_PATTERN = new RegExp(COLOR_PATTERN_SOURCE);

/** A CSS colour (`#8a2be2`, `teal`, `rgb(…)`) or a VS Code theme colour id (`charts.purple`). */
export function isColor(text: string): boolean {
  return COLOR_PATTERN.test(text);
}
