import assert from 'node:assert/strict';
import { compileMatcher } from '../../../src/core/matching';
import { described, entity } from './entities';

describe('matcher: overlapping mentions', () => {
  it('longest wins: Nagorno-Karabakh Autonomous Oblast over Nagorno-Karabakh', () => {
    const m = compileMatcher([entity('nk', 'Nagorno-Karabakh'), entity('nkao', 'Nagorno-Karabakh Autonomous Oblast')]);
    const text = 'the Nagorno-Karabakh Autonomous Oblast and Nagorno-Karabakh Autonomous region';
    assert.deepEqual(described(text, m.scan(text)), ['Nagorno-Karabakh Autonomous Oblast@4:nkao/0', 'Nagorno-Karabakh@43:nk/0']);
  });

  it('longest wins: Russia 24 over Russia', () => {
    const m = compileMatcher([entity('ru', 'Russia'), entity('r24', 'Russia 24')]);
    const text = 'Russia 24 reported from Russia';
    assert.deepEqual(described(text, m.scan(text)), ['Russia 24@0:r24/0', 'Russia@24:ru/0']);
  });

  it('longest wins even when it starts later', () => {
    const m = compileMatcher([entity('ab', 'Upper Kama'), entity('bc', 'Kama River Basin')]);
    const text = 'Upper Kama River Basin';
    assert.deepEqual(described(text, m.scan(text)), ['Kama River Basin@6:bc/0']);
  });

  it('among equally long overlapping mentions the earliest wins', () => {
    const m = compileMatcher([entity('ab', 'Upper Kama'), entity('bc', 'Kama Upper')]);
    const text = 'Upper Kama Upper Kama';
    assert.deepEqual(described(text, m.scan(text)), ['Upper Kama@0:ab/0', 'Upper Kama@11:ab/0']);
  });

  it('keeps the shorter mentions a longer one does not overlap in the same chain', () => {
    const m = compileMatcher([entity('a', 'North Gate'), entity('b', 'Gate Street Bridge'), entity('c', 'Bridge Tower')]);
    const text = 'North Gate Street Bridge Tower';
    assert.deepEqual(described(text, m.scan(text)), ['Gate Street Bridge@6:b/0']);
    const m2 = compileMatcher([entity('a', 'North'), entity('b', 'Gate Street Bridge'), entity('c', 'Tower')]);
    assert.deepEqual(described(text, m2.scan(text)), ['North@0:a/0', 'Gate Street Bridge@6:b/0', 'Tower@25:c/0']);
  });

  it('measures length in UTF-16 units of the matched text, white space runs included', () => {
    const m = compileMatcher([entity('ab', 'Upper Kama'), entity('bc', 'Kama Valley')]);
    const text = 'Upper     Kama Valley';
    assert.deepEqual(described(text, m.scan(text)), ['Upper     Kama@0:ab/0']);
  });

  it('gives a span claimed by two entities to the first in glossary order', () => {
    const m = compileMatcher([entity('georgia-country', 'Georgia'), entity('georgia-state', 'Georgia')]);
    assert.deepEqual(m.scan('Georgia').map((x) => x.entity), ['georgia-country']);
  });

  it('gives a span claimed by two forms of one entity to the lowest form', () => {
    const m = compileMatcher([entity('lavrov', 'Lavrov', ['Lavrov', 'LAVROV'])]);
    assert.deepEqual(m.scan('LAVROV').map((x) => x.form), [0]);
  });
});
