import assert from 'node:assert/strict';
import { FoldedText, foldSpaces } from '../../../src/core/anchoring/foldedText';

describe('white space folding', () => {
  it('folds every run of white space, line breaks included, to one space', () => {
    assert.equal(foldSpaces('Sergey\r\n  Lavrov\tsaid\u00a0so'), 'Sergey Lavrov said so');
  });

  it('leaves a text without runs as it is', () => {
    assert.equal(foldSpaces('Lavrov said so.'), 'Lavrov said so.');
  });

  it('maps a folded span back to the raw text, a folded space covering its whole run', () => {
    const raw = 'Sergey\r\nLavrov said';
    const folded = FoldedText.of(raw);
    assert.equal(folded.folded, 'Sergey Lavrov said');
    assert.deepEqual(folded.toRaw(0, 13), { start: 0, end: 14 });
    assert.deepEqual(folded.toRaw(6, 7), { start: 6, end: 8 });
    assert.equal(folded.toFolded(7), 6);
    assert.equal(folded.toFolded(8), 7);
    assert.equal(folded.toFolded(raw.length), folded.folded.length);
  });

  it('keeps an emoji as two units, so offsets stay UTF-16 indices', () => {
    const folded = FoldedText.of('🙂  Lavrov');
    assert.equal(folded.folded, '🙂 Lavrov');
    assert.deepEqual(folded.toRaw(3, 9), { start: 4, end: 10 });
  });
});
