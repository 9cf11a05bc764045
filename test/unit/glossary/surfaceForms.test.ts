import assert from 'node:assert/strict';
import { parseGlossaryFile } from '../../../src/core/glossary';
import { foldForm } from '../../../src/core/glossary/surfaceForms';
import { problemsOf, yaml } from './helpers';

function aliasesOf(text: string): string[][] {
  return parseGlossaryFile('g.yaml', text).entities.map(e => [...e.aliases]);
}

describe('glossary: surface forms claimed by two entities', () => {
  it('folds apostrophes, dashes and runs of white space as the matcher does', () => {
    assert.equal(foldForm('Lavrov’s  \n Place'), "Lavrov's Place");
    assert.equal(foldForm('Nagorno–Karabakh'), 'Nagorno-Karabakh');
    assert.equal(foldForm(' Baku '), 'Baku');
    assert.equal(foldForm('Cafe\u0301'), 'Café');
  });

  it('gives a form to the first entity and warns at the second, which loses that alias', () => {
    const text = yaml(
      'entities:',
      '  - id: a',
      '    name: Georgia',
      '    type: place',
      '    aliases: [Sakartvelo, Lavrov’s Place]',
      '  - id: b',
      '    name: Peach State',
      '    type: place',
      '    aliases: ["LAVROV\'S  place", Sakartvelo, GA]',
    );
    assert.deepEqual(problemsOf(text), [
      [8, 14, 8, 31, 'warning', "entity 'b': alias 'LAVROV'S  place' is also an alias of entity 'a' (line 5), which keeps it; it is left out here"],
      [8, 33, 8, 43, 'warning', "entity 'b': alias 'Sakartvelo' is also an alias of entity 'a' (line 5), which keeps it; it is left out here"],
    ]);
    assert.deepEqual(aliasesOf(text), [['Sakartvelo', 'Lavrov’s Place'], ['GA']]);
  });

  it('keeps a name that another entity already has, and warns that its mentions go to the first', () => {
    const text = yaml('entities:', '  - id: georgia', '    name: Georgia', '    type: place', '  - id: georgia-us', '    name: georgia', '    type: place');
    assert.deepEqual(problemsOf(text), [
      [5, 10, 5, 17, 'warning', "entity 'georgia-us': name 'georgia' is also the name of entity 'georgia' (line 3), which keeps it: the name stays on cards but mentions of it go to 'georgia'"],
    ]);
    assert.deepEqual(parseGlossaryFile('g.yaml', text).entities.map(e => e.name), ['Georgia', 'georgia']);
  });

  it('warns about an alias that repeats the entity’s own name or alias', () => {
    const text = yaml('entities:', '  - id: a', '    name: Lavrov', '    type: person', '    aliases: [lavrov, Sergey, sergey]');
    assert.deepEqual(problemsOf(text), [
      [4, 14, 4, 20, 'warning', "entity 'a': alias 'lavrov' repeats the name; remove it"],
      [4, 30, 4, 36, 'warning', "entity 'a': alias 'sergey' repeats alias 'Sergey'; remove it"],
    ]);
    assert.deepEqual(aliasesOf(text), [['Sergey']]);
  });

  it('lets forms that differ only in case coexist when case tells them apart for both', () => {
    const text = yaml(
      'entities:',
      '  - id: apple-inc',
      '    name: Apple',
      '    type: organization',
      '    case: exact',
      '  - id: apple',
      '    name: apple',
      '    type: other',
      '    case: exact',
    );
    assert.deepEqual(problemsOf(text), []);
  });

  it('counts a form in capitals under case auto as matching only in capitals, but not against one matching any case', () => {
    const text = yaml(
      'entities:',
      '  - id: eu',
      '    name: European Union',
      '    type: organization',
      '    aliases: [EU]',
      '  - id: eu-other',
      '    name: Eu',
      '    type: other',
    );
    assert.deepEqual(problemsOf(text), [
      [6, 10, 6, 12, 'warning', "entity 'eu-other': name 'Eu' is also an alias of entity 'eu' (line 5), which keeps it: the name stays on cards but mentions of it go to 'eu'"],
    ]);
  });
});
