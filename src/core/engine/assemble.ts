// Turns the engine's mentions and quotes into annotations, with the text
// they cover and stable ids.

import type { EntityAnnotation, Mention, Quote, QuoteAnnotation } from '../model';
import { annotationId } from '../ids';
import type { CompiledGlossary } from './compiledGlossary';

export function mentionAnnotation(text: string, m: Mention, glossary: CompiledGlossary): EntityAnnotation {
  const type = glossary.entity(m.entity)?.type ?? 'other';
  return {
    id: annotationId('entity', m.entity, m.start, m.end),
    kind: 'entity',
    type,
    entity: m.entity,
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    origin: 'glossary',
  };
}

export function quoteAnnotation(text: string, quote: Quote): QuoteAnnotation {
  return {
    id: annotationId('quote', quote.style, quote.start, quote.end),
    kind: 'quote',
    style: quote.style,
    start: quote.start,
    end: quote.end,
    text: text.slice(quote.start, quote.end),
    speaker: quote.speaker,
    origin: 'detected',
  };
}
