import assert from 'node:assert/strict';
import { paragraphSpans } from '../../../src/core/paragraphs';

describe('paragraphSpans', () => {
  it('splits on LF, CRLF and CR, skipping blank lines', () => {
    const text = 'One.\r\n\r\nTwo.\n  \nThree.\rFour.';
    const spans = paragraphSpans(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('covers a sub-range with absolute offsets', () => {
    const text = 'a\nbb\nccc\n';
    assert.deepEqual(paragraphSpans(text, 2, 8), [{ start: 2, end: 4 }, { start: 5, end: 8 }]);
  });
});
