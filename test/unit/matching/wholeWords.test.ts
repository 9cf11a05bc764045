import assert from 'node:assert/strict';
import { compileMatcher } from '../../../src/core/matching';
import { described, entity } from './entities';

describe('matcher: whole words only', () => {
  it('does not find Azerbaijan inside Azerbaijani', () => {
    const m = compileMatcher([entity('az', 'Azerbaijan')]);
    const text = 'pro-Azerbaijani circles in Azerbaijan';
    assert.deepEqual(described(text, m.scan(text)), ['Azerbaijan@27:az/0']);
  });

  it('does not find Russia inside Russian or a name inside a longer word on either side', () => {
    const m = compileMatcher([entity('ru', 'Russia')]);
    const text = 'Russian, anti-Russia, Belorussia, Russia2, Russia';
    assert.deepEqual(described(text, m.scan(text)), ['Russia@14:ru/0', 'Russia@43:ru/0']);
  });

  it('treats digits as word characters: Russia 24 is not found in Russia 245', () => {
    const m = compileMatcher([entity('r24', 'Russia 24')]);
    const text = 'Russia 245 and Russia 24.';
    assert.deepEqual(described(text, m.scan(text)), ['Russia 24@15:r24/0']);
  });

  it('treats a combining mark after a name as part of the word', () => {
    const m = compileMatcher([entity('baku', 'Baku')]);
    const text = 'Baku\u0301 Baku';
    assert.deepEqual(described(text, m.scan(text)), ['Baku@6:baku/0']);
  });

  it('finds Cyrillic, Greek and CJK names, whole word by their own letters', () => {
    const m = compileMatcher([entity('lavrov', 'Сергей Лавров'), entity('athens', 'Αθήνα'), entity('beijing', '北京')]);
    const text = 'Сергей Лавров и Сергей Лавровым; η Αθήνα, Αθήνας; 在「北京」，北京大学';
    assert.deepEqual(described(text, m.scan(text)), ['Сергей Лавров@0:lavrov/0', 'Αθήνα@35:athens/0', '北京@52:beijing/0']);
  });

  it('keeps UTF-16 offsets with emoji (astral characters) before a mention', () => {
    const m = compileMatcher([entity('lavrov', 'Lavrov')]);
    const text = '🇷🇺😀Lavrov 😀 Lavrov';
    assert.deepEqual(m.scan(text).map((x) => [x.start, x.end]), [[6, 12], [16, 22]]);
  });

  it('treats an astral letter as a word character: no match right after one', () => {
    const m = compileMatcher([entity('lavrov', 'Lavrov')]);
    const text = '𠀀Lavrov 𝐀 Lavrov';
    assert.deepEqual(described(text, m.scan(text)), ['Lavrov@12:lavrov/0']);
  });

  it('matches names that contain astral letters', () => {
    const m = compileMatcher([entity('x', '𠀀𠀁 Hall')]);
    const text = 'at 𠀀𠀁 Hall.';
    assert.deepEqual(described(text, m.scan(text)), ['𠀀𠀁 Hall@3:x/0']);
  });
});
