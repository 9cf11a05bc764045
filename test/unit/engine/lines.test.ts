// Line starts, with and without CR in the text, against the obvious definition.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineAndColumn, lineStarts } from '../../../src/core/lines';

function reference(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
  return starts;
}

describe('lineStarts', () => {
  it('LF, CRLF and lone CR end lines, as in VS Code', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '😀', '\n\n'), { maxLength: 40 }).map((p) => p.join('')), (text) => {
        assert.deepEqual(lineStarts(text), reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives each offset its line and column', () => {
    const starts = lineStarts('ab\ncd\r\nef');
    assert.deepEqual(lineAndColumn(starts, 4), { line: 1, column: 1 });
    assert.deepEqual(lineAndColumn(starts, 7), { line: 2, column: 0 });
  });
});
