import assert from 'node:assert/strict';
import { MAX_GLOSSARY_BYTES, parseGlossaryFile } from '../../../src/core/glossary';
import { yaml } from './helpers';

/** Nine levels of nine aliases each: 10^9 strings once expanded, a few hundred bytes written. */
function billionLaughs(): string {
  const lines = ['lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 10; level++) {
    const name = String.fromCharCode(97 + level), previous = String.fromCharCode(96 + level);
    lines.push(`${name}${level}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  lines.push('entities: *j');
  return yaml(...lines);
}

describe('glossary: hostile input', () => {
  it('refuses an alias bomb with a message, without expanding it', () => {
    const file = parseGlossaryFile('bomb.yaml', billionLaughs());
    assert.equal(file.usable, false);
    assert.deepEqual(file.problems.map(p => [p.line, p.column, p.severity, p.message]), [
      [10, 10, 'error', 'the aliases expand to more than 10000 nodes (an alias bomb?); write the values out instead of aliasing them; nothing is read from this file until it is fixed'],
    ]);
  });

  it('reads aliases used the ordinary way', () => {
    const file = parseGlossaryFile('g.yaml', yaml(
      'entities:',
      '  - id: a',
      '    name: A',
      '    type: &t person',
      '    facts: &common {seat: Moscow}',
      '  - id: b',
      '    name: B',
      '    type: *t',
      '    facts: *common',
    ));
    assert.deepEqual(file.problems, []);
    assert.deepEqual(file.entities.map(e => [e.type, e.facts]), [['person', [['seat', 'Moscow']]], ['person', [['seat', 'Moscow']]]]);
  });

  it('reports an alias without an anchor before it', () => {
    const file = parseGlossaryFile('g.yaml', yaml('entities:', '  - id: a', '    name: *nowhere', '    type: person'));
    assert.equal(file.usable, false);
    assert.deepEqual(file.problems.map(p => [p.line, p.column, p.message]), [
      [2, 10, "alias '*nowhere' has no anchor '&nowhere' before it; nothing is read from this file until it is fixed"],
    ]);
  });

  it('refuses a text over the size limit at once, before parsing', () => {
    const text = 'entities:\n' + '#'.repeat(50 * 1024 * 1024);
    const file = parseGlossaryFile('huge.yaml', text);
    assert.equal(file.usable, false);
    assert.deepEqual(file.problems.map(p => [p.line, p.column, p.message]), [
      [0, 0, 'the file has 50.0 MiB; glossaries over 32 MiB are not read: split it into several *.glossary.yaml files'],
    ]);
  });

  it('counts the limit in UTF-8 bytes, not string length', () => {
    const cyrillic = 'entities: []\n#' + 'я'.repeat(Math.ceil(MAX_GLOSSARY_BYTES / 2));
    assert.ok(cyrillic.length < MAX_GLOSSARY_BYTES);
    assert.equal(parseGlossaryFile('g.yaml', cyrillic).usable, false);
  });

  it('refuses brackets nested deeper than any glossary needs (the yaml package would overflow its stack)', () => {
    const file = parseGlossaryFile('deep.yaml', 'entities: ' + '['.repeat(100_000));
    assert.equal(file.usable, false);
    assert.match(file.problems[0]!.message, /^brackets nest more than 64 deep/);
  });

  it('refuses block nesting deeper than any glossary needs', () => {
    const lines = ['entities:'];
    for (let i = 0; i < 2000; i++) lines.push(`${' '.repeat(i + 2)}- `);
    const file = parseGlossaryFile('deep.yaml', yaml(...lines));
    assert.equal(file.usable, false);
    assert.match(file.problems[0]!.message, /^the YAML nests more than 64 levels deep/);
  });
});
