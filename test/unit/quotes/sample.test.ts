import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Entity, Mention } from '../../../src/core/model';
import { quotes } from './helpers';

const SAMPLE = fs.readFileSync(path.join(__dirname, '../../../../samples/000_03eb9b906080eadc.txt'), 'utf8');

const LAVROV: Entity = {
  id: 'sergey-lavrov', name: 'Sergey Lavrov', type: 'person', aliases: ['Lavrov'], facts: [], links: [], case: 'auto',
};

/** Glossary mentions of Lavrov, as the matcher would give them. */
function lavrovMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(/(Sergey )?Lavrov/g)) {
    found.push({ start: m.index, end: m.index + m[0].length, entity: LAVROV.id, form: m[1] ? 0 : 1 });
  }
  return found;
}

function offsetOf(needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = SAMPLE.indexOf(needle, at + 1);
  return at;
}

describe('quotes: the sample article', () => {
  for (const glossary of [false, true]) {
    describe(glossary ? 'with a glossary' : 'from the text alone', () => {
      const context = glossary
        ? { mentions: lavrovMentions(SAMPLE), entity: (id: string) => (id === LAVROV.id ? LAVROV : undefined) }
        : undefined;
      const found = quotes(SAMPLE, context);
      const byText = (start: string) => found.find((q) => q.text.startsWith(start));

      it('gives the headline quote to Sergey Lavrov', () => {
        const q = byText('Armenia Occupied')!;
        assert.deepEqual([q.style, q.speaker, q.name], ['direct', 'Sergey Lavrov', 'Sergey Lavrov']);
      });

      it('gives the "outburst of violence" quote to the Lavrov that starts its paragraph', () => {
        const q = byText('outburst of violence')!;
        assert.deepEqual([q.style, q.speaker, q.name], ['direct', 'Lavrov', 'Sergey Lavrov']);
      });

      it('gives the "Azerbaijan has regained" quote to He, who is Sergey Lavrov', () => {
        const q = byText('Azerbaijan has regained')!;
        assert.deepEqual([q.style, q.speaker, q.name], ['direct', 'He', 'Sergey Lavrov']);
      });

      it('gives the demand of the document to the Armenian side', () => {
        const q = byText('condemned Azerbaijan’s actions')!;
        assert.deepEqual([q.style, q.speaker], ['direct', 'the Armenian side']);
      });

      it('calls "pro-Azerbaijani" a term with no speaker', () => {
        assert.deepEqual(byText('pro-Azerbaijani'), { text: 'pro-Azerbaijani', style: 'term', speaker: null, name: null });
      });

      it('finds no other quote (the apostrophe of Azerbaijan\'s opens none)', () => {
        assert.equal(found.length, 5);
      });
    });
  }

  it('carries the glossary id of a speaker that is a glossary person', async () => {
    const { findQuotes } = await import('../../../src/core/quotes');
    const context = { mentions: lavrovMentions(SAMPLE), entity: (id: string) => (id === LAVROV.id ? LAVROV : undefined) };
    const all = findQuotes(SAMPLE, context).filter((q) => q.style === 'direct');
    const he = all.find((q) => q.speaker?.text === 'He')!;
    assert.deepEqual(he.speaker, { start: offsetOf('He noted'), end: offsetOf('He noted') + 2, text: 'He', name: 'Sergey Lavrov', entity: 'sergey-lavrov' });
    assert.equal(all.find((q) => q.speaker?.text === 'Lavrov')!.speaker!.start, offsetOf('Lavrov mentioned'));
  });
});
