import assert from 'node:assert/strict';
import { storedContext } from '../../../src/core/anchoring/storedContext';

function parts(quote: string, prefix: string, suffix: string): string[] {
  const c = storedContext(quote, prefix, suffix);
  return [c.prefixFar.text, c.prefixNear.text, c.suffixNear.text, c.suffixFar.text];
}

describe('stored context split at the span’s sentence', () => {
  it('splits the prefix after the last sentence end and the suffix at the first', () => {
    assert.deepEqual(parts('Lavrov', 'said on Tuesday. Foreign Minister ', ' added that. Then'), ['said on Tuesday. ', 'Foreign Minister ', ' added that.', ' Then']);
  });

  it('counts closing quotation marks with the sentence they close', () => {
    assert.deepEqual(parts('He', '“We will not retreat.” ', ' noted'), ['“We will not retreat.” ', '', ' noted', '']);
  });

  it('splits at a blank line', () => {
    assert.deepEqual(parts('The', 'end of a headline\n\n', ' report'), ['end of a headline ', '', ' report', '']);
  });

  it('does not split at a single line break, which hard-wrapped text has mid-sentence', () => {
    assert.deepEqual(parts('The', 'would publish a new\nforecast in ', ' report'), ['', 'would publish a new forecast in ', ' report', '']);
  });

  it('regression: a CRLF is one line break, not a blank line', () => {
    assert.deepEqual(parts('June', 'ould publish a new\r\nforecast in ', '. The report'), ['', 'ould publish a new forecast in ', '.', ' The report']);
  });

  it('keeps only the closing marks near when the span itself ends its sentence', () => {
    assert.deepEqual(parts('suspicious but not yet criminal.', 'treating the fire as\n“', '” Petrović said striker'), ['', 'treating the fire as “', '”', ' Petrović said striker']);
  });
});
