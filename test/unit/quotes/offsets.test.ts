import assert from 'node:assert/strict';
import { findQuotes } from '../../../src/core/quotes';
import { NO_GLOSSARY } from './helpers';

describe('quotes: offsets', () => {
  it('counts UTF-16 units after a character outside the BMP (emoji before the quote)', () => {
    const text = '🎉 Party time. “We will dance all night long,” said Lena Ortiz 🎤.';
    const [q] = findQuotes(text, NO_GLOSSARY);
    assert.equal(text.slice(q!.start, q!.end), 'We will dance all night long,');
    assert.equal(text.slice(q!.speaker!.start, q!.speaker!.end), 'Lena Ortiz');
  });

  it('leaves the marks out of the span', () => {
    const text = 'She said « nous partirons demain matin » hier.';
    const [q] = findQuotes(text, NO_GLOSSARY);
    assert.equal(text.slice(q!.start - 2, q!.end + 2), '« nous partirons demain matin »');
  });

  it('keeps the possessive out of a speaker span', () => {
    const text = '“We will dance all night long,” said Lena Ortiz’s manager.';
    const [q] = findQuotes(text, NO_GLOSSARY);
    assert.equal(q!.speaker!.text, 'Lena Ortiz’s manager');
  });
});
