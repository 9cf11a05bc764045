import assert from 'node:assert/strict';
import type { Entity, Mention } from '../../../src/core/model';
import { quotes, speakerOf } from './helpers';

describe('quotes: speakers from the text', () => {
  it('takes X in `said X` after the quote', () => {
    assert.equal(speakerOf('“The budget is balanced for the first time,” said Mayor Ana Lopez.'), 'Mayor Ana Lopez');
  });

  it('takes X in `X said` after the quote', () => {
    assert.equal(speakerOf('“The budget is balanced for the first time,” Lopez said on Monday.'), 'Lopez');
  });

  it('takes the name before an appositive: `X, the party’s chairman, said`', () => {
    assert.equal(speakerOf('“We expect to win every seat in the north,” Tom Reed, the party’s chairman, said.'), 'Tom Reed');
  });

  it('takes a title with its name and a parenthesis whose period ends no sentence: `Rep. X (D-Md.) said`', () => {
    assert.equal(speakerOf('“This vote is about the future of the state,” Rep. Ann Cole (D-Md.) said Friday.'), 'Rep. Ann Cole');
  });

  it('takes a description: `a spokesman for the campaign said`', () => {
    assert.equal(speakerOf('“We have no plans to pull out of the state,” a spokesman for the campaign said.'), 'a spokesman for the campaign');
  });

  it('takes a description after the verb: `said a spokeswoman for the agency`', () => {
    assert.equal(speakerOf('“The review will take months to finish,” said a spokeswoman for the agency.'), 'a spokeswoman for the agency');
  });

  it('takes a pronoun after the quote: `she said`', () => {
    assert.equal(speakerOf('“The review will take months to finish,” she said.'), 'she');
  });

  it('takes the subject of a speech verb before the quote: `X said: “…”`', () => {
    assert.equal(speakerOf('The governor said in a statement: “The review will take months to finish.”'), 'The governor');
  });

  it('takes X in `X noted that “…”`', () => {
    assert.equal(speakerOf('Okafor noted that “the review will take months to finish.”'), 'Okafor');
  });

  it('takes X in a mixed quote: `X says the plan “…”`', () => {
    assert.equal(speakerOf('Okafor says the new plan “would cost far more than the old one.”'), 'Okafor');
  });

  it('takes X in `according to X`, before or after the quote', () => {
    assert.equal(speakerOf('According to Okafor, “the review will take months to finish.”'), 'Okafor');
    assert.equal(speakerOf('The review “will take months to finish,” according to the ministry.'), 'the ministry');
  });

  it('takes X in a headline `X: “…”`', () => {
    assert.equal(speakerOf('Dana Whitfield: “We Will Not Leave the Coalition Now”'), 'Dana Whitfield');
  });

  it('takes `Said X:` at the start of a sentence', () => {
    assert.equal(speakerOf('The vote is close. Said Whitfield: “I have never seen a count like this one.”'), 'Whitfield');
  });

  it('takes X after a dash under a quote', () => {
    assert.equal(speakerOf('“The debate showed who is ready and who is not.” ― Lena Ortiz'), 'Lena Ortiz');
  });

  it('takes the subject of a clause for a participle: `X attacked Y, saying “…”`', () => {
    assert.equal(speakerOf('Whitfield attacked the council on Friday, saying “the plan is a waste of money.”'), 'Whitfield');
  });

  it('takes the subject of the first verb for a coordinated one: `X smiled and said “…”`', () => {
    assert.equal(speakerOf('Whitfield smiled at the crowd and said “the plan is a waste of money.”'), 'Whitfield');
  });

  it('takes the owner of `who`: `the senator, who told reporters “…”`', () => {
    assert.equal(speakerOf('The bill was backed by Whitfield, who told reporters “the plan is a waste of money.”'), 'Whitfield');
  });

  it('takes a name whose naming verb rests on it: `X called Y “…”`', () => {
    assert.equal(speakerOf('Whitfield called the mayor “a man who has never read a budget in his life.”'), 'Whitfield');
  });

  it('prefers the sentence before when a quote ends its sentence: “… over.” She …', () => {
    const found = quotes('Lopez said the plan was “a waste of good money on bad ideas.” She added that the vote would be close.');
    assert.equal(found[0]!.speaker, 'Lopez');
  });

  it('keeps the speaker of a sentence that ends `X said.` for the quote after it', () => {
    assert.equal(quotes('The vote is close, Lopez said. “We will count every ballot twice over.”')[0]!.speaker, 'Lopez');
  });

  it('gives a quote after a colon at the end of a paragraph to the speaker it introduces', () => {
    const found = quotes('Lopez said in a statement:\n\n“We will count every ballot twice over, as the law demands.”');
    assert.equal(found[0]!.speaker, 'Lopez');
  });

  it('carries speech over several paragraphs to the speaker named at its start', () => {
    const found = quotes('Lopez said: “We will count every ballot.\n\n“And we will count them twice over.”');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.speaker, 'Lopez');
  });

  it('gives a quote-only paragraph to the speaker of the paragraph before', () => {
    const found = quotes('“We will count every ballot,” Lopez said.\n\n“And we will count them twice over, as the law demands.”');
    assert.deepEqual(found.map((q) => q.speaker), ['Lopez', 'Lopez']);
  });

  it('gives the second quote of `“A,” she said. “B.”` to the same speaker', () => {
    const found = quotes('“We will count every ballot,” she said. “And we will count them twice over.”');
    assert.deepEqual(found.map((q) => q.speaker), ['she', 'she']);
  });

  it('does not read a weak verb after a description as speech: `X said Y’s early tweets are “…”`', () => {
    assert.equal(speakerOf('Mayor Ana Lopez said Reed’s early tweets are “lies from start to finish.”'), 'Mayor Ana Lopez');
  });

  it('does not read `said` after `but he` as the cue of the quote before it', () => {
    const found = quotes('Lopez said the tape did not show “anything that would settle the matter,” but he said the count would go on.');
    assert.equal(found[0]!.speaker, 'Lopez');
  });

  it('gives a quote no speaker where nobody is named', () => {
    assert.equal(speakerOf('The sign on the door read “closed until further notice for repairs”.'), null);
  });
});

describe('quotes: speaker names', () => {
  it('resolves a pronoun to the last person mentioned', () => {
    const found = quotes('Mayor Ana Lopez met the council on Monday.\n\nShe said that “the budget will be balanced this year.”');
    assert.deepEqual([found[0]!.speaker, found[0]!.name], ['She', 'Ana Lopez']);
  });

  it('resolves a pronoun to the last person of a fitting gender', () => {
    const found = quotes('Mr. Tom Reed met Mrs. Ana Lopez on Monday. He said that “the budget will be balanced this year.”');
    assert.equal(found[0]!.name, 'Tom Reed');
  });

  it('names a surname by the longest form seen before', () => {
    const found = quotes('Hillary Carter spoke in Ohio.\n\n“We will win this state,” Carter said.');
    assert.deepEqual([found[0]!.speaker, found[0]!.name], ['Carter', 'Hillary Carter']);
  });

  it('names a titled speaker without the title', () => {
    assert.equal(quotes('“We will win this state,” Sen. Ann Cole said.')[0]!.name, 'Ann Cole');
  });

  it('names a description by its words', () => {
    assert.equal(quotes('“We will win this state,” a campaign aide said.')[0]!.name, 'a campaign aide');
  });
});

describe('quotes: “they” and the groups that speak', () => {
  it('resolves “they” to the group that spoke last in the paragraph', () => {
    const found = quotes('“The count is not over,” officials at the election board said. They added that “every ballot will be read twice.”');
    assert.deepEqual([found[1]!.speaker, found[1]!.name], ['They', 'officials at the election board']);
  });

  it('resolves “they” to a body that spoke in an earlier paragraph', () => {
    const found = quotes('“We will appeal the ruling,” the campaign said on Monday.\n\n“We expect to win,” they said.');
    assert.deepEqual([found[1]!.speaker, found[1]!.name], ['they', 'the campaign']);
  });

  it('never resolves “they” to one person, nor “he” to a group', () => {
    const found = quotes('“The count is not over,” Democrats said. Tom Reed, the party’s chairman, spoke next.\n\n“We will win,” they said. “We will not,” he said.');
    assert.deepEqual(found.map((q) => q.name), ['Democrats', 'Democrats', 'Tom Reed']);
  });

  it('takes a one-person description for a person, not a group: “a spokesman for the campaign”', () => {
    const found = quotes('“We have no plans,” a spokesman for the campaign said.\n\n“We expect to win,” they said.');
    assert.deepEqual([found[1]!.speaker, found[1]!.name], ['they', 'they']);
  });
});

describe('quotes: glossary entities name the speakers', () => {
  const text = 'Mayor Lopez opened the session.\n\n“The budget is balanced,” she said. “We are done,” Lopez told reporters.';
  const lopez: Entity = { id: 'ana-lopez', name: 'Ana Lopez', type: 'person', aliases: ['Lopez'], facts: [], links: [], case: 'auto' };
  const mentions: Mention[] = [...text.matchAll(/Lopez/g)].map((m) => ({ start: m.index, end: m.index + 5, entity: lopez.id, form: 1 }));

  it('names a glossary person by its entry, and a pronoun after it too', () => {
    const found = quotes(text, { mentions, entity: (id) => (id === lopez.id ? lopez : undefined) });
    assert.deepEqual(found.map((q) => [q.speaker, q.name]), [['she', 'Ana Lopez'], ['Lopez', 'Ana Lopez']]);
  });
});

describe('quotes: groups that open a sentence', () => {
  it('takes a capitalised plural at a sentence start for a group: `Officials said`', () => {
    const found = quotes('The vote was close. Officials said the count “will take several more days.”\n\n“We are being careful,” they said.');
    assert.deepEqual([found[1]!.speaker, found[1]!.name], ['they', 'Officials']);
  });
});
