import assert from 'node:assert/strict';
import { parseGlossaryFile } from '../../../src/core/glossary';
import { idsOf, problemsOf, yaml } from './helpers';

describe('glossary: reading one file', () => {
  it('reads every field of an entry', () => {
    const file = parseGlossaryFile('g.yaml', yaml(
      'entities:',
      '  - id: sergey-lavrov',
      '    name: Sergey Lavrov',
      '    type: person',
      '    aliases: [Lavrov, Sergei Lavrov]',
      '    summary: Foreign Minister of Russia since 2004.',
      '    description: |',
      '      Russian diplomat.',
      '      Minister since 2004.',
      '    facts:',
      '      born: 1950-03-21',
      '      office: Minister of Foreign Affairs',
      '    links: [https://en.wikipedia.org/wiki/Sergey_Lavrov]',
      '    case: ignore',
    ));
    assert.equal(file.usable, true);
    assert.deepEqual(file.problems, []);
    assert.deepEqual(file.entities, [{
      id: 'sergey-lavrov',
      name: 'Sergey Lavrov',
      type: 'person',
      aliases: ['Lavrov', 'Sergei Lavrov'],
      summary: 'Foreign Minister of Russia since 2004.',
      description: 'Russian diplomat.\nMinister since 2004.',
      facts: [['born', '1950-03-21'], ['office', 'Minister of Foreign Affairs']],
      links: ['https://en.wikipedia.org/wiki/Sergey_Lavrov'],
      case: 'ignore',
      source: { file: 'g.yaml', line: 1, column: 4 },
    }]);
  });

  it('reports each YAML syntax error with its position, and reads nothing from that file', () => {
    const file = parseGlossaryFile('g.yaml', yaml(
      'entities:',
      '  - id: a',
      '    name: [x',
      '    type: person',
      'types: {a: b',
    ));
    assert.equal(file.usable, false);
    assert.deepEqual(file.entities, []);
    assert.deepEqual(file.problems.map(p => [p.line, p.column, p.severity]), [[3, 4, 'error'], [5, 0, 'error']]);
    assert.match(file.problems[0]!.message, /^YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a \]; nothing is read from this file until it is fixed$/);
  });

  it('reports a missing id, name or type at the entry, and leaves the entry out', () => {
    const text = yaml(
      'entities:',
      '  - id: sergey-lavrov',
      '    name: Sergey Lavrov',
      '  - name: No Id',
      '    type: person',
      '  - type: person',
      '  - id: good',
      '    name: Good',
      '    type: place',
    );
    assert.deepEqual(problemsOf(text), [
      [1, 8, 1, 21, 'error', "entity 'sergey-lavrov': missing required field 'type'"],
      [3, 10, 3, 15, 'error', "entity 'No Id': missing required field 'id'"],
      [5, 4, 5, 8, 'error', "entities: item 3: missing required field 'id'"],
      [5, 4, 5, 8, 'error', "entities: item 3: missing required field 'name'"],
    ]);
    assert.deepEqual(idsOf(text), ['good']);
  });

  it('reports an empty required field at its key', () => {
    assert.deepEqual(problemsOf(yaml('entities:', '  - id: a', '    name:', '    type: ~')), [
      [2, 4, 2, 8, 'error', "entity 'a': field 'name' is empty"],
      [3, 4, 3, 8, 'error', "entity 'a': field 'type' is empty"],
    ]);
  });

  it('reports an id with characters other than letters, digits, -, _ and . and suggests one', () => {
    assert.deepEqual(problemsOf(yaml('entities:', '  - id: Sergey Lavrov', '    name: Sergey Lavrov', '    type: person')), [
      [1, 8, 1, 21, 'error', "entity 'Sergey Lavrov': id 'Sergey Lavrov' may contain only letters, digits, '-', '_' and '.'; try 'sergey-lavrov'"],
    ]);
    assert.deepEqual(problemsOf(yaml('entities:', '  - id: сергей_лавров.1', '    name: Сергей Лавров', '    type: person')), []);
  });

  it('reports a field that must be text but is a list', () => {
    assert.deepEqual(problemsOf(yaml('entities:', '  - id: a', '    name: [A, B]', '    type: person')), [
      [2, 4, 2, 8, 'error', "entity 'a': field 'name' must be text, not a list"],
    ]);
  });

  it('reports aliases that are not a list of texts, keeping the entry and its good aliases', () => {
    const text = yaml(
      'entities:',
      '  - id: b',
      '    name: B',
      '    type: person',
      '    aliases: Bee',
      '  - id: c',
      '    name: C',
      '    type: person',
      '    aliases: [{x: 1}, ok, "  "]',
    );
    assert.deepEqual(problemsOf(text), [
      [4, 4, 4, 11, 'error', "entity 'b': 'aliases' must be a list like [Lavrov, Sergei Lavrov], not text"],
      [8, 14, 8, 20, 'error', "entity 'c': an alias must be text, not a mapping; it is left out"],
      [8, 26, 8, 30, 'error', "entity 'c': empty alias; remove it"],
    ]);
    assert.deepEqual(parseGlossaryFile('g.yaml', text).entities.map(e => e.aliases), [[], ['ok']]);
  });

  it('reports facts that are not a mapping, and fact values that are not text', () => {
    const text = yaml(
      'entities:',
      '  - id: b',
      '    name: B',
      '    type: person',
      '    facts: [x]',
      '  - id: c',
      '    name: C',
      '    type: person',
      '    facts:',
      '      nested: {a: b}',
      '      none:',
      '      kept: yes',
    );
    assert.deepEqual(problemsOf(text), [
      [4, 4, 4, 9, 'error', "entity 'b': 'facts' must be a mapping like {born: 1950-03-21}, not a list"],
      [9, 6, 9, 12, 'error', "entity 'c': fact 'nested' must be text or a list of texts, not a mapping; it is left out"],
      [10, 6, 10, 10, 'warning', "entity 'c': fact 'none' has no value; it is left out"],
    ]);
    assert.deepEqual(parseGlossaryFile('g.yaml', text).entities[1]!.facts, [['kept', 'yes']]);
  });

  it('keeps fact values as written: dates, numbers and booleans stay text, a list is joined', () => {
    const file = parseGlossaryFile('g.yaml', yaml(
      'entities:',
      '  - id: a',
      '    name: A',
      '    type: person',
      '    facts:',
      '      born: 1950-03-21',
      '      hex: 0x1F',
      '      ratio: 1.50',
      '      alive: true',
      '      year: 1991',
      '      quoted: "1950"',
      '      members: [Armenia, 2, Russia]',
      '      at: 2004-03-09T10:00:00Z',
    ));
    assert.deepEqual(file.entities[0]!.facts, [
      ['born', '1950-03-21'], ['hex', '0x1F'], ['ratio', '1.50'], ['alive', 'true'], ['year', '1991'],
      ['quoted', '1950'], ['members', 'Armenia, 2, Russia'], ['at', '2004-03-09T10:00:00Z'],
    ]);
  });

  it('keeps a date as written even under a %YAML 1.1 directive, whose schema would make it a Date', () => {
    const file = parseGlossaryFile('g.yaml', yaml('%YAML 1.1', '---', 'entities:', '  - id: a', '    name: A', '    type: person', '    facts: {born: 1950-03-21}'));
    assert.deepEqual(file.entities[0]!.facts, [['born', '1950-03-21']]);
  });

  it('reports links that are not http(s) and leaves only them out', () => {
    const text = yaml('entities:', '  - id: a', '    name: A', '    type: person', '    links: [ftp://x.org/a, "javascript:alert(1)", https://ok.org/a, {u: 1}]');
    assert.deepEqual(problemsOf(text), [
      [4, 12, 4, 25, 'error', "entity 'a': link 'ftp://x.org/a' is not an http(s) address; it is left out"],
      [4, 27, 4, 48, 'error', "entity 'a': link 'javascript:alert(1)' is not an http(s) address; it is left out"],
      [4, 68, 4, 74, 'error', "entity 'a': a link must be an http(s) address, not a mapping; it is left out"],
    ]);
    assert.deepEqual(parseGlossaryFile('g.yaml', text).entities[0]!.links, ['https://ok.org/a']);
  });

  it('reports links that are not a list', () => {
    assert.deepEqual(problemsOf(yaml('entities:', '  - id: a', '    name: A', '    type: person', '    links: https://x.org')), [
      [4, 4, 4, 9, 'error', "entity 'a': 'links' must be a list like [https://en.wikipedia.org/wiki/Sergey_Lavrov], not text"],
    ]);
  });

  it('reports an unknown case value and uses auto', () => {
    const text = yaml('entities:', '  - id: a', '    name: A', '    type: person', '    case: Exact');
    assert.deepEqual(problemsOf(text), [
      [4, 10, 4, 15, 'error', "entity 'a': case must be auto, exact or ignore, not 'Exact'; auto is used (did you mean 'exact'?)"],
    ]);
    assert.equal(parseGlossaryFile('g.yaml', text).entities[0]!.case, 'auto');
  });

  it('reports a duplicate id in one file at the second id, keeping the first entry', () => {
    const text = yaml('entities:', '  - id: a', '    name: A', '    type: person', '  - id: a', '    name: A2', '    type: place');
    assert.deepEqual(problemsOf(text), [[4, 8, 4, 9, 'error', "entity 'a': id already used at line 2; this entry is left out"]]);
    assert.deepEqual(parseGlossaryFile('g.yaml', text).entities.map(e => e.name), ['A']);
  });

  it('reports a field written twice at the second, using the first', () => {
    const text = yaml('entities:', '  - id: a', '    name: A', '    type: person', '    name: B');
    assert.deepEqual(problemsOf(text), [[4, 4, 4, 8, 'error', "entity 'a': field 'name' appears twice; the second is ignored"]]);
    assert.equal(parseGlossaryFile('g.yaml', text).entities[0]!.name, 'A');
  });

  it('warns about an unknown field and suggests the known one it resembles', () => {
    assert.deepEqual(problemsOf(yaml('entities:', '  - id: a', '    name: A', '    type: person', '    summery: x', '    colour: red')), [
      [4, 4, 4, 11, 'warning', "entity 'a': unknown field 'summery' is ignored (did you mean 'summary'?)"],
      [5, 4, 5, 10, 'warning', "entity 'a': unknown field 'colour' is ignored"],
    ]);
  });

  it('reports an item that is not a mapping', () => {
    assert.deepEqual(problemsOf(yaml('entities:', '  - just a name', '  - [a, b]')), [
      [1, 4, 1, 15, 'error', 'entities: item 1 must be a mapping with id, name and type, not text'],
      [2, 4, 2, 10, 'error', 'entities: item 2 must be a mapping with id, name and type, not a list'],
    ]);
  });

  it('still yields the good entries of a glossary with errors', () => {
    const text = yaml(
      'entities:',
      '  - id: a',
      '    name: A',
      '    type: person',
      '  - id: bad id',
      '    name: B',
      '    type: person',
      '  - id: c',
      '    name: C',
      '    type: place',
      '    links: [not a link]',
    );
    const file = parseGlossaryFile('g.yaml', text);
    assert.equal(file.usable, true);
    assert.deepEqual(file.entities.map(e => e.id), ['a', 'c']);
    assert.equal(file.problems.filter(p => p.severity === 'error').length, 2);
  });

  it('gives problem columns of a CRLF file as an editor counts them', () => {
    assert.deepEqual(problemsOf('entities:\r\n  - id: a\r\n    name: A\r\n    type: persn\r\n    case: no\r\n'), [
      [3, 10, 3, 15, 'error', "entity 'a': unknown type 'persn'; use person, organization, treaty, place, event, other or add it under 'types:' (did you mean 'person'?)"],
      [4, 10, 4, 12, 'error', "entity 'a': case must be auto, exact or ignore, not 'no'; auto is used"],
    ]);
  });

  it('counts columns on the first line without a byte order mark, as editors show it', () => {
    const file = parseGlossaryFile('g.yaml', '\ufeffentities: {a: 1}\n');
    assert.deepEqual(file.problems.map(p => [p.line, p.column]), [[0, 10]]);
  });

  it('reads an empty file, or one of comments only, as an empty glossary', () => {
    for (const text of ['', '# nothing yet\n', '\n\n']) {
      const file = parseGlossaryFile('g.yaml', text);
      assert.deepEqual([file.usable, file.entities, file.problems], [true, [], []]);
    }
  });

  it('reads nothing from a file whose top level is not a mapping', () => {
    const file = parseGlossaryFile('g.yaml', yaml('- id: a', '  name: A'));
    assert.equal(file.usable, false);
    assert.deepEqual(file.problems.map(p => [p.line, p.column, p.message]), [
      [0, 0, "a glossary must be a mapping with 'entities:' (a list of entries) and optionally 'types:', not a list; nothing is read from this file"],
    ]);
  });

  it('reads nothing from a file whose entities are not a list', () => {
    const file = parseGlossaryFile('g.yaml', yaml('entities:', '  a:', '    name: A'));
    assert.equal(file.usable, false);
    assert.deepEqual(file.problems.map(p => [p.line, p.column, p.message]), [
      [1, 2, "'entities' must be a list of entries (- id: …), not a mapping; nothing is read from this file"],
    ]);
  });

  it('reads nothing from a file of several YAML documents', () => {
    const file = parseGlossaryFile('g.yaml', yaml('entities: []', '---', 'entities: []'));
    assert.equal(file.usable, false);
    assert.deepEqual(file.problems.map(p => [p.line, p.column]), [[1, 0]]);
  });

  it('warns about an unknown top-level key and a second entities list', () => {
    assert.deepEqual(problemsOf(yaml('entitys:', '  - id: a', 'entities: []', 'entities: []')), [
      [0, 0, 0, 7, 'warning', "unknown top-level key 'entitys' is ignored (a glossary has 'types' and 'entities') (did you mean 'entities'?)"],
      [3, 0, 3, 8, 'error', "'entities' appears twice at the top level; the second is ignored: merge the two"],
    ]);
  });

  it('reads flow-style entries too', () => {
    const file = parseGlossaryFile('g.yaml', 'entities: [{id: eu, name: European Union, type: organization, aliases: [EU]}]\n');
    assert.deepEqual(file.problems, []);
    assert.deepEqual(file.entities.map(e => [e.id, e.aliases]), [['eu', ['EU']]]);
  });

  it('lets keys like __proto__ do nothing but be reported or kept as data', () => {
    const text = yaml(
      'types:',
      '  __proto__:',
      '    label: Proto',
      'entities:',
      '  - id: a',
      '    name: A',
      '    type: __proto__',
      '    __proto__: {polluted: yes}',
      '    facts:',
      '      __proto__: x',
      '      constructor: y',
    );
    assert.deepEqual(problemsOf(text), [[7, 4, 7, 13, 'warning', "entity 'a': unknown field '__proto__' is ignored"]]);
    const file = parseGlossaryFile('g.yaml', text);
    assert.deepEqual(file.entities[0]!.facts, [['__proto__', 'x'], ['constructor', 'y']]);
    assert.equal(Object.getPrototypeOf(file.entities[0]), Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});
