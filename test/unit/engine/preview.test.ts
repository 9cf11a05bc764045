// A preview of the mentions in view must show what the whole analysis finds there, no more.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArticleAnalysis } from '../../../src/core/engine/analysis';
import { mentionsBetween } from '../../../src/core/engine/preview';
import type { Entity } from '../../../src/core/model';
import { compiledGlossaryOf, entity } from '../matching/entities';

const ENTITIES: Entity[] = [
  { ...entity('lavrov', 'Sergey Lavrov', ['Lavrov']), type: 'person' },
  entity('armenia', 'Armenia'),
  entity('nk', 'Nagorno-Karabakh'),
  entity('nkao', 'Nagorno-Karabakh Autonomous Oblast'),
  entity('eu', 'European Union', ['EU']),
];
const glossary = compiledGlossaryOf(ENTITIES);
const PIECES = ['Lavrov', 'Sergey Lavrov', 'Armenia', 'Armenian', 'Nagorno-Karabakh', ' Autonomous Oblast', 'EU', 'European\nUnion', ' ', '\n', ', ', 'said', '’s', '😀', 'the'];

describe('mentionsBetween', () => {
  it('finds in a stretch of text what the whole analysis finds lying in it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1), to = from + (b % (text.length + 1 - from));
        const preview = mentionsBetween(text, glossary, from, to);
        const whole = new ArticleAnalysis(text, glossary, { quotes: false }).annotations;
        const inside = (x: { start: number; end: number }) => x.start >= from && x.end <= to;
        // every mention wholly in the stretch is shown, and whatever is shown is a mention of the whole text
        assert.deepEqual(preview.filter(inside), whole.filter(inside));
        for (const p of preview) assert.ok(whole.some((w) => w.id === p.id), `${p.id} is no mention of the whole text`);
      }),
      { numRuns: 500 },
    );
  });

  it('a long mention across the edge of the stretch is found whole', () => {
    const text = 'In the Nagorno-Karabakh Autonomous Oblast, Lavrov said.';
    const at = text.indexOf('Autonomous');
    assert.deepEqual(mentionsBetween(text, glossary, at, text.length).map((m) => m.text), ['Nagorno-Karabakh Autonomous Oblast', 'Lavrov']);
  });
});
