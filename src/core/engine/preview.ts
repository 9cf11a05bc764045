// The glossary mentions in one stretch of a text, found without reading the
// rest: what an editor shows of a long article in view while the whole
// analysis (every mention, every quote) is still to come.

import type { EntityAnnotation } from '../model';
import { mentionAnnotation } from './assemble';
import type { CompiledGlossary } from './compiledGlossary';

/** Mentions lying in text[from, to), widened to the matcher's safe cuts: the same a full analysis finds there. */
export function mentionsBetween(text: string, glossary: CompiledGlossary, from: number, to: number): EntityAnnotation[] {
  const matcher = glossary.matcher;
  const start = matcher.safeCutBefore(text, Math.max(0, Math.min(from, text.length)));
  const end = matcher.safeCutAfter(text, Math.max(start, Math.min(to, text.length)));
  return matcher.scan(text, start, end).map((m) => mentionAnnotation(text, m, glossary));
}
