import assert from 'node:assert/strict';
import fc from 'fast-check';
import { appendEntity, parseGlossaryFile, suggestEntityId } from '../../../src/core/glossary';
import { yaml } from './helpers';

const TASS = { id: 'tass', name: 'TASS', type: 'media', aliases: ['ITAR-TASS', 'Russian News Agency: TASS'], summary: 'Russian state news agency.' };

function entitiesOf(text: string) {
  const file = parseGlossaryFile('g.yaml', text);
  assert.deepEqual(file.problems.filter(p => p.severity === 'error'), []);
  return file.entities;
}

describe('glossary: appendEntity', () => {
  it('adds the entry after the last one, indented like the others, and changes nothing else', () => {
    const before = yaml(
      '# My glossary',
      'types:',
      '  media:',
      '    label: Media outlet   # shown on cards',
      '',
      'entities:',
      '  # people',
      '  - id: lavrov',
      '    name: Sergey Lavrov',
      '    type: person',
      '',
      '  - id: eu',
      '    name: European Union',
      '    type: organization',
      '    aliases:',
      '      - EU',
      '',
      '# the end',
    );
    assert.equal(appendEntity(before, TASS), yaml(
      '# My glossary',
      'types:',
      '  media:',
      '    label: Media outlet   # shown on cards',
      '',
      'entities:',
      '  # people',
      '  - id: lavrov',
      '    name: Sergey Lavrov',
      '    type: person',
      '',
      '  - id: eu',
      '    name: European Union',
      '    type: organization',
      '    aliases:',
      '      - EU',
      '',
      '  - id: tass',
      '    name: TASS',
      '    type: media',
      '    aliases: [ITAR-TASS, "Russian News Agency: TASS"]',
      '    summary: Russian state news agency.',
      '',
      '# the end',
    ));
  });

  it('re-parses with the new entity last', () => {
    const before = yaml('types:', '  media: {label: Media outlet}', 'entities:', '- id: lavrov', '  name: Sergey Lavrov', '  type: person', 'other: 1');
    const after = appendEntity(before, TASS);
    const added = entitiesOf(after).at(-1)!;
    assert.deepEqual([added.id, added.name, added.type, added.aliases, added.summary], ['tass', 'TASS', 'media', TASS.aliases, TASS.summary]);
    assert.ok(after.startsWith(yaml('types:', '  media: {label: Media outlet}', 'entities:', '- id: lavrov', '  name: Sergey Lavrov', '  type: person', '- id: tass')));
  });

  it('keeps CRLF line endings', () => {
    const after = appendEntity('entities:\r\n  - id: a\r\n    name: A\r\n    type: person\r\n', { id: 'b', name: 'B', type: 'place' });
    assert.equal(after, 'entities:\r\n  - id: a\r\n    name: A\r\n    type: person\r\n  - id: b\r\n    name: B\r\n    type: place\r\n');
  });

  it('starts the list in a file without entities, and fills an empty one', () => {
    assert.equal(appendEntity('', { id: 'a', name: 'A', type: 'person' }), yaml('entities:', '  - id: a', '    name: A', '    type: person'));
    assert.equal(appendEntity('# new', { id: 'a', name: 'A', type: 'person' }), yaml('# new', 'entities:', '  - id: a', '    name: A', '    type: person'));
    assert.equal(appendEntity(yaml('entities: []  # none yet'), { id: 'a', name: 'A', type: 'person' }), yaml('entities: # none yet', '  - id: a', '    name: A', '    type: person'));
  });

  it('adds to a list written in flow style through the yaml package', () => {
    const after = appendEntity('entities: [{id: a, name: A, type: person}]\n', { id: 'b', name: 'B', type: 'place' });
    assert.deepEqual(entitiesOf(after).map(e => e.id), ['a', 'b']);
  });

  it('quotes names that YAML would read as something else, so they come back as written', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }).filter(s => s.trim() !== ''), fc.array(fc.string({ minLength: 1, maxLength: 12 }).filter(s => s.trim() !== ''), { maxLength: 3 }), (name, aliases) => {
        const after = appendEntity(yaml('entities:', '  - id: first', '    name: First', '    type: person'), { id: 'new', name, type: 'other', aliases });
        const added = parseGlossaryFile('g.yaml', after).entities.find(e => e.id === 'new');
        assert.equal(added?.name, name.trim());
      }),
      { numRuns: 300 },
    );
  });
});

describe('glossary: suggestEntityId', () => {
  it('makes a lowercase id of letters, digits and dashes', () => {
    assert.equal(suggestEntityId('Sergey Lavrov', new Set()), 'sergey-lavrov');
    assert.equal(suggestEntityId("O'Brien & Sons (UK)", new Set()), 'obrien-sons-uk');
    assert.equal(suggestEntityId('Émile Zola', new Set()), 'emile-zola');
    assert.equal(suggestEntityId('Сергей Лавров', new Set()), 'сергей-лавров');
    assert.equal(suggestEntityId('!!!', new Set()), 'entity');
  });

  it('is unique against the ids taken', () => {
    assert.equal(suggestEntityId('Russia 24', new Set(['russia-24', 'russia-24-2'])), 'russia-24-3');
  });
});
