import assert from 'node:assert/strict';
import { compileMatcher } from '../../../src/core/matching';
import { described, entity } from './entities';

describe('matcher: case', () => {
  it('auto: a form in capitals (EU, CSTO, RIA) matches only in capitals', () => {
    const m = compileMatcher([entity('eu', 'European Union', ['EU']), entity('csto', 'CSTO'), entity('ria', 'RIA')]);
    const text = 'EU eu Eu CSTO Csto csto RIA ria';
    assert.deepEqual(described(text, m.scan(text)), ['EU@0:eu/1', 'CSTO@9:csto/0', 'RIA@24:ria/0']);
  });

  it('auto: any other form matches regardless of case', () => {
    const m = compileMatcher([entity('eu', 'European Union')]);
    const text = 'european union, EUROPEAN UNION, European Union';
    assert.equal(m.scan(text).length, 3);
  });

  it('auto: one capital letter is not "in capitals", and digits do not count as letters', () => {
    const m = compileMatcher([entity('x', 'X'), entity('g7', 'G7'), entity('g20', 'G-20')]);
    const text = 'x g7 g-20';
    assert.deepEqual(described(text, m.scan(text)), ['x@0:x/0', 'g7@2:g7/0', 'g-20@5:g20/0']);
  });

  it('auto: capitals outside Latin count too (ООН, ΟΗΕ)', () => {
    const m = compileMatcher([entity('un', 'ООН'), entity('un-el', 'ΟΗΕ')]);
    const text = 'ООН оон ΟΗΕ οηε';
    assert.deepEqual(described(text, m.scan(text)), ['ООН@0:un/0', 'ΟΗΕ@8:un-el/0']);
  });

  it('exact: every form matches only as written, modulo apostrophes, dashes and spaces', () => {
    const m = compileMatcher([entity('apple', 'Apple', ['iPhone’s maker'], 'exact')]);
    const text = "apple APPLE Apple iphone's maker iPhone's\nmaker";
    assert.deepEqual(described(text, m.scan(text)), ['Apple@12:apple/0', "iPhone's\nmaker@33:apple/1"]);
  });

  it('ignore: every form matches regardless of case, capitals included', () => {
    const m = compileMatcher([entity('eu', 'European Union', ['EU'], 'ignore')]);
    const text = 'eu Eu EU';
    assert.equal(m.scan(text).length, 3);
  });

  it('falls through to the next form of the same key when the first one needs other capitals', () => {
    const m = compileMatcher([entity('eu', 'EU'), entity('eu-city', 'Eu')]);
    const text = 'EU eu';
    assert.deepEqual(described(text, m.scan(text)), ['EU@0:eu/0', 'eu@3:eu-city/0']);
  });

  it('never takes offsets from a lowercased copy: İ (two units in lower case) before a mention', () => {
    const m = compileMatcher([entity('lavrov', 'Lavrov')]);
    const text = 'İİİ LAVROV İstanbul lavrov';
    assert.deepEqual(described(text, m.scan(text)), ['LAVROV@4:lavrov/0', 'lavrov@20:lavrov/0']);
  });

  it('folds case one UTF-16 unit at a time for non-Latin letters (Ä, Ж, Σ)', () => {
    const m = compileMatcher([entity('a', 'Ärzte Жук Σοφία')]);
    const text = 'ÄRZTE ЖУК ΣΟΦΊΑ';
    assert.deepEqual(described(text, m.scan(text)), ['ÄRZTE ЖУК ΣΟΦΊΑ@0:a/0']);
  });
});
