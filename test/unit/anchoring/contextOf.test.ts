import assert from 'node:assert/strict';
import { contextOf } from '../../../src/core/anchoring';

describe('contextOf', () => {
  const text = 'On February 2, the Head of the Russian Ministry of Foreign Affairs, Sergey Lavrov, told in an interview with Russia 24 that Azerbaijan has regained its territories.';
  const start = text.indexOf('Sergey Lavrov');
  const end = start + 'Sergey Lavrov'.length;

  it('takes 32 UTF-16 units on each side of the span', () => {
    const { prefix, suffix } = contextOf(text, start, end);
    assert.equal(prefix, text.slice(start - 32, start));
    assert.equal(suffix, text.slice(end, end + 32));
  });

  it('takes what there is at the start and the end of the text', () => {
    assert.deepEqual(contextOf('Lavrov said.', 0, 6), { prefix: '', suffix: ' said.' });
  });

  it('does not split an emoji (a surrogate pair) at the far end of the prefix', () => {
    const withEmoji = '🙂' + 'x'.repeat(31) + 'Lavrov';
    // 32 units before the span would start in the middle of the emoji
    assert.equal(contextOf(withEmoji, 33, 39).prefix, 'x'.repeat(31));
  });

  it('does not split an emoji at the far end of the suffix', () => {
    const withEmoji = 'Lavrov' + 'x'.repeat(31) + '🙂';
    assert.equal(contextOf(withEmoji, 0, 6).suffix, 'x'.repeat(31));
  });
});
