// Line starts, with and without CR in the text, against the obvious definition.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineAndColumn, lineStarts, lineStartsAfterEdit } from '../../../src/core/lines';

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

describe('lineStartsAfterEdit', () => {
  const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '😀', '\n\n');
  const textArb = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

  it('equals the line starts of the edited text, for any edit (line breaks typed, deleted, split and joined)', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat({ max: 6 }), fc.array(piece, { maxLength: 3 }).map((p) => p.join('')), (text, at, removed, inserted) => {
        const start = at % (text.length + 1);
        const oldEnd = Math.min(text.length, start + removed);
        const next = text.slice(0, start) + inserted + text.slice(oldEnd);
        const edit = { start, oldEnd, newEnd: start + inserted.length };
        assert.deepEqual(lineStartsAfterEdit(lineStarts(text), next, edit), lineStarts(next));
      }),
      { numRuns: 2000 },
    );
  });

  it('joins a CR and the LF typed after it into one line break', () => {
    const text = 'ab\rcd';
    const next = 'ab\r\ncd';
    assert.deepEqual(lineStartsAfterEdit(lineStarts(text), next, { start: 3, oldEnd: 3, newEnd: 4 }), [0, 4]);
  });

  it('follows a chain of edits as a full read of each text does', () => {
    let text = 'one\ntwo\r\nthree\rfour';
    let starts = lineStarts(text);
    for (const [start, oldEnd, inserted] of [[0, 0, 'x\n'], [5, 7, ''], [text.length - 1, text.length, '\r'], [3, 3, 'yy']] as const) {
      const at = Math.min(start, text.length), end = Math.min(oldEnd, text.length);
      text = text.slice(0, at) + inserted + text.slice(end);
      starts = lineStartsAfterEdit(starts, text, { start: at, oldEnd: end, newEnd: at + inserted.length });
      assert.deepEqual(starts, lineStarts(text));
    }
  });
});
