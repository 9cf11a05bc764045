import assert from 'node:assert/strict';
import { codePointLength, OffsetMap } from '../../../src/core/offsets';

describe('OffsetMap', () => {
  it('is the identity for text without astral characters', () => {
    const map = new OffsetMap('Sergey Lavrov said “no”.');
    assert.ok(map.isIdentity);
    assert.equal(map.toCodePoint(7), 7);
    assert.equal(map.toUtf16(7), 7);
  });

  it('counts an emoji before a mention as one code point', () => {
    const text = 'Hi 👋 Lavrov 🇦🇲 and Baku';
    const map = new OffsetMap(text);
    const lavrov = text.indexOf('Lavrov');
    const baku = text.indexOf('Baku');
    assert.equal(map.toCodePoint(lavrov), 5);
    assert.equal(map.toCodePoint(baku), Array.from(text.slice(0, baku)).length);
    assert.equal(map.toUtf16(map.toCodePoint(baku)), baku);
    assert.equal(map.toCodePoint(text.length), codePointLength(text));
  });

  it('round-trips every code point boundary of a mixed text', () => {
    const text = '𝔸a😀bc𐍈\n𝔹';
    const map = new OffsetMap(text);
    let u = 0;
    for (const [p, ch] of Array.from(text).entries()) {
      assert.equal(map.toCodePoint(u), p);
      assert.equal(map.toUtf16(p), u);
      u += ch.length;
    }
    assert.equal(map.toUtf16(codePointLength(text)), text.length);
  });
});
