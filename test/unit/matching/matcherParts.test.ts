import assert from 'node:assert/strict';
import { compileMatcher, matcherFromParts, matcherParts } from '../../../src/core/matching';
import { described, entity } from './entities';

describe('matcher parts: a compiled matcher as data a cache can keep', () => {
  const entities = [
    entity('lavrov', 'Sergey Lavrov', ['Lavrov', 'S. Lavrov']),
    entity('eu', 'European Union', ['EU']),
    entity('un', 'United Nations', ['UN'], 'exact'),
    entity('athens', 'Αθήνα'),
    entity('kyiv', 'Kyiv', ['Kiev', 'Київ']),
  ];
  const text = "Lavrov’s visit to the EU, the eu and the UN (not the un) — S. Lavrov in Αθήνα, then Київ and Kiev; Sergey\nLavrov left.";

  it('survive a structured clone and match exactly as the matcher compiled directly', () => {
    const cloned = structuredClone(matcherParts(entities));
    assert.ok(cloned.trie.nodes instanceof Int32Array, 'typed arrays stay typed arrays');
    const direct = described(text, compileMatcher(entities).scan(text));
    assert.deepEqual(described(text, matcherFromParts(cloned).scan(text)), direct);
    assert.deepEqual(direct, [
      'Lavrov@0:lavrov/1', 'EU@22:eu/1', 'UN@41:un/1', 'S. Lavrov@59:lavrov/2', 'Αθήνα@72:athens/0', 'Київ@84:kyiv/2', 'Kiev@93:kyiv/1', 'Sergey\nLavrov@99:lavrov/0',
    ]);
  });
});
