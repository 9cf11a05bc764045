import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Annotation, EntityTypeInfo } from '../../../src/core/model';
import { serializeW3C, toW3C } from '../../../src/core/sidecar';
import { ARTICLE, ORPHAN, SOURCE, articleAnnotations, find } from './article';
import { ANNOTATION_MUSTS, COLLECTION_MUSTS, PAGE_MUSTS, SUITE_DIR, W3cSuite, type AssertionOutcome } from './w3cSuite';

const SIDECAR_IRI = 'file:///home/editor/news/lavrov.txt.annotations.jsonld';

interface W3cAnnotation {
  id: string;
  motivation: string;
  body: Record<string, unknown>[];
  target: { source: string; selector: Record<string, unknown>[] };
}
interface W3cCollection {
  id: string;
  total: number;
  first: { id: string; items: W3cAnnotation[] };
}

function collection(annotations: readonly Annotation[] = articleAnnotations(), sidecarIri = SIDECAR_IRI, source = SOURCE, types?: ReadonlyMap<string, EntityTypeInfo>): W3cCollection {
  // validate what a consumer reads: the serialized file, parsed again
  return JSON.parse(serializeW3C(toW3C(ARTICLE, source, annotations, sidecarIri, types))) as W3cCollection;
}

function failures(outcomes: readonly AssertionOutcome[]): string[] {
  return outcomes.filter((o) => o.status !== 'pass').map((o) => `${o.status} ${o.file}: ${o.errors ?? ''}`);
}

function sample(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(SUITE_DIR, 'samples', name), 'utf8'));
}

describe('W3C sidecar against the W3C test suite', () => {
  const suite = new W3cSuite();

  it('runs the suite as it is meant: its correct samples pass every must', () => {
    assert.deepEqual(failures(suite.run(ANNOTATION_MUSTS, sample('correct/anno1.json'))), []);
    assert.deepEqual(failures(suite.run(COLLECTION_MUSTS, sample('correct/collection1.json'))), []);
    assert.deepEqual(failures(suite.run(PAGE_MUSTS, sample('correct/collection1.json'))), []);
  });

  it('runs the suite as it is meant: its incorrect samples fail the musts they break', () => {
    const failed = (name: string) => suite.run(ANNOTATION_MUSTS, sample(`incorrect/${name}`)).filter((o) => o.status === 'fail').map((o) => path.basename(o.file));
    assert.deepEqual(failed('anno3.json'), ['3.1-annotationContextValidated.json']);
    assert.ok(failed('anno2.json').includes('3.1-targetKeyFound.json'));
    assert.ok(failed('anno8.json').includes('3.1-annotationTypeValidated.json'));
    assert.ok(failed('anno26.json').includes('3.1-annotationIdValidated.json'));
    assert.ok(failed('anno28.json').includes('3.3.1-annotationCreatedValidated.json'), 'date-time is checked');
    assert.ok(failed('anno38.json').includes('4.2-fragmentCssXPathSelectorValid.json'));
  });

  it('lists every must assertion file of the suite', () => {
    assert.equal(suite.assertionsOf(ANNOTATION_MUSTS).length, 54);
    assert.equal(suite.assertionsOf(COLLECTION_MUSTS).length, 10);
    assert.equal(suite.assertionsOf(PAGE_MUSTS).length, 15);
  });

  it('writes a collection that passes every collection must', () => {
    const outcomes = suite.run(COLLECTION_MUSTS, collection());
    assert.equal(outcomes.length, 10);
    assert.deepEqual(failures(outcomes), []);
  });

  it('writes an embedded page that passes every page must', () => {
    const outcomes = suite.run(PAGE_MUSTS, collection());
    assert.equal(outcomes.length, 15);
    assert.deepEqual(failures(outcomes), []);
  });

  it('writes annotations that each pass every annotation must', () => {
    const items = collection().first.items;
    assert.equal(items.length, articleAnnotations().length);
    for (const item of items) {
      const outcomes = suite.run(ANNOTATION_MUSTS, item);
      assert.equal(outcomes.length, 54);
      assert.deepEqual(failures(outcomes), [], item.id);
    }
  });

  it('passes with IRIs that hold spaces, accents and odd annotation ids', () => {
    const source = { ...SOURCE, uri: 'file:///home/éditeur/Nachrichten 2024/Lawrow über Baku.txt' };
    const odd = { ...articleAnnotations()[1]!, id: 'manual tag #1 <b>' };
    const doc = collection([odd], 'file:///home/éditeur/Nachrichten 2024/Lawrow über Baku.txt.annotations.jsonld', source);
    assert.deepEqual(failures(suite.run(COLLECTION_MUSTS, doc)), []);
    assert.deepEqual(failures(suite.run(ANNOTATION_MUSTS, doc.first.items[0])), []);
    assert.equal(doc.first.items[0]!.id, 'file:///home/%C3%A9diteur/Nachrichten%202024/Lawrow%20%C3%BCber%20Baku.txt.annotations.jsonld#manual%20tag%20%231%20%3Cb%3E');
  });

  it('passes with no annotations at all', () => {
    const doc = collection([]);
    assert.equal(doc.total, 0);
    assert.deepEqual(failures(suite.run(COLLECTION_MUSTS, doc)), []);
    assert.deepEqual(failures(suite.run(PAGE_MUSTS, doc)), []);
  });
});

describe('W3C sidecar content', () => {
  it('gives each annotation the sidecar IRI and its own id as fragment', () => {
    const doc = collection();
    assert.equal(doc.id, SIDECAR_IRI);
    const ids = doc.first.items.map((i) => i.id);
    assert.ok(ids.includes(`${SIDECAR_IRI}#entity-sergey-lavrov-0-13`));
    assert.ok(ids.includes(`${SIDECAR_IRI}#manual-4f1c2a9be07d3365`));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('selects by code points after an emoji, with the exact text and its context', () => {
    const baku = collection().first.items.find((i) => i.id.endsWith('#entity-baku-' + find(ARTICLE, 'Baku').start + '-' + find(ARTICLE, 'Baku').end))!;
    const [position, quote] = baku.target.selector;
    const points = [...ARTICLE];
    assert.equal(baku.target.source, SOURCE.uri);
    assert.equal(position!.type, 'TextPositionSelector');
    assert.equal(points.slice(position!.start as number, position!.end as number).join(''), 'Baku');
    // the flag is two astral code points, 😀 one more: three fewer than UTF-16 units
    assert.equal(position!.start, find(ARTICLE, 'Baku').start - 3);
    assert.deepEqual(quote, { type: 'TextQuoteSelector', exact: 'Baku', prefix: ' "pro-Azerbaijani" stance of 😀 ', suffix: ' was criticised by Maria Zakharo' });
  });

  it('leaves out the prefix of a span at the start of the text', () => {
    const first = collection().first.items[0]!;
    assert.ok(!('prefix' in first.target.selector[1]!));
  });

  it('tags an entity with its type and identifies it by its glossary IRI', () => {
    const types = new Map<string, EntityTypeInfo>([['person', { id: 'person', label: 'Person', builtIn: true }]]);
    const lavrov = collection(articleAnnotations(), SIDECAR_IRI, SOURCE, types).first.items.find((i) => i.id.endsWith('#entity-sergey-lavrov-0-13'))!;
    assert.equal(lavrov.motivation, 'identifying');
    assert.deepEqual(lavrov.body, [
      { type: 'TextualBody', value: 'person', purpose: 'tagging', label: 'Person' },
      { type: 'SpecificResource', source: 'urn:newsmark:entity:sergey-lavrov', purpose: 'identifying' },
    ]);
  });

  it('only tags an entity the glossary does not know', () => {
    const zakharova = collection().first.items.find((i) => i.id.endsWith('#manual-4f1c2a9be07d3365'))!;
    assert.equal(zakharova.motivation, 'tagging');
    assert.deepEqual(zakharova.body, [{ type: 'TextualBody', value: 'person', purpose: 'tagging' }]);
  });

  it('describes a quote by its style and who said it', () => {
    const q = collection().first.items.find((i) => i.body.some((b) => b.value === 'quote') && i.body.some((b) => b.value === 'Sergey Lavrov'))!;
    assert.equal(q.motivation, 'describing');
    assert.deepEqual(q.body, [
      { type: 'TextualBody', value: 'quote', purpose: 'tagging' },
      { type: 'TextualBody', value: 'direct', purpose: 'classifying' },
      { type: 'TextualBody', value: 'Sergey Lavrov', purpose: 'describing' },
      { type: 'SpecificResource', source: 'urn:newsmark:entity:sergey-lavrov', purpose: 'describing' },
    ]);
  });

  it('tags a scare quote without a speaker', () => {
    const term = collection().first.items.find((i) => i.body.some((b) => b.value === 'term'))!;
    assert.equal(term.motivation, 'tagging');
    assert.equal(term.body.length, 2);
    assert.equal(term.target.selector[1]!.exact, 'pro-Azerbaijani');
  });

  it('leaves out orphaned annotations, which point at no text', () => {
    const doc = collection([...articleAnnotations(), ORPHAN]);
    assert.equal(doc.total, articleAnnotations().length);
    assert.ok(!doc.first.items.some((i) => i.id.endsWith(ORPHAN.id)));
  });

  it('refuses IRIs that are not absolute', () => {
    assert.throws(() => toW3C(ARTICLE, SOURCE, [], 'lavrov.txt.annotations.jsonld'), /sidecar IRI must be an absolute IRI/);
    assert.throws(() => toW3C(ARTICLE, { ...SOURCE, uri: 'news/lavrov.txt' }, [], SIDECAR_IRI), /article IRI must be an absolute IRI/);
  });

  it('serializes as two-space JSON-LD with a final newline', () => {
    const text = serializeW3C(toW3C(ARTICLE, SOURCE, articleAnnotations(), SIDECAR_IRI));
    assert.ok(text.startsWith('{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "id": '));
    assert.ok(text.endsWith('}\n'));
  });
});
