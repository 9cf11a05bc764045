import type { Mention } from '../model';

export interface CompiledMatcher {
  /** number of surface forms compiled (names + aliases) */
  readonly size: number;
  /** Selected mentions in text[from, to), non-overlapping, sorted by start. `from`/`to` must be safe cuts (0 and text.length are). */
  scan(text: string, from?: number, to?: number): Mention[];
  /** Largest p <= pos such that no candidate match can contain both text[p-1] and text[p] (so scanning can be cut there). */
  safeCutBefore(text: string, pos: number): number;
  /** Smallest p >= pos with the same property. */
  safeCutAfter(text: string, pos: number): number;
}
