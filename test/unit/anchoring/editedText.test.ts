import assert from 'node:assert/strict';
import { edited, fateOf, replaced } from '../../../bench/anchoring/editedText';

// The benchmark's notion of "correct": where an edit took an annotated span.
describe('benchmark: the image of a span under an edit', () => {
  const old = 'Foreign Minister Sergey Lavrov said on Tuesday.';
  const span = { start: 17, end: 30 }; // "Sergey Lavrov"

  it('shifts a span past an insertion before it', () => {
    const edit = replaced(old, [{ at: 0, length: 0, text: 'Update. ' }]);
    assert.deepEqual(fateOf(edit, span), { kind: 'kept', image: { start: 25, end: 38 }, copied: false });
  });

  it('leaves text inserted exactly at either end outside the span', () => {
    const edit = replaced(old, [{ at: 17, length: 0, text: 'X ' }, { at: 30, length: 0, text: ' Y' }]);
    const fate = fateOf(edit, span);
    assert.ok(fate.kind === 'kept');
    assert.equal(edit.text.slice(fate.image.start, fate.image.end), 'Sergey Lavrov');
  });

  it('takes in letters that replace the span’s first or last letters', () => {
    const edit = replaced(old, [{ at: 17, length: 1, text: 'Z' }, { at: 29, length: 1, text: 'f' }]);
    const fate = fateOf(edit, span);
    assert.ok(fate.kind === 'kept');
    assert.equal(edit.text.slice(fate.image.start, fate.image.end), 'Zergey Lavrof');
  });

  it('calls a span deleted when none of it is left', () => {
    assert.deepEqual(fateOf(replaced(old, [{ at: 17, length: 14, text: '' }]), span), { kind: 'deleted' });
  });

  it('follows a moved piece and marks a pasted copy as such', () => {
    const moved = edited(old, [{ kind: 'old', from: 17, to: 31 }, { kind: 'old', from: 0, to: 17 }, { kind: 'old', from: 31, to: old.length }]);
    assert.deepEqual(fateOf(moved, span), { kind: 'kept', image: { start: 0, end: 13 }, copied: false });
    const pasted = edited(old, [{ kind: 'old', from: 17, to: 30, copy: true }, { kind: 'new', text: ' ' }, { kind: 'old', from: 0, to: old.length }]);
    assert.deepEqual(fateOf(pasted, span), { kind: 'kept', image: { start: 31, end: 44 }, copied: true });
  });
});
