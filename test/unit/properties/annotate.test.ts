// Properties of the whole engine, for any text and any glossary (issue 5):
// annotating never throws, every span lies inside the text and carries its
// slice, mentions never overlap, and every sidecar format written and read
// back gives the same annotations.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotateText } from '../../../src/core/engine/analysis';
import type { Annotation, Entity } from '../../../src/core/model';
import { parseBrat, parseNative, serializeNative, toBrat, toNativeSidecar } from '../../../src/core/sidecar';
import { glossaryArb, textArb as matchingTextArb } from '../matching/arbitraries';
import { compiledGlossaryOf } from '../matching/entities';
import { essentials } from '../sidecar/essentials';

const SPEECH = [' said ', ' told reporters ', 'He', 'She', ' according to ', ': ', '"', '“', '”', '«', '»', "'", '’', '\n', '\n\n', 'Smith', 'Anna Smith', '.'];
const textArb = fc.array(fc.oneof(matchingTextArb, fc.constantFrom(...SPEECH)), { maxLength: 12 }).map((parts) => parts.join(''));
const withPeople = glossaryArb.map((entities): Entity[] => [
  ...entities,
  { id: 'anna-smith', name: 'Anna Smith', type: 'person', aliases: ['Smith'], facts: [], links: [], case: 'auto' },
]);

const SOURCE = { file: 'article.txt', uri: 'file:///article.txt', sha256: '0'.repeat(64) };
const RUNS = { numRuns: 300 };

describe('the engine, for any text and any glossary', () => {
  it('never throws, and every span lies inside the text with its own slice', () => {
    fc.assert(
      fc.property(textArb, withPeople, (text, entities) => {
        for (const a of annotateText(text, compiledGlossaryOf(entities))) {
          assert.ok(0 <= a.start && a.start < a.end && a.end <= text.length, `${a.id} lies outside the text`);
          assert.equal(a.text, text.slice(a.start, a.end));
          if (a.kind === 'quote' && a.speaker && a.speaker.start >= 0) {
            assert.ok(a.speaker.end <= text.length);
            assert.equal(a.speaker.text, text.slice(a.speaker.start, a.speaker.end));
          }
        }
      }),
      RUNS,
    );
  });

  it('never lets two entity mentions overlap', () => {
    fc.assert(
      fc.property(textArb, withPeople, (text, entities) => {
        const mentions = annotateText(text, compiledGlossaryOf(entities)).filter((a) => a.kind === 'entity');
        for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i - 1]!.end <= mentions[i]!.start, 'mentions overlap');
      }),
      RUNS,
    );
  });

  it('reads back from its native sidecar the annotations it wrote', () => {
    fc.assert(
      fc.property(textArb, withPeople, (text, entities) => {
        const annotations = annotateText(text, compiledGlossaryOf(entities));
        const json = serializeNative(toNativeSidecar(text, { ...SOURCE, length: [...text].length }, annotations, []));
        const read = parseNative(json, text);
        assert.ok(read.ok, read.ok ? '' : read.error);
        assert.deepEqual(essentials(read.value.annotations), essentials(annotations));
      }),
      RUNS,
    );
  });

  it('reads back from brat standoff the annotations it wrote', () => {
    fc.assert(
      fc.property(textArb, withPeople, (text, entities) => {
        const glossary = compiledGlossaryOf(entities);
        const annotations = annotateText(text, glossary);
        const back = parseBrat(toBrat(text, annotations, (id) => glossary.entity(id)?.name), text);
        // brat has no notion of where an annotation came from: what it gives back is taken as the reader's
        const asRead = (list: readonly Annotation[]) => essentials(list).map((a) => ({ ...a, origin: 'read' }));
        assert.deepEqual(asRead(back), asRead(annotations));
      }),
      RUNS,
    );
  });
});
