// The incremental analysis must always equal a full scan of the new text:
// random glossaries, random texts with quotes and speech, random edits.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ArticleAnalysis, annotateText } from '../../../src/core/engine/analysis';
import { foldEdits, nearEnoughToFold } from '../../../src/core/engine/pendingEdits';
import type { Entity } from '../../../src/core/model';
import { compiledGlossaryOf, entity } from '../matching/entities';

const PEOPLE: Entity[] = [
  { ...entity('lavrov', 'Sergey Lavrov', ['Lavrov']), type: 'person' },
  { ...entity('pashinyan', 'Nikol Pashinyan', ['Pashinyan']), type: 'person' },
  entity('armenia', 'Armenia'),
  entity('eu', 'European Union', ['EU']),
];
const glossary = compiledGlossaryOf(PEOPLE);

const PIECES = [
  'Lavrov', 'Sergey Lavrov', 'Pashinyan', 'Armenia', 'EU', 'European\nUnion', ' said', ' told reporters', 'He', ' she noted that ', 'according to ',
  ' ', ' ', ', ', '. ', '\n', '\n\n', '\r\n', '"', '“', '”', '«', '»', "'", '’', 'the talks', ' were useful', ' and frank', 'peace', '😀', ':',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
const editArb = (length: number) =>
  fc.tuple(fc.nat({ max: length }), fc.nat({ max: 12 }), fc.array(fc.constantFrom(...PIECES, 'x', 'a'), { maxLength: 3 }).map((p) => p.join('')));

function applyEdit(text: string, at: number, removed: number, inserted: string) {
  const start = Math.min(at, text.length);
  const oldEnd = Math.min(text.length, start + removed);
  return { text: text.slice(0, start) + inserted + text.slice(oldEnd), edit: { start, oldEnd, newEnd: start + inserted.length } };
}

describe('incremental analysis', () => {
  it('equals a full scan after any sequence of random edits', () => {
    fc.assert(
      fc.property(textArb.chain((text) => fc.tuple(fc.constant(text), fc.array(editArb(text.length), { minLength: 1, maxLength: 5 }))), ([text, edits]) => {
        const analysis = new ArticleAnalysis(text, glossary);
        let current = text;
        for (const [at, removed, inserted] of edits) {
          const next = applyEdit(current, at, removed, inserted);
          analysis.update(next.text, next.edit);
          current = next.text;
          assert.deepEqual(analysis.annotations, annotateText(current, glossary));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('survives an edit that leaves half of a surrogate pair behind', () => {
    const analysis = new ArticleAnalysis('😀', glossary);
    const next = applyEdit('😀', 0, 1, '');
    assert.doesNotThrow(() => analysis.update(next.text, next.edit));
    assert.deepEqual(analysis.annotations, annotateText(next.text, glossary));
  });

  it('follows an edit at the very start and at the very end of the text', () => {
    const text = 'Lavrov said "the talks were useful."\nHe noted that “peace is near and will come.”\n';
    const analysis = new ArticleAnalysis(text, glossary);
    for (const next of [applyEdit(text, 0, 0, 'Sergey '), applyEdit('Sergey ' + text, ('Sergey ' + text).length, 0, 'Armenia')]) {
      analysis.update(next.text, next.edit);
      assert.deepEqual(analysis.annotations, annotateText(next.text, glossary));
    }
  });

  it('folds a burst of edits into one that turns the first text into the last, and the analysis follows it', () => {
    fc.assert(
      fc.property(textArb.chain((text) => fc.tuple(fc.constant(text), fc.array(editArb(text.length), { minLength: 2, maxLength: 6 }))), ([text, edits]) => {
        const analysis = new ArticleAnalysis(text, glossary);
        let current = text;
        let folded: { start: number; oldEnd: number; newEnd: number } | undefined;
        for (const [at, removed, inserted] of edits) {
          const next = applyEdit(current, at, removed, inserted);
          folded = folded ? foldEdits(folded, next.edit) : next.edit;
          current = next.text;
        }
        const f = folded!;
        // outside the folded span the first and the last text agree, and inside it is the last text's
        assert.equal(text.slice(0, f.start) + current.slice(f.start, f.newEnd) + text.slice(f.oldEnd), current);
        assert.ok(f.start <= f.oldEnd && f.start <= f.newEnd && f.oldEnd <= text.length && f.newEnd <= current.length);
        analysis.update(current, f);
        assert.deepEqual(analysis.annotations, annotateText(current, glossary));
      }),
      { numRuns: 400 },
    );
  });

  it('folds only edits near each other', () => {
    const at = (start: number, oldEnd = start, newEnd = start + 1) => ({ start, oldEnd, newEnd });
    assert.ok(nearEnoughToFold(at(5000), at(5001)), 'the next keystroke');
    assert.ok(nearEnoughToFold(at(5000), at(4999, 5000, 4999)), 'a backspace');
    assert.ok(nearEnoughToFold(at(5000), at(5900)));
    assert.ok(!nearEnoughToFold(at(5000), at(9000)), 'a second cursor far below');
    assert.ok(!nearEnoughToFold(at(5000), at(100)), 'far above');
  });
});
