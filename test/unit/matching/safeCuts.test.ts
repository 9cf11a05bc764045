import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileMatcher, type CompiledMatcher } from '../../../src/core/matching';
import type { Mention } from '../../../src/core/model';
import { described, entity } from './entities';
import { glossaryArb, textArb } from './arbitraries';

const within = (mentions: readonly Mention[], from: number, to: number) => mentions.filter((m) => m.start >= from && m.end <= to);

/**
 * Cuts around an edit that are safe in both the text before and after it,
 * with one unchanged character on each side: the character beside a cut
 * decides whether a word starts or ends there.
 */
function cutsAroundEdit(m: CompiledMatcher, before: string, after: string, editStart: number, oldEnd: number, newEnd: number) {
  const delta = newEnd - oldEnd;
  let from = Math.max(0, editStart - 1);
  for (;;) {
    const cut = Math.min(m.safeCutBefore(before, from), m.safeCutBefore(after, from));
    if (cut === from) break;
    from = cut;
  }
  let to = Math.min(after.length, newEnd + 1);
  for (;;) {
    const cut = Math.max(m.safeCutAfter(after, to), m.safeCutAfter(before, to - delta) + delta);
    if (cut === to) break;
    to = cut;
  }
  return { from, to, oldTo: to - delta };
}

/** `i`, moved off the second half of a surrogate pair: editors do not split characters. */
function characterBoundary(text: string, i: number): number {
  const low = text.charCodeAt(i);
  const high = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 1 : i;
}

describe('matcher: safe cuts', () => {
  it('never cuts a mention or the walk that could become one', () => {
    const m = compileMatcher([entity('ru', 'Russia'), entity('r24', 'Russia 24')]);
    const text = 'In Russia\n\n24 hours';
    assert.deepEqual(described(text, m.scan(text)), ['Russia\n\n24@3:r24/0']);
    assert.equal(m.safeCutBefore(text, 11), 3);
    assert.equal(m.safeCutAfter(text, 4), 13);
  });

  it('keeps 0 and text.length as safe cuts and never splits a surrogate pair', () => {
    const m = compileMatcher([entity('x', '𠀀 Hall')]);
    const text = '𠀀𠀀';
    assert.equal(m.safeCutBefore(text, 0), 0);
    assert.equal(m.safeCutAfter(text, text.length), text.length);
    assert.equal(m.safeCutBefore(text, 1), 0);
    assert.equal(m.safeCutAfter(text, 3), 4);
  });

  it('does not match a word cut by a safe cut at `to` as if it ended there', () => {
    const m = compileMatcher([entity('baku', 'Baku')]);
    const text = 'Bakuvian Baku';
    assert.equal(m.safeCutBefore(text, 4), 4);
    assert.deepEqual(m.scan(text, 0, 4), []);
  });

  it('does not match a word cut by a safe cut at `from` from its middle', () => {
    const m = compileMatcher([entity('baku', 'Baku')]);
    const text = 'xBaku Baku';
    assert.equal(m.safeCutAfter(text, 1), 1);
    assert.deepEqual(described(text, m.scan(text, 1)), ['Baku@6:baku/0']);
  });

  it('finds cuts between the words of ordinary text, and none inside a name that may go on', () => {
    const m = compileMatcher([entity('nkao', 'Nagorno-Karabakh Autonomous Oblast'), entity('nk', 'Nagorno-Karabakh')]);
    const text = 'in the Nagorno-Karabakh Autonomous region';
    const start = text.indexOf('Nagorno');
    assert.equal(m.safeCutBefore(text, text.indexOf('Autonomous')), start);
    assert.equal(m.safeCutAfter(text, start + 1), text.indexOf('region'));
    assert.equal(m.safeCutBefore(text, 6), 6);
  });

  it('scanning between safe cuts gives exactly the full scan in that range', () => {
    fc.assert(
      fc.property(glossaryArb, textArb, fc.nat(), fc.nat(), (entities, text, x, y) => {
        const m = compileMatcher(entities);
        const a = Math.min(x, y) % (text.length + 1);
        const b = Math.max(a, Math.max(x, y) % (text.length + 1));
        const from = m.safeCutBefore(text, a);
        const to = m.safeCutAfter(text, b);
        assert.ok(from <= a && to >= b);
        const full = m.scan(text);
        assert.ok(full.every((mention) => !(mention.start < from && from < mention.end) && !(mention.start < to && to < mention.end)));
        assert.deepEqual(m.scan(text, from, to), within(full, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('an edit re-scanned between cuts safe in the old and new text splices into the full scan', () => {
    fc.assert(
      fc.property(glossaryArb, textArb, textArb, fc.nat(), fc.nat(), (entities, before, inserted, x, y) => {
        const m = compileMatcher(entities);
        const editStart = characterBoundary(before, Math.min(x, y) % (before.length + 1));
        const oldEnd = characterBoundary(before, Math.max(editStart, Math.max(x, y) % (before.length + 1)));
        const after = before.slice(0, editStart) + inserted + before.slice(oldEnd);
        const { from, to, oldTo } = cutsAroundEdit(m, before, after, editStart, oldEnd, editStart + inserted.length);
        const old = m.scan(before);
        const delta = after.length - before.length;
        const spliced = [
          ...old.filter((mention) => mention.end <= from),
          ...m.scan(after, from, to),
          ...old.filter((mention) => mention.start >= oldTo).map((mention) => ({ ...mention, start: mention.start + delta, end: mention.end + delta })),
        ];
        assert.deepEqual(spliced, m.scan(after));
      }),
      { numRuns: 3000 },
    );
  });
});
