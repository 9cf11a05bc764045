import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { parse, stringify } from 'yaml';
import { appendEntity, mergeGlossaries, parseGlossaryFile } from '../../../src/core/glossary';
import { COLOR_PATTERN_SOURCE } from '../../../src/core/glossary/fieldValues';
import { ID_PATTERN_SOURCE } from '../../../src/core/glossary/ids';
import { ENTITY_FIELDS } from '../../../src/core/glossary/readEntity';
import { yaml } from './helpers';

const ROOT = resolve(__dirname, '../../../..');
const sampleText = readFileSync(resolve(ROOT, 'samples/glossary.yaml'), 'utf8');
const schema = JSON.parse(readFileSync(resolve(ROOT, 'media/glossary.schema.json'), 'utf8')) as Record<string, unknown>;

// YAML's core schema, as the glossary reads it: 1950-03-21 stays a string
const asData = (text: string): unknown => parse(text, { schema: 'core' });

describe('glossary: the sample glossary', () => {
  it('parses with zero problems', () => {
    const glossary = mergeGlossaries([parseGlossaryFile('samples/glossary.yaml', sampleText)]);
    assert.deepEqual(glossary.problems, []);
    assert.equal(glossary.entities.length, 20);
    assert.equal(glossary.types.get('media')?.label, 'Media outlet');
  });

  it('names the people, organizations, treaty and places of the sample article', () => {
    const article = readFileSync(resolve(ROOT, 'samples/000_03eb9b906080eadc.txt'), 'utf8');
    const glossary = mergeGlossaries([parseGlossaryFile('samples/glossary.yaml', sampleText)]);
    for (const entity of glossary.entities) {
      const forms = [entity.name, ...entity.aliases];
      assert.ok(forms.some(f => article.includes(f)), `${entity.id} is not in the article`);
    }
    const lavrov = glossary.byId.get('sergey-lavrov')!;
    assert.deepEqual(lavrov.aliases.slice(0, 2), ['Lavrov', 'Sergei Lavrov']);
    assert.equal(lavrov.summary, 'Foreign Minister of Russia since 2004.');
    assert.deepEqual(lavrov.facts[0], ['born', '1950-03-21']);
    assert.equal(glossary.byId.get('russia-24')?.type, 'media');
  });

  it('survives a round trip: written out again as YAML, it reads back the same', () => {
    const file = parseGlossaryFile('g.yaml', sampleText);
    const entries = file.entities.map(({ source: _source, facts, ...rest }) => ({ ...rest, facts: Object.fromEntries(facts) }));
    const written = stringify({ types: { media: { label: 'Media outlet', color: 'teal' } }, entities: entries });
    const again = parseGlossaryFile('g.yaml', written);
    assert.deepEqual(again.problems, []);
    assert.deepEqual(again.types, file.types);
    assert.deepEqual(again.entities.map(({ source: _source, ...rest }) => rest), file.entities.map(({ source: _source, ...rest }) => rest));
  });

  it('keeps every entry as it was when an entry is appended', () => {
    const before = parseGlossaryFile('g.yaml', sampleText).entities.map(({ source: _source, ...rest }) => rest);
    const after = parseGlossaryFile('g.yaml', appendEntity(sampleText, { id: 'tass', name: 'TASS', type: 'media' }));
    assert.deepEqual(after.problems, []);
    assert.deepEqual(after.entities.slice(0, -1).map(({ source: _source, ...rest }) => rest), before);
  });
});

describe('glossary: JSON schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateFormats: false });
  const validate = ajv.compile(schema);

  it('accepts the sample glossary', () => {
    assert.ok(validate(asData(sampleText)), JSON.stringify(validate.errors));
  });

  it('rejects what the parser rejects: missing type, bad id, unknown case, a non-http link, a bad colour', () => {
    const bad = [
      yaml('entities:', '  - id: a', '    name: A'),
      yaml('entities:', '  - id: a b', '    name: A', '    type: person'),
      yaml('entities:', '  - id: a', '    name: A', '    type: person', '    case: Exact'),
      yaml('entities:', '  - id: a', '    name: A', '    type: person', '    links: [ftp://x.org]'),
      yaml('types:', '  media:', '    label: Media', '    color: "red; x"'),
      yaml('entities:', '  - id: a', '    name: A', '    type: person', '    aliases: Lavrov'),
    ];
    for (const text of bad) assert.equal(validate(asData(text)), false, text);
  });

  it('describes every field of an entry, with the same id and colour patterns as the parser', () => {
    const definitions = schema['definitions'] as Record<string, { properties: Record<string, { description?: string; pattern?: string }> }>;
    const entity = definitions['entity']!;
    assert.deepEqual(Object.keys(entity.properties).sort(), [...ENTITY_FIELDS].sort());
    for (const [field, spec] of Object.entries(entity.properties)) assert.ok(spec.description, `${field} has no description`);
    assert.equal(definitions['id']?.['pattern' as never], ID_PATTERN_SOURCE);
    assert.equal(definitions['typeDefinition']!.properties['color']!.pattern, COLOR_PATTERN_SOURCE);
  });
});
