import assert from 'node:assert/strict';
import { parseFormats, sidecarName } from '../../../src/core/export';

describe('sidecar names and formats', () => {
  it('names sidecars as DESIGN does', () => {
    assert.equal(sidecarName('article.txt', 'json'), 'article.txt.annotations.json');
    assert.equal(sidecarName('article.txt', 'w3c'), 'article.txt.annotations.jsonld');
    assert.equal(sidecarName('article.txt', 'brat'), 'article.ann');
    assert.equal(sidecarName('notes.v2.md', 'brat'), 'notes.v2.ann');
  });

  it('parses format lists, aliases and repeats, and names the unknown ones', () => {
    assert.deepEqual(parseFormats(['json,W3C', 'brat', 'jsonld']), { formats: ['json', 'w3c', 'brat'], unknown: [] });
    assert.deepEqual(parseFormats(['json,pdf', '__proto__']), { formats: ['json'], unknown: ['pdf', '__proto__'] });
  });
});
