import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contextAgreement, contextAgreementBound, hasIntactNearSide } from '../../../src/core/anchoring/contextEvidence';
import { storedContext } from '../../../src/core/anchoring/storedContext';

describe('context agreement', () => {
  const context = storedContext('Lavrov', 'news on Tuesday. Foreign Minister ', ' said the talks would resume soon');
  const place = (before: string, after: string) => {
    const text = before + 'Lavrov' + after;
    return { text, start: before.length, end: before.length + 'Lavrov'.length };
  };

  it('is 1 where the whole stored context is around the candidate', () => {
    const { text, start, end } = place('news on Tuesday. Foreign Minister ', ' said the talks would resume soon');
    assert.equal(contextAgreement(text, start, end, context), 1);
  });

  it('is 0 where nothing around the candidate is like the stored context', () => {
    const { text, start, end } = place('xq zvb kpw jjyx wqq fzz mmk vvxz ', ' pqk zzw vvbx qqf zxx kwj wqv zxb');
    assert.equal(contextAgreement(text, start, end, context), 0);
  });

  it('weighs the span’s own sentence above the text beyond its sentence end', () => {
    const ownSentence = place('Yesterday it rained. Foreign Minister ', ' said the talks would resume soon');
    const beyond = place('news on Tuesday. The agency and ', ' told them that nobody would come');
    assert.ok(contextAgreement(ownSentence.text, ownSentence.start, ownSentence.end, context) >
      contextAgreement(beyond.text, beyond.start, beyond.end, context));
  });

  it('tells whether one side of the span’s own sentence is exactly as stored', () => {
    const intact = place('Yesterday it rained. Foreign Minister ', ' told them that nobody would come');
    const broken = place('Yesterday it rained. Deputy Minister ', ' told them that nobody would come');
    assert.equal(hasIntactNearSide(intact.text, intact.start, intact.end, context), true);
    assert.equal(hasIntactNearSide(broken.text, broken.start, broken.end, context), false);
  });

  it('has a cheap bound that is never below the agreement', () => {
    const words = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 'n', 's', 't', ' ', '.'), maxLength: 40 });
    fc.assert(fc.property(words, words, words, words, (prefix, suffix, before, after) => {
      const stored = storedContext('Lavrov', prefix, suffix);
      const text = before + 'Lavrov' + after;
      const start = before.length;
      const end = start + 6;
      assert.ok(contextAgreementBound(text, start, end, stored) >= contextAgreement(text, start, end, stored) - 1e-12);
    }), { numRuns: 500 });
  });
});
