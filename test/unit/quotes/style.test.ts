import assert from 'node:assert/strict';
import { quotes } from './helpers';

function styles(text: string): [string, string][] {
  return quotes(text).map((q) => [q.text, q.style]);
}

describe('quotes: direct or term', () => {
  it('calls a short quote with no speech cue a term', () => {
    assert.deepEqual(styles('The plan was seen as "pro-Western" in the capital.'), [['pro-Western', 'term']]);
  });

  it('calls a long quote reported speech', () => {
    assert.deepEqual(styles('The mayor said the budget was “the best we have had in years.”'), [['the best we have had in years.', 'direct']]);
  });

  it('calls a short quote direct when a speech verb touches it', () => {
    assert.deepEqual(styles('Asked about the deal, she said: “Never.”'), [['Never.', 'direct']]);
    assert.deepEqual(styles('“No comment,” the spokesman said.'), [['No comment,', 'direct']]);
  });

  it('keeps a short quote after a naming verb a term', () => {
    assert.deepEqual(styles('The senator called the bill “a disgrace” on Monday.'), [['a disgrace', 'term']]);
  });

  it('keeps a name in quotes inside a name a term', () => {
    assert.deepEqual(styles('Councillor Maria "Mimi" Ortega (Ward 3) shouted to the crowd.'), [['Mimi', 'term']]);
  });

  it('calls a capitalised title with no cue a term', () => {
    assert.deepEqual(styles('The band played “Songs From The Long Night Road” twice.'), [['Songs From The Long Night Road', 'term']]);
  });

  it('counts 3,210 as one word', () => {
    assert.deepEqual(styles('The count showed "3,210 injured people" last year.'), [['3,210 injured people', 'term']]);
  });

  it('gives a term no speaker', () => {
    assert.equal(quotes('The minister called the report "biased" on Monday.')[0]!.speaker, null);
  });
});
