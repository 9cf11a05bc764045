import assert from 'node:assert/strict';
import { ELSEWHERE, KINDS, measureAnchoring, type Measurement, type Workload } from '../../../bench/anchoring/measure';

// Issue 5's targets, measured by the same code as `bench:anchoring` on a
// smaller, fixed workload: generated articles, a few hundred manual
// annotations, seeded edits of every kind.
const WORKLOAD: Workload = { seed: 5, articles: 8, paragraphsPerArticle: 12, annotationsPerArticle: 20, editsElsewhere: 2, aimedEdits: 8 };

describe('re-anchoring targets (fixed seed)', () => {
  let measurement: Measurement;
  before(() => {
    measurement = measureAnchoring(WORKLOAD);
  });

  it('misplaces no annotation, whatever the edit', () => {
    for (const kind of KINDS) assert.equal(measurement.tallies[kind].misplaced, 0, `${kind}: ${measurement.misplacements.join('\n')}`);
  });

  it('re-anchors every annotation correctly after edits elsewhere', () => {
    for (const kind of ELSEWHERE) {
      const t = measurement.tallies[kind];
      assert.ok(t.total > 0, kind);
      assert.equal(t.correct, t.total, `${kind}: ${measurement.missed.join('\n')}`);
    }
  });

  it('re-anchors at least 95 % of annotations correctly after a small edit inside them', () => {
    const t = measurement.tallies['inner edit'];
    assert.ok(t.total >= 100, `only ${t.total} inner edits measured`);
    assert.ok(t.correct / t.total >= 0.95, `${t.correct} of ${t.total}`);
  });

  it('orphans every annotation whose text was deleted', () => {
    const t = measurement.tallies.deleted;
    assert.ok(t.total > 0);
    assert.equal(t.orphaned, t.total);
  });

  it('measures pasted copies of annotated sentences too', () => {
    assert.ok(measurement.tallies.duplicated.total > 0);
  });
});
