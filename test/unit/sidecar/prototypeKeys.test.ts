// Keys that name Object.prototype's members, in a sidecar someone else wrote: parsing must neither
// reach a prototype nor let such a key through as a field of what it returns.
import assert from 'node:assert/strict';
import { parseNative, serializeNative, toNativeSidecar } from '../../../src/core/sidecar';
import { ARTICLE, SOURCE, articleAnnotations } from './article';

const GOOD = serializeNative(toNativeSidecar(ARTICLE, SOURCE, articleAnnotations()));
const MEMBER_KEYS = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', '__lookupSetter__', 'propertyIsEnumerable'];

/** The good sidecar with `fields` added to the top level, to every annotation and to every speaker. */
function withFields(fields: Record<string, unknown>): string {
  const doc = JSON.parse(GOOD) as { annotations: { speaker?: object | null }[] } & Record<string, unknown>;
  Object.assign(doc, fields);
  for (const a of doc.annotations) {
    Object.assign(a, fields);
    if (a.speaker) Object.assign(a.speaker, fields);
  }
  return JSON.stringify(doc, null, 2);
}

const PLAIN_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('native sidecar: keys that name prototype members', () => {
  afterEach(() => {
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), PLAIN_KEYS, 'Object.prototype is as it was');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('ignores fields named after Object.prototype members, and returns only the fields it knows', () => {
    const fields = Object.fromEntries(MEMBER_KEYS.map((k) => [k, { polluted: true }]));
    const hostile = parseNative(withFields(fields), ARTICLE);
    const clean = parseNative(GOOD, ARTICLE);
    assert.ok(hostile.ok && clean.ok);
    assert.deepEqual(hostile.value, clean.value, 'the same result as without those keys');
    for (const a of [...hostile.value.annotations, ...hostile.value.doc.annotations]) {
      for (const k of MEMBER_KEYS) assert.ok(!Object.prototype.hasOwnProperty.call(a, k), `annotation ${a.id} has no own "${k}"`);
      assert.equal(typeof a.toString, 'function', 'toString is still the inherited function');
      if (a.kind === 'quote' && a.speaker) for (const k of MEMBER_KEYS) assert.ok(!Object.prototype.hasOwnProperty.call(a.speaker, k));
    }
  });

  it('refuses "__proto__" even when written with escapes, which JSON.parse would turn into an own key', () => {
    const escaped = GOOD.replace('"version": 1,', '"version": 1, "\\u005f_proto__": { "polluted": true },');
    assert.ok(Object.prototype.hasOwnProperty.call(JSON.parse(escaped), '__proto__'), 'the hazard is real with JSON.parse');
    const read = parseNative(escaped, ARTICLE);
    assert.ok(!read.ok);
    assert.match(read.error, /key "__proto__" is not allowed/);
  });

  it('refuses "constructor" and "prototype" inside an annotation and a speaker', () => {
    for (const key of ['constructor', 'prototype']) {
      const inAnnotation = GOOD.replace('"kind": "entity",', `"kind": "entity", "${key}": { "prototype": { "polluted": true } },`);
      const inSpeaker = GOOD.replace('"speaker": {', `"speaker": { "${key}": {},`);
      assert.notEqual(inSpeaker, GOOD, 'the article has a quote with a speaker');
      for (const json of [inAnnotation, inSpeaker]) {
        const read = parseNative(json, ARTICLE);
        assert.ok(!read.ok && new RegExp(`key "${key}" is not allowed`).test(read.error), key);
      }
    }
  });
});
