import assert from 'node:assert/strict';
import { compileMatcher } from '../../../src/core/matching';
import { described, entity } from './entities';

describe('matcher: possessives', () => {
  it("finds Lavrov's and Azerbaijan’s, the span covering the name without the 's", () => {
    const m = compileMatcher([entity('lavrov', 'Sergey Lavrov', ['Lavrov']), entity('az', 'Azerbaijan')]);
    const text = "Lavrov's remarks on Azerbaijan’s territory";
    assert.deepEqual(described(text, m.scan(text)), ['Lavrov@0:lavrov/1', 'Azerbaijan@20:az/0']);
  });

  it('treats ʼ (a letter to Unicode) as the apostrophe it is, so Lavrovʼs is a possessive', () => {
    const m = compileMatcher([entity('lavrov', 'Lavrov')]);
    const text = 'Lavrovʼs view';
    assert.deepEqual(described(text, m.scan(text)), ['Lavrov@0:lavrov/0']);
  });

  it("finds a possessive of a name that ends in s (Brussels')", () => {
    const m = compileMatcher([entity('bru', 'Brussels')]);
    const text = "Brussels' position";
    assert.deepEqual(described(text, m.scan(text)), ['Brussels@0:bru/0']);
  });
});
