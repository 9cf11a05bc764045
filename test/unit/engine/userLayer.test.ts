import assert from 'node:assert/strict';
import { applyUserLayer } from '../../../src/core/engine/userLayer';
import type { Annotation } from '../../../src/core/model';

const entity = (start: number, end: number, origin: Annotation['origin'], entity: string | null = 'x'): Annotation =>
  ({ id: `${origin}-${start}`, kind: 'entity', type: 'person', entity, start, end, text: '', origin });
const quote = (start: number, end: number, origin: Annotation['origin']): Annotation =>
  ({ id: `q-${origin}-${start}`, kind: 'quote', style: 'direct', speaker: null, start, end, text: '', origin });

describe('applyUserLayer', () => {
  it('drops a suppressed automatic annotation and keeps the others', () => {
    const detected = [entity(0, 5, 'glossary'), entity(10, 15, 'glossary')];
    const shown = applyUserLayer(detected, { manual: [], suppressed: [entity(10, 15, 'glossary')] });
    assert.deepEqual(shown.map((a) => a.start), [0]);
  });

  it('a suppression of another entity on the same span does not hide this one', () => {
    const shown = applyUserLayer([entity(0, 5, 'glossary', 'a')], { manual: [], suppressed: [entity(0, 5, 'glossary', 'b')] });
    assert.equal(shown.length, 1);
  });

  it('a manual tag replaces the automatic one of the same kind it overlaps, in text order', () => {
    const detected = [quote(20, 40, 'detected'), entity(0, 5, 'glossary'), entity(25, 30, 'glossary')];
    const shown = applyUserLayer(detected, { manual: [quote(18, 40, 'manual'), entity(3, 9, 'manual')], suppressed: [] });
    assert.deepEqual(shown.map((a) => `${a.kind}:${a.origin}:${a.start}`), ['entity:manual:3', 'quote:manual:18', 'entity:glossary:25']);
  });

  it('does not place an orphaned manual tag', () => {
    const orphan = { ...entity(3, 9, 'manual'), orphaned: true };
    assert.deepEqual(applyUserLayer([entity(0, 5, 'glossary')], { manual: [orphan], suppressed: [] }).map((a) => a.origin), ['glossary']);
  });
});
