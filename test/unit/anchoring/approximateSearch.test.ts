import assert from 'node:assert/strict';
import fc from 'fast-check';
import { approximateEnds } from '../../../src/core/anchoring/approximateSearch';
import { distancesEndingAt, editDistance } from '../../../src/core/anchoring/editDistance';

// The textbook dynamic programme: the smallest distance of the pattern to any
// substring of the text that ends at each position.
function bruteForceEnds(text: string, pattern: string, maxErrors: number): { end: number; errors: number }[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const ends: { end: number; errors: number }[] = [];
  for (let j = 0; j < text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      next[i] = Math.min(column[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1), column[i]! + 1, next[i - 1]! + 1);
    }
    column = next;
    if (column[pattern.length]! <= maxErrors) ends.push({ end: j + 1, errors: column[pattern.length]! });
  }
  return ends;
}

describe('approximate search', () => {
  it('finds an exact occurrence with no errors', () => {
    assert.deepEqual(approximateEnds('the talks resumed', 'talks', 0), [{ end: 9, errors: 0 }]);
  });

  it('finds a match with one substituted letter within a budget of one', () => {
    const ends = approximateEnds('Amara Velazquez said', 'Amara Velasquez', 1);
    assert.ok(ends.some((e) => e.end === 15 && e.errors === 1));
  });

  it('agrees with the textbook dynamic programme on short patterns (one block)', () => {
    fc.assert(fc.property(
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 20 }),
      fc.nat(4),
      (text, pattern, k) => assert.deepEqual(approximateEnds(text, pattern, k), bruteForceEnds(text, pattern, k)),
    ));
  });

  it('agrees with the textbook dynamic programme on patterns of several 32-row blocks', () => {
    fc.assert(fc.property(
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 33, maxLength: 110 }),
      fc.nat(40),
      fc.array(fc.tuple(fc.nat(200), fc.constantFrom('a', 'b', 'x', '')), { maxLength: 8 }),
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 80 }),
      (pattern, k, edits, noise) => {
        let copy = pattern;
        for (const [at, letter] of edits) {
          const i = at % copy.length;
          copy = copy.slice(0, i) + letter + copy.slice(i + 1);
        }
        const text = noise + copy + noise;
        assert.deepEqual(approximateEnds(text, pattern, k), bruteForceEnds(text, pattern, k));
      },
    ), { numRuns: 300 });
  });

  it('agrees with the textbook dynamic programme when the piece filter is used (long patterns, few errors)', () => {
    fc.assert(fc.property(
      fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', ' '), minLength: 40, maxLength: 90 }),
      fc.nat(3),
      fc.array(fc.tuple(fc.nat(200), fc.constantFrom('a', 'x', '')), { maxLength: 5 }),
      fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', ' '), maxLength: 120 }), { minLength: 2, maxLength: 4 }),
      (pattern, k, edits, noise) => {
        let copy = pattern;
        for (const [at, letter] of edits) {
          const i = at % copy.length;
          copy = copy.slice(0, i) + letter + copy.slice(i + 1);
        }
        const text = noise.join(copy) + noise.join(pattern.slice(5));
        assert.deepEqual(approximateEnds(text, pattern, k), bruteForceEnds(text, pattern, k));
      },
    ), { numRuns: 300 });
  });
});

describe('edit distances', () => {
  it('counts substitutions, insertions and deletions', () => {
    assert.equal(editDistance('Lavrov said', 'Lavrof said'), 1);
    assert.equal(editDistance('talks', 'the talks'), 4);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('gives the distance to every substring ending at one place', () => {
    const text = 'xx Sergei Lavrov';
    const distances = distancesEndingAt('Sergey Lavrov', text, text.length, 15);
    assert.equal(distances[13], 1); // "Sergei Lavrov"
    assert.equal(distances[14], 2); // " Sergei Lavrov"
    for (let t = 0; t < distances.length; t++) assert.equal(distances[t], editDistance('Sergey Lavrov', text.slice(text.length - t)));
  });
});
