// The reader's edits to the annotations: tagging a quote or an entity by
// hand and removing an annotation. Pure functions over the user layer; the
// editor only supplies the selection and saves the result.

import type { Annotation, Entity, EntityAnnotation, QuoteAnnotation, Speaker } from '../model';
import { contextOf } from '../anchoring';
import { isSpace } from '../chars';
import type { UserLayer } from './userLayer';
import { sameTarget } from './userLayer';
import { keptSlice } from '../keptSlice';

const QUOTE_MARKS = new Set([...'"“”‘’«»„‹›\'']);

/** The selection without surrounding white space and quotation marks: a quote's span is its words. */
export function trimQuoteSelection(text: string, start: number, end: number): { start: number; end: number } {
  let s = start, e = end;
  for (;;) {
    const before = { s, e };
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s < e && QUOTE_MARKS.has(text[s]!)) s++;
    if (e > s && QUOTE_MARKS.has(text[e - 1]!)) e--;
    if (before.s === s && before.e === e) return { start: s, end: e };
  }
}

/** Who the reader says spoke: a glossary entity, a free name, or nobody. */
export type SpeakerChoice = { readonly entity: Entity } | { readonly name: string } | null;

/**
 * The speaker of a hand-tagged quote, with the mention nearest the quote
 * that names them (any of the entity's forms, or the free name); without
 * one in the text, start and end are -1.
 */
export function speakerFor(text: string, quote: { start: number; end: number }, choice: SpeakerChoice, mentions: readonly Annotation[]): Speaker | null {
  if (!choice) return null;
  let best: { start: number; end: number } | undefined;
  const distance = (s: number, e: number) => (e <= quote.start ? quote.start - e : s >= quote.end ? s - quote.end : 0);
  const consider = (s: number, e: number) => {
    if (s >= quote.start && e <= quote.end) return; // inside the quote is not who said it
    if (!best || distance(s, e) < distance(best.start, best.end)) best = { start: s, end: e };
  };
  if ('entity' in choice) {
    for (const m of mentions) if (m.kind === 'entity' && m.entity === choice.entity.id) consider(m.start, m.end);
    const found = best as { start: number; end: number } | undefined;
    return found
      ? { start: found.start, end: found.end, text: keptSlice(text, found.start, found.end), name: choice.entity.name, entity: choice.entity.id }
      : { start: -1, end: -1, text: choice.entity.name, name: choice.entity.name, entity: choice.entity.id };
  }
  const name = choice.name.trim();
  for (let i = name ? text.indexOf(name) : -1; i >= 0; i = text.indexOf(name, i + 1)) consider(i, i + name.length);
  const found = best as { start: number; end: number } | undefined;
  return found ? { start: found.start, end: found.end, text: name, name, entity: null } : { start: -1, end: -1, text: name, name, entity: null };
}

export function manualQuote(text: string, span: { start: number; end: number }, speaker: Speaker | null, id: string, createdAt = new Date().toISOString()): QuoteAnnotation {
  return { id, kind: 'quote', style: 'direct', start: span.start, end: span.end, text: keptSlice(text, span.start, span.end), speaker, origin: 'manual', createdAt, ...contextOf(text, span.start, span.end) };
}

export function manualEntity(text: string, span: { start: number; end: number }, entity: Entity, id: string, createdAt = new Date().toISOString()): EntityAnnotation {
  return { id, kind: 'entity', type: entity.type, entity: entity.id, start: span.start, end: span.end, text: keptSlice(text, span.start, span.end), origin: 'manual', createdAt, ...contextOf(text, span.start, span.end) };
}

export function addManual(layer: UserLayer, annotation: Annotation): UserLayer {
  return { manual: [...layer.manual, annotation], suppressed: layer.suppressed };
}

/**
 * Removes the innermost annotation at `offset` from what the reader sees: a
 * manual one is deleted, an automatic one is suppressed (and stays so).
 */
export function removeAt(text: string, shown: readonly Annotation[], layer: UserLayer, offset: number): { layer: UserLayer; removed: Annotation } | undefined {
  const hit = shown.filter((a) => a.start <= offset && offset <= a.end && a.end > a.start).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (!hit) return undefined;
  if (hit.origin === 'manual') {
    return { layer: { manual: layer.manual.filter((m) => m.id !== hit.id), suppressed: layer.suppressed }, removed: hit };
  }
  if (layer.suppressed.some((s) => sameTarget(s, hit))) return undefined;
  const suppressed = { ...hit, ...contextOf(text, hit.start, hit.end) } as Annotation;
  return { layer: { manual: layer.manual, suppressed: [...layer.suppressed, suppressed] }, removed: hit };
}
