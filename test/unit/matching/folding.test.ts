import assert from 'node:assert/strict';
import { compileMatcher } from '../../../src/core/matching';
import { described, entity } from './entities';

describe('matcher: apostrophes, dashes and white space', () => {
  it("treats ', ’ and ʼ as the same apostrophe", () => {
    const m = compileMatcher([entity('cote', "Côte d'Ivoire")]);
    const text = "Côte d'Ivoire, Côte d’Ivoire, Côte dʼIvoire";
    assert.deepEqual(described(text, m.scan(text)), ["Côte d'Ivoire@0:cote/0", 'Côte d’Ivoire@15:cote/0', 'Côte dʼIvoire@30:cote/0']);
  });

  it('treats the dashes - ‐ ‑ – as the same', () => {
    const m = compileMatcher([entity('nk', 'Nagorno–Karabakh')]);
    const text = 'Nagorno-Karabakh Nagorno‐Karabakh Nagorno‑Karabakh Nagorno–Karabakh';
    assert.equal(m.scan(text).length, 4);
  });

  it('does not treat a dash as a space or a space as a dash', () => {
    const m = compileMatcher([entity('nk', 'Nagorno-Karabakh'), entity('r24', 'Russia 24')]);
    const text = 'Nagorno Karabakh, Russia-24';
    assert.deepEqual(m.scan(text), []);
  });

  it('matches a run of white space, line breaks included, to one space of a name', () => {
    const m = compileMatcher([entity('lavrov', 'Sergey Lavrov')]);
    const text = 'Sergey  Lavrov|Sergey\nLavrov|Sergey\r\nLavrov|Sergey \t\u00a0Lavrov|Sergey\u2028Lavrov';
    assert.deepEqual(m.scan(text).map((x) => [x.start, x.end]), [[0, 14], [15, 28], [29, 43], [44, 59], [60, 73]]);
  });

  it('does not match a name with a space to text without one', () => {
    const m = compileMatcher([entity('lavrov', 'Sergey Lavrov')]);
    assert.deepEqual(m.scan('SergeyLavrov'), []);
  });

  it("normalises a name's own spaces, dashes and apostrophes and trims it", () => {
    const m = compileMatcher([entity('nkao', '  Nagorno‑Karabakh \n Autonomous   Oblast\t'), entity('cote', 'Côte d’Ivoire')]);
    const text = "Nagorno-Karabakh Autonomous Oblast and Côte d'Ivoire";
    assert.deepEqual(described(text, m.scan(text)), ['Nagorno-Karabakh Autonomous Oblast@0:nkao/0', "Côte d'Ivoire@39:cote/0"]);
  });
});
