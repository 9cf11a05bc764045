// The editor's text between reads: any sequence of replacements, near each
// other or far apart, reads back as the same replacements made on a string.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SplicedText } from '../../../src/core/splicedText';

const replacementArb = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.string({ maxLength: 6 }), fc.boolean());

describe('SplicedText', () => {
  it('reads as the replacements made one by one on a string, its length too, whatever their places', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.array(replacementArb, { maxLength: 30 }), (start, replacements) => {
        const spliced = new SplicedText(start);
        let expected = start;
        for (const [where, removed, inserted, read] of replacements) {
          const offset = Math.floor(where * expected.length);
          const cut = Math.min(removed, expected.length - offset);
          spliced.replace(offset, cut, inserted);
          expected = expected.slice(0, offset) + inserted + expected.slice(offset + cut);
          assert.equal(spliced.length, expected.length);
          if (read) assert.equal(spliced.toString(), expected);
        }
        assert.equal(spliced.toString(), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('follows a burst of typing and deleting in one place of a long text', () => {
    const text = 'a'.repeat(100_000) + 'Lavrov said "no".' + 'b'.repeat(100_000);
    const spliced = new SplicedText(text);
    let expected = text;
    let at = 100_006;
    for (const ch of ' quietly, ') {
      spliced.replace(at, 0, ch);
      expected = expected.slice(0, at) + ch + expected.slice(at);
      at++;
    }
    spliced.replace(at - 3, 3, ''); // backspaces
    expected = expected.slice(0, at - 3) + expected.slice(at);
    assert.equal(spliced.toString(), expected);
    assert.ok(expected.includes('Lavrov quietl said'));
  });
});
