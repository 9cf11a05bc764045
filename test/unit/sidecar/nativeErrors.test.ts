import assert from 'node:assert/strict';
import { parseNative, serializeNative, toNativeSidecar } from '../../../src/core/sidecar';
import { ARTICLE, SOURCE, articleAnnotations } from './article';

const GOOD = serializeNative(toNativeSidecar(ARTICLE, SOURCE, articleAnnotations()));

function errorOf(json: string, text?: string): string {
  const read = parseNative(json, text);
  assert.ok(!read.ok, 'expected the sidecar to be refused');
  return read.error;
}

/** The good sidecar with one change made to its parsed form. */
function edited(change: (doc: { version: number; source: { length: number }; annotations: Record<string, unknown>[] }) => void): string {
  const doc = JSON.parse(GOOD) as Parameters<typeof change>[0];
  change(doc);
  return JSON.stringify(doc, null, 2);
}

describe('native sidecar errors', () => {
  it('says a cut-off file is truncated, and where', () => {
    const cut = GOOD.slice(0, Math.floor(GOOD.length / 2));
    const lines = cut.split('\n');
    const error = errorOf(cut);
    assert.match(error, /^line \d+, column \d+: truncated: the file ends inside the (string|object|list)/);
    assert.ok(error.startsWith(`line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}:`), error);
  });

  it('says a file cut right after a comma is truncated inside its list', () => {
    const cut = GOOD.slice(0, GOOD.indexOf('    },\n') + 6);
    assert.equal(errorOf(cut), 'line 21, column 7: truncated: the file ends inside the list that starts at line 9, column 18');
  });

  it('says what is not JSON at all', () => {
    assert.equal(errorOf('<html><body>502 Bad Gateway</body></html>'), "line 1, column 1: not JSON: '<' cannot start a JSON document");
    assert.equal(errorOf(''), 'line 1, column 1: not JSON: the file is empty');
  });

  it('points at a missing comma', () => {
    assert.equal(
      errorOf('{\n  "format": "newsmark.annotations"\n  "version": 1\n}'),
      "line 3, column 3: expected ',' or '}' in the object that starts at line 1, column 1, found '\"'",
    );
  });

  it('points at a raw line break inside a string', () => {
    assert.match(errorOf('{"format": "newsmark\nannotations"}'), /^line 1, column 21: a raw line break inside a string/);
  });

  it('refuses a newer version and says so', () => {
    assert.equal(
      errorOf(edited((doc) => (doc.version = 2))),
      'version 2 is newer than this Newsmark understands (it reads version 1): update Newsmark to open this file',
    );
  });

  it('refuses a file of another format', () => {
    assert.equal(errorOf('{"format": "brat", "version": 1}'), 'not a Newsmark sidecar: the file has "format" "brat", not "newsmark.annotations"');
    assert.equal(errorOf('[1, 2]'), 'not a Newsmark sidecar: the file holds a list, not an object');
  });

  it('refuses offsets beyond the text, naming the annotation', () => {
    const length = [...ARTICLE].length;
    const json = edited((doc) => (doc.annotations[3]!.end = length + 88));
    assert.equal(errorOf(json, ARTICLE), `annotation 4: end ${length + 88} beyond the text's ${length} code points`);
    assert.equal(errorOf(json), `annotation 4: end ${length + 88} beyond the text's ${length} code points`);
  });

  it('refuses a speaker mention beyond the text', () => {
    const json = edited((doc) => ((doc.annotations[1]!.speaker as { end: number }).end = 10_000));
    assert.match(errorOf(json), /^annotation 2: speaker: end 10000 beyond the text's \d+ code points$/);
  });

  it('refuses a span that ends before it starts', () => {
    assert.equal(errorOf(edited((doc) => (doc.annotations[0]!.start = 900))), 'annotation 1: start 900 is after end 13');
  });

  it('names a missing or mistyped field', () => {
    assert.equal(errorOf(edited((doc) => delete doc.annotations[2]!.text)), 'annotation 3: "text" is missing');
    assert.equal(errorOf(edited((doc) => (doc.annotations[2]!.start = -1))), 'annotation 3: "start" must be a whole number of 0 or more, not -1');
    assert.equal(errorOf(edited((doc) => (doc.annotations[2]!.kind = 'person'))), 'annotation 3: "kind" must be "entity" or "quote", not "person"');
    assert.equal(errorOf(edited((doc) => (doc.annotations[2]!.origin = 'guess'))), 'annotation 3: "origin" must be "glossary" or "detected" or "manual", not "guess"');
  });

  it('refuses a __proto__ key, wherever it is, without touching any prototype', () => {
    const top = GOOD.replace('{\n  "format"', '{\n  "__proto__": { "polluted": true },\n  "format"');
    assert.equal(errorOf(top), 'line 2, column 3: key "__proto__" is not allowed');
    const inner = GOOD.replace('"kind": "entity",', '"kind": "entity", "__proto__": { "orphaned": true },');
    assert.match(errorOf(inner), /^line \d+, column \d+: key "__proto__" is not allowed$/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).orphaned, undefined);
  });

  it('refuses "constructor" and "prototype" keys too', () => {
    assert.match(errorOf(GOOD.replace('"version": 1,', '"version": 1, "constructor": {},')), /key "constructor" is not allowed/);
    assert.match(errorOf(GOOD.replace('"version": 1,', '"version": 1, "prototype": {},')), /key "prototype" is not allowed/);
  });

  it('refuses a duplicate key instead of silently keeping the last', () => {
    assert.match(errorOf(GOOD.replace('"version": 1,', '"version": 1, "version": 1,')), /^line 3, column 17: duplicate key "version"$/);
  });

  it('ignores fields it does not know', () => {
    const read = parseNative(GOOD.replace('"version": 1,', '"version": 1, "exportedBy": "another tool",'), ARTICLE);
    assert.ok(read.ok);
  });
});

describe('native sidecar warnings', () => {
  it('reads a sidecar of an earlier version of the article, warning that it needs re-anchoring', () => {
    const longer = ARTICLE.replace('On February 2,', 'On Thursday, February 2,');
    const read = parseNative(GOOD, longer);
    assert.ok(read.ok);
    assert.deepEqual(read.warnings, [
      `the article has changed since this sidecar was written (${[...longer].length} code points now, ${[...ARTICLE].length} then): annotations need re-anchoring`,
    ]);
  });

  it('warns when the article reads differently at an annotation of the same length text', () => {
    const read = parseNative(GOOD, ARTICLE.replace('Baku', 'Kars'));
    assert.ok(read.ok);
    assert.equal(read.warnings.length, 1);
    assert.match(read.warnings[0]!, /^annotation \d+: the article no longer reads "Baku" at \d+–\d+$/);
  });

  it('warns about an id used twice', () => {
    const json = edited((doc) => (doc.annotations[2]!.id = doc.annotations[1]!.id));
    const read = parseNative(json, ARTICLE);
    assert.ok(read.ok);
    assert.match(read.warnings[0]!, /^the id ".+" is used by more than one annotation$/);
  });
});
