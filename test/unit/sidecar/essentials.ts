import type { Annotation } from '../../../src/core/model';

/** What a native sidecar must carry back through a round trip, in a stable order; prefix and suffix are checked on their own. */
export function essentials(list: readonly Annotation[]): object[] {
  return [...list]
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id))
    .map((a) => {
      const { prefix: _prefix, suffix: _suffix, ...rest } = a;
      return rest;
    });
}
