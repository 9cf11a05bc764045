import assert from 'node:assert/strict';
import { compileMatcher } from '../../../src/core/matching';
import { described, entity } from './entities';

describe('matcher: compiled forms', () => {
  it('counts names and aliases in size', () => {
    const m = compileMatcher([entity('a', 'Sergey Lavrov', ['Lavrov', 'Sergei Lavrov']), entity('b', 'Baku')]);
    assert.equal(m.size, 4);
  });

  it('numbers forms 0 for the name and i + 1 for alias i', () => {
    const m = compileMatcher([entity('a', 'Sergey Lavrov', ['Lavrov', 'Sergei Lavrov'])]);
    const text = 'Sergei Lavrov, Lavrov, Sergey Lavrov';
    assert.deepEqual(described(text, m.scan(text)), ['Sergei Lavrov@0:a/2', 'Lavrov@15:a/1', 'Sergey Lavrov@23:a/0']);
  });

  it('skips forms empty after trimming and forms that do not start and end with a word character', () => {
    const m = compileMatcher([entity('a', '  ', ['—', '"Quoted"', 'U.S.', '-Baku', 'Baku'])]);
    assert.equal(m.size, 1);
    const text = '— "Quoted" U.S. -Baku Baku';
    assert.deepEqual(described(text, m.scan(text)), ['Baku@17:a/5', 'Baku@22:a/5']);
  });

  it('finds nothing with an empty glossary', () => {
    const m = compileMatcher([]);
    assert.equal(m.size, 0);
    assert.deepEqual(m.scan('Anything at all'), []);
    assert.equal(m.safeCutBefore('Anything', 4), 4);
  });
});
