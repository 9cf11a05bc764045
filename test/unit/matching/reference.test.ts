import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileMatcher } from '../../../src/core/matching';
import { glossaryArb, textArb } from './arbitraries';
import { referenceScan } from './referenceMatcher';

describe('matcher: agrees with a naive reading of the rules', () => {
  it('finds the same mentions as trying every form at every word start', () => {
    fc.assert(
      fc.property(glossaryArb, textArb, (entities, text) => {
        assert.deepEqual(compileMatcher(entities).scan(text), referenceScan(entities, text));
      }),
      { numRuns: 3000 },
    );
  });
});
