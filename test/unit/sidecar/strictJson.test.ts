import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readJson, type JsonValue } from '../../../src/core/sidecar/strictJson';

/** The reader's value as JSON.parse would give it (objects come back as Maps). */
function plain(value: JsonValue): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]));
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

function error(source: string): string {
  const read = readJson(source);
  assert.ok(!read.ok, 'expected an error');
  return read.error;
}

describe('strict JSON reader', () => {
  it('reads what JSON.parse reads', () => {
    const source = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n\\"\\\\\\/\\t😀"], "b": {}, "c": []}';
    const read = readJson(source);
    assert.ok(read.ok);
    assert.deepEqual(plain(read.value), JSON.parse(source));
  });

  it('reads any JSON as JSON.parse does, compact or indented (strings with escapes, controls and astral characters)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '\n', '\u0001', '\u2028', '😀', 'é', ' '), fc.string({ minLength: 1, maxLength: 1 })) });
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double({ noNaN: true, noDefaultInfinity: true }), text, tie('list'), tie('object')),
      list: fc.array(tie('value'), { maxLength: 5 }),
      object: fc.dictionary(text.filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k)), tie('value'), { maxKeys: 5 }),
    })).value;
    fc.assert(
      fc.property(json, fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const source = JSON.stringify(value, null, indent);
        const read = readJson(source);
        assert.ok(read.ok, read.ok ? '' : read.error);
        assert.deepEqual(plain(read.value), JSON.parse(source));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps keys as entries, so no key can reach a prototype', () => {
    const read = readJson('{"toString": 1, "hasOwnProperty": 2}');
    assert.ok(read.ok && read.value instanceof Map);
    assert.equal(read.value.get('toString'), 1);
    assert.equal(read.value.get('valueOf'), undefined);
  });

  it('counts lines over CRLF and columns from 1', () => {
    assert.equal(error('{\r\n  "a": 1,\r\n  "b" 2\r\n}'), "line 3, column 7: expected ':' after the key \"b\" in the object that starts at line 1, column 1, found '2'");
  });

  it('says where a string was opened when the file ends inside it', () => {
    assert.equal(error('{\n  "text": "Armenia Occ'), 'line 2, column 23: truncated: the file ends inside the string that starts at line 2, column 11');
  });

  it('says a file cut inside a literal or a number is truncated', () => {
    assert.match(error('[1, tr'), /truncated: the file ends inside the list/);
    assert.match(error('[1, 2.'), /truncated: the file ends inside the list/);
  });

  it('refuses trailing commas, leading zeros, bad escapes and text after the document', () => {
    assert.match(error('[1, 2,]'), /^line 1, column 7: expected a value in the list .*found '\]'$/);
    assert.match(error('[01]'), /^line 1, column 2: malformed number$/);
    assert.match(error('["\\x"]'), /^line 1, column 3: unknown escape \\x$/);
    assert.match(error('{} {}'), /^line 1, column 4: '\{' after the end of the JSON document$/);
  });

  it('refuses deep nesting instead of overflowing the stack', () => {
    assert.match(error('['.repeat(100_000)), /nested deeper than 200 levels/);
  });
});
