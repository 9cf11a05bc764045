import assert from 'node:assert/strict';
import { mergeGlossaries, parseGlossaryFile } from '../../../src/core/glossary';
import { problemsOf, yaml } from './helpers';

describe('glossary: types', () => {
  it('reads custom types with a label and an optional colour', () => {
    const file = parseGlossaryFile('g.yaml', yaml('types:', '  media:', '    label: Media outlet', '    color: teal', '  law:', '    label: Law'));
    assert.deepEqual(file.problems, []);
    assert.deepEqual(file.types, [
      { id: 'media', label: 'Media outlet', builtIn: false, color: 'teal' },
      { id: 'law', label: 'Law', builtIn: false },
    ]);
  });

  it('gives every built-in type a label, and lets a glossary relabel or colour one', () => {
    const glossary = mergeGlossaries([parseGlossaryFile('g.yaml', yaml('types:', '  person:', '    label: Human', '    color: "#8a2be2"'))]);
    assert.deepEqual([...glossary.types.values()], [
      { id: 'person', label: 'Human', builtIn: true, color: '#8a2be2' },
      { id: 'organization', label: 'Organization', builtIn: true },
      { id: 'treaty', label: 'Treaty', builtIn: true },
      { id: 'place', label: 'Place', builtIn: true },
      { id: 'event', label: 'Event', builtIn: true },
      { id: 'other', label: 'Other', builtIn: true },
    ]);
  });

  it('reports a bad type id, a missing label, a colour that is not one, and an unknown field', () => {
    const text = yaml(
      'types:',
      '  bad id:',
      '    label: X',
      '  nolabel:',
      '  media:',
      '    label: Media',
      '    color: "red; background: url(x)"',
      '    shape: round',
    );
    assert.deepEqual(problemsOf(text), [
      [1, 2, 1, 8, 'error', "type 'bad id': an id may contain only letters, digits, '-', '_' and '.'"],
      [3, 2, 3, 9, 'warning', "type 'nolabel' has no label; cards show 'nolabel' (add label: …)"],
      [6, 11, 6, 36, 'error', "type 'media': color must be a CSS colour (#8a2be2, teal, rgb(…)) or a theme colour id (charts.purple), not 'red; background: url(x)'; it is left out"],
      [7, 4, 7, 9, 'warning', "type 'media': unknown field 'shape' is ignored"],
    ]);
    assert.deepEqual(parseGlossaryFile('g.yaml', text).types.map(t => [t.id, t.label, t.color]), [['nolabel', 'nolabel', undefined], ['media', 'Media', undefined]]);
  });

  it('reports a type that is not a mapping but still defines it, so its entities stay', () => {
    const text = yaml('types:', '  media: Media outlet', 'entities:', '  - id: tass', '    name: TASS', '    type: media');
    assert.deepEqual(problemsOf(text), [[1, 2, 1, 7, 'error', "type 'media' must be a mapping like {label: Media outlet}, not text; cards show 'media'"]]);
    assert.deepEqual(mergeGlossaries([parseGlossaryFile('g.yaml', text)]).entities.map(e => e.id), ['tass']);
  });

  it('reports an entity whose type is neither built in nor listed under types, and leaves it out', () => {
    const text = yaml('entities:', '  - id: a', '    name: A', '    type: persn', '  - id: b', '    name: B', '    type: media');
    assert.deepEqual(problemsOf(text), [
      [3, 10, 3, 15, 'error', "entity 'a': unknown type 'persn'; use person, organization, treaty, place, event, other or add it under 'types:' (did you mean 'person'?)"],
      [6, 10, 6, 15, 'error', "entity 'b': unknown type 'media'; use person, organization, treaty, place, event, other or add it under 'types:'"],
    ]);
    assert.deepEqual(mergeGlossaries([parseGlossaryFile('g.yaml', text)]).entities, []);
  });

  it('accepts a type that another glossary file defines', () => {
    const types = parseGlossaryFile('types.glossary.yaml', yaml('types:', '  media:', '    label: Media outlet'));
    const entities = parseGlossaryFile('glossary.yaml', yaml('entities:', '  - id: tass', '    name: TASS', '    type: media'));
    const glossary = mergeGlossaries([types, entities]);
    assert.deepEqual(glossary.problems, []);
    assert.deepEqual(glossary.entities.map(e => e.id), ['tass']);
  });
});
