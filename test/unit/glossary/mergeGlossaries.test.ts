import assert from 'node:assert/strict';
import { formatProblem, mergeGlossaries, parseGlossaryFile } from '../../../src/core/glossary';
import type { Entity } from '../../../src/core/model';
import { yaml } from './helpers';

const A = parseGlossaryFile('a.yaml', yaml(
  'types:',
  '  media:',
  '    label: Media outlet',
  'entities:',
  '  - id: lavrov',
  '    name: Sergey Lavrov',
  '    type: person',
  '    aliases: [Lavrov]',
  '  - id: tass',
  '    name: TASS',
  '    type: media',
));

const B = parseGlossaryFile('b.yaml', yaml(
  'types:',
  '  media:',
  '    label: Media',
  'entities:',
  '  - id: lavrov',
  '    name: Someone',
  '    type: person',
  '  - id: other-lavrov',
  '    name: Lavrov',
  '    type: person',
  '    aliases: [sergey  lavrov, S. Lavrov]',
  '  - id: ria',
  '    name: RIA',
  '    type: media',
));

describe('glossary: merging files', () => {
  it('keeps entries in file order, indexed by id', () => {
    const glossary = mergeGlossaries([A, B]);
    assert.deepEqual(glossary.entities.map(e => e.id), ['lavrov', 'tass', 'other-lavrov', 'ria']);
    assert.equal(glossary.byId.get('ria')?.name, 'RIA');
  });

  it('reports an id already used in another file at the later id, naming the first place', () => {
    const problems = mergeGlossaries([A, B]).problems.filter(p => p.message.includes('id already used'));
    assert.deepEqual(problems.map(formatProblem), ["b.yaml:5:9: error: entity 'lavrov': id already used at a.yaml:6; this entry is left out"]);
    assert.deepEqual([problems[0]!.endLine, problems[0]!.endColumn], [4, 14]);
  });

  it('reports forms shared across files at the later file, which loses the alias but keeps its name', () => {
    const glossary = mergeGlossaries([A, B]);
    assert.deepEqual(glossary.problems.filter(p => p.message.includes('which keeps it')).map(formatProblem), [
      "b.yaml:9:11: warning: entity 'other-lavrov': name 'Lavrov' is also an alias of entity 'lavrov' (a.yaml:8), which keeps it: the name stays on cards but mentions of it go to 'lavrov'",
      "b.yaml:11:15: warning: entity 'other-lavrov': alias 'sergey  lavrov' is also the name of entity 'lavrov' (a.yaml:6), which keeps it; it is left out here",
    ]);
    const other = glossary.byId.get('other-lavrov')!;
    assert.deepEqual([other.name, other.aliases], ['Lavrov', ['S. Lavrov']]);
  });

  it('warns when two files define one type differently, and uses the first', () => {
    const glossary = mergeGlossaries([A, B]);
    assert.deepEqual(glossary.problems.filter(p => p.message.startsWith("type 'media'")).map(formatProblem), [
      "b.yaml:2:3: warning: type 'media' is also defined at a.yaml:2 with another label or colour; that definition is used",
    ]);
    assert.equal(glossary.types.get('media')?.label, 'Media outlet');
  });

  it('lists problems file by file, in line order', () => {
    const problems = mergeGlossaries([A, B]).problems;
    assert.deepEqual(problems.map(p => `${p.file}:${p.line}`), ['b.yaml:1', 'b.yaml:4', 'b.yaml:8', 'b.yaml:10']);
  });

  it('points at the entry start for entities it did not read itself', () => {
    const made: Entity = { id: 'tass', name: 'TASS', type: 'organization', aliases: [], facts: [], links: [], case: 'auto', source: { file: 'c.yaml', line: 3, column: 4 } };
    const glossary = mergeGlossaries([A, { file: 'c.yaml', usable: true, entities: [made], types: [], problems: [] }]);
    assert.deepEqual(glossary.problems.map(formatProblem), ["c.yaml:4:5: error: entity 'tass': id already used at a.yaml:10; this entry is left out"]);
  });
});

describe('glossary: formatProblem', () => {
  it('prints file:line:col: severity: message with 1-based line and column', () => {
    assert.equal(
      formatProblem({ file: 'g.yaml', line: 0, column: 4, endLine: 0, endColumn: 9, severity: 'warning', message: 'x' }),
      'g.yaml:1:5: warning: x',
    );
  });
});
