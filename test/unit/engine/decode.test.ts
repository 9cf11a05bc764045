import assert from 'node:assert/strict';
import { decodeArticle } from '../../../src/core/decode';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops a BOM so offsets start at the first letter', () => {
    const r = decodeArticle(bytes([0xef, 0xbb, 0xbf], 'Ереван'));
    assert.deepEqual(r, { ok: true, text: 'Ереван', hadBom: true });
  });

  it('keeps CRLF line ends as they are (offsets count them)', () => {
    const r = decodeArticle(bytes('a\r\nb'));
    assert.ok(r.ok && r.text === 'a\r\nb');
  });

  it('an empty file is an empty article', () => {
    assert.deepEqual(decodeArticle(new Uint8Array()), { ok: true, text: '', hadBom: false });
  });

  it('reports Latin-1 with the offending byte instead of mangling it', () => {
    const r = decodeArticle(bytes('Caf', [0xe9], ' au lait'));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /not valid UTF-8 \(byte 0xe9 at offset 3\).*Latin-1/);
  });

  it('reports binary content', () => {
    const r = decodeArticle(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.reason : '', /binary content/);
  });
});
