import assert from 'node:assert/strict';
import { compileMatcher } from '../../../src/core/matching';
import { entity } from './entities';

describe('matcher: many forms sharing a beginning', () => {
  it('regression: a form among more than eight siblings in the trie was not found (binary search dropped the midpoint)', () => {
    const surnames = Array.from({ length: 40 }, (_, i) => `Surname${String.fromCharCode(65 + (i % 26))}${i}`);
    const m = compileMatcher(surnames.map((s, i) => entity(`e${i}`, `Anna ${s}`, [`A. ${s}`])));
    for (const [i, s] of surnames.entries()) {
      const text = `with A. ${s} and Anna ${s}.`;
      assert.deepEqual(
        m.scan(text).map((x) => [x.entity, x.form]),
        [[`e${i}`, 1], [`e${i}`, 0]],
        s,
      );
    }
  });

  it('finds each of thousands of one-word names', () => {
    const names = Array.from({ length: 3000 }, (_, i) => `Name${i.toString(36)}`);
    const m = compileMatcher(names.map((n, i) => entity(`e${i}`, n)));
    const text = names.join(', ');
    assert.equal(m.scan(text).length, names.length);
  });
});
