// The W3C Web Annotation sidecar, `article.txt.annotations.jsonld`: one
// AnnotationCollection whose first (and only) AnnotationPage embeds every
// annotation placed in the text.
//
// How Newsmark's annotations map onto the model:
// - target: the article, with a TextPositionSelector (code points) and a
//   TextQuoteSelector (exact text and 32 UTF-16 units of context either side);
// - an entity: motivation "identifying" when it is a glossary entity
//   ("tagging" otherwise); a TextualBody with purpose "tagging" holding the
//   type, and, for a glossary entity, a SpecificResource with purpose
//   "identifying" whose source is `urn:newsmark:entity:<id>` (the same IRI in
//   every article, so corpus tools can join on it);
// - a quote: motivation "describing" when someone said it ("tagging"
//   otherwise); TextualBodies "quote" (purpose "tagging") and its style
//   (purpose "classifying"); the speaker's name as a TextualBody with purpose
//   "describing", plus the speaker's entity IRI when the glossary knows them.
//   The mention the attribution rests on ("He") is in the native and brat
//   sidecars only: a body cannot point at a second span of the target.
// Each annotation repeats "@context" so it stays valid when taken out of the
// page (an annotation server receives them one by one).

import type { Annotation, EntityTypeInfo, QuoteAnnotation, EntityAnnotation, SourceInfo } from '../model';
import { OffsetMap } from '../offsets';
import { contextOf } from '../anchoring/contextOf';
import { absoluteUri, uriFragment } from './iri';
import { placedIn } from './placement';

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GENERATOR = { type: 'Software', name: 'Newsmark' } as const;

/** The IRI that stands for a glossary entity in W3C bodies. */
function entityIri(id: string): string {
  return `urn:newsmark:entity:${uriFragment(id)}`;
}

/**
 * The AnnotationCollection for `text` (BOM-less). `sidecarIri` is the
 * absolute IRI of the .jsonld file itself; annotation ids are
 * `${sidecarIri}#${annotation.id}`. Orphaned annotations and any whose span
 * falls outside the text are left out: they point at no text.
 */
export function toW3C(
  text: string,
  source: SourceInfo,
  annotations: readonly Annotation[],
  sidecarIri: string,
  typeLabels?: ReadonlyMap<string, EntityTypeInfo>,
): object {
  const collection = absoluteUri(sidecarIri, 'the sidecar IRI');
  const article = absoluteUri(source.uri, 'the article IRI');
  const map = new OffsetMap(text);
  const items = placedIn(annotations, text).map((a) => ({
    '@context': ANNO_CONTEXT,
    id: `${collection}#${uriFragment(a.id)}`,
    type: 'Annotation',
    motivation: motivation(a),
    generator: GENERATOR,
    ...(a.createdAt ? { created: a.createdAt } : {}),
    body: a.kind === 'entity' ? entityBodies(a, typeLabels) : quoteBodies(a),
    target: { source: article, selector: selectors(a, text, map) },
  }));
  return {
    '@context': ANNO_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: `Newsmark annotations of ${source.file}`,
    total: items.length,
    first: { id: `${collection}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** Two-space JSON with a final newline. */
export function serializeW3C(doc: object): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function motivation(a: Annotation): string {
  if (a.kind === 'entity') return a.entity ? 'identifying' : 'tagging';
  return a.speaker ? 'describing' : 'tagging';
}

function selectors(a: Annotation, text: string, map: OffsetMap): object[] {
  const { prefix, suffix } = contextOf(text, a.start, a.end);
  return [
    { type: 'TextPositionSelector', start: map.toCodePoint(a.start), end: map.toCodePoint(a.end) },
    { type: 'TextQuoteSelector', exact: text.slice(a.start, a.end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
  ];
}

function entityBodies(a: EntityAnnotation, typeLabels?: ReadonlyMap<string, EntityTypeInfo>): object[] {
  const label = typeLabels?.get(a.type)?.label;
  const bodies: object[] = [{ type: 'TextualBody', value: a.type, purpose: 'tagging', ...(label ? { label } : {}) }];
  if (a.entity) bodies.push({ type: 'SpecificResource', source: entityIri(a.entity), purpose: 'identifying' });
  return bodies;
}

function quoteBodies(a: QuoteAnnotation): object[] {
  const bodies: object[] = [
    { type: 'TextualBody', value: 'quote', purpose: 'tagging' },
    { type: 'TextualBody', value: a.style, purpose: 'classifying' },
  ];
  const s = a.speaker;
  if (s) {
    bodies.push({ type: 'TextualBody', value: s.name, purpose: 'describing' });
    if (s.entity) bodies.push({ type: 'SpecificResource', source: entityIri(s.entity), purpose: 'describing' });
  }
  return bodies;
}
