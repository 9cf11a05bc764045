// Turns the engine's mentions and quotes into annotations, with the text
// they cover and stable ids.

import type { EntityAnnotation, Mention, Quote, QuoteAnnotation } from '../model';
import { isSpace } from '../chars';
import { annotationId } from '../ids';
import type { CompiledGlossary } from './compiledGlossary';
import { keptSlice } from '../keptSlice';

export function mentionAnnotation(text: string, m: Mention, glossary: CompiledGlossary): EntityAnnotation {
  const type = glossary.entity(m.entity)?.type ?? 'other';
  return {
    id: annotationId('entity', m.entity, m.start, m.end),
    kind: 'entity',
    type,
    entity: m.entity,
    start: m.start,
    end: m.end,
    text: keptSlice(text, m.start, m.end),
    origin: 'glossary',
  };
}

/**
 * The quote's annotation, its span without the white space and line breaks
 * at either end (a mark at the end of a line opens words on the next one);
 * none when nothing but white space stands between the marks (`""`).
 */
export function quoteAnnotation(text: string, quote: Quote): QuoteAnnotation | undefined {
  let start = quote.start, end = quote.end;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start === end) return undefined;
  return {
    id: annotationId('quote', quote.style, start, end),
    kind: 'quote',
    style: quote.style,
    start,
    end,
    text: keptSlice(text, start, end),
    speaker: quote.speaker,
    origin: 'detected',
  };
}
