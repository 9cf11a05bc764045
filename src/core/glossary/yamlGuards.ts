// Checks that keep hostile nesting away from the `yaml` package. Its composer
// recurses once per level: about 1,000 levels overflow the stack, which it
// catches, but V8 may then fail to compile a regular expression later and
// abort the whole process. A million `[` also take it seconds and a gigabyte.
// A glossary nests five levels at most.

import type { CST } from 'yaml';

export const MAX_NESTING = 64;

/** Deepest bracket nesting, counted without regard to quotes or comments: an upper bound that costs one pass. */
export function bracketDepth(text: string): number {
  let depth = 0, max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > max) max = depth;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return max;
}

/** Deepest collection nesting of the parsed (not yet composed) documents, walked without recursion. */
export function tokenDepth(tokens: readonly CST.Token[]): number {
  let max = 0;
  const stack: [CST.Token | null | undefined, number][] = tokens.map(t => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    if (depth > max) max = depth;
    if (token.type === 'document') {
      stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if ('key' in item) stack.push([item.key, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return max;
}
