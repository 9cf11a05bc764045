import assert from 'node:assert/strict';
import { annotationId, newManualId } from '../../../src/core/ids';
import { sha256Hex } from '../../../src/core/hash';

describe('annotation ids', () => {
  it('gives the same id to the same find on every run', () => {
    assert.equal(annotationId('entity', 'sergey-lavrov', 1, 14), 'entity-sergey-lavrov-1-14');
    assert.equal(annotationId('entity', 'sergey-lavrov', 1, 14), annotationId('entity', 'sergey-lavrov', 1, 14));
  });

  it('tells apart finds that differ in kind, key or span, even when keys hold dashes and digits', () => {
    const ids = [
      annotationId('entity', 'a-1', 2, 3),
      annotationId('entity', 'a', 1, 2),
      annotationId('entity', 'a-1-2', 3, 4),
      annotationId('quote', 'a-1', 2, 3),
      annotationId('entity', 'a-1', 2, 4),
    ];
    assert.equal(new Set(ids).size, ids.length);
  });

  it('gives every manual annotation a fresh random id', () => {
    const ids = Array.from({ length: 1000 }, newManualId);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^manual-[0-9a-f]{16}$/);
  });
});

describe('sha256Hex', () => {
  it('hashes bytes as SHA-256 in lowercase hex', async () => {
    assert.equal(await sha256Hex(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(await sha256Hex(new Uint8Array()), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes a view into a larger buffer by its own bytes only', async () => {
    const whole = new TextEncoder().encode('xxabcxx');
    assert.equal(await sha256Hex(whole.subarray(2, 5)), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
