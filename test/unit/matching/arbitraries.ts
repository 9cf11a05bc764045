// Random glossaries and texts built from a few odd pieces, so that names
// collide, nest, overlap and meet every folding rule often.

import fc from 'fast-check';
import type { Entity } from '../../../src/core/model';
import { entity } from './entities';

const WORDS = ['Baku', 'baku', 'KAMA', 'Kama', 'EU', 'Eu', 'ab', 'Ab', 'abc', 'a', 'Баку', 'оон', 'Αθή', 'İz', '北京', '𠀀', 'x1', 'ß'];
const JOINERS = [' ', '  ', '-', '–', "'", '’', 'ʼ', '\n', '. ', ' & '];
const TEXT_ONLY = ['s', '.', ', ', '😀', '\r\n', '\u0301', '\t', '"', 'q'];

const formArb = fc
  .tuple(fc.constantFrom(...WORDS), fc.array(fc.tuple(fc.constantFrom(...JOINERS), fc.constantFrom(...WORDS)), { maxLength: 2 }))
  .map(([first, rest]) => first + rest.map(([j, w]) => j + w).join(''));

export const glossaryArb: fc.Arbitrary<Entity[]> = fc
  .array(fc.tuple(formArb, fc.array(formArb, { maxLength: 2 }), fc.constantFrom('auto' as const, 'exact' as const, 'ignore' as const)), {
    minLength: 1,
    maxLength: 6,
  })
  .map((rows) => rows.map(([name, aliases, mode], i) => entity(`e${i}`, name, aliases, mode)));

export const textArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...WORDS, ...JOINERS, ...TEXT_ONLY), { maxLength: 40 })
  .map((pieces) => pieces.join(''));
