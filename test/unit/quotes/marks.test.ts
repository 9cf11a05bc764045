import assert from 'node:assert/strict';
import { texts } from './helpers';

describe('quotes: marks and pairing', () => {
  it('pairs straight double quotes', () => {
    assert.deepEqual(texts('He said "we will win the vote" and left.'), ['we will win the vote']);
  });

  it('pairs curly double quotes', () => {
    assert.deepEqual(texts('He said “we will win the vote” and left.'), ['we will win the vote']);
  });

  it('pairs curly single quotes', () => {
    assert.deepEqual(texts('Headline: Minister says ‘talks are over for now’ after the summit'), ['talks are over for now']);
  });

  it('pairs guillemets both ways round', () => {
    assert.deepEqual(texts('Il a dit « nous allons gagner demain » hier.'), ['nous allons gagner demain']);
    assert.deepEqual(texts('Er sagte »wir werden morgen gewinnen« gestern.'), ['wir werden morgen gewinnen']);
  });

  it('pairs low-high quotes „…“ and single guillemets ‹…›', () => {
    assert.deepEqual(texts('Er sagte „wir gewinnen morgen“ und ging.'), ['wir gewinnen morgen']);
    assert.deepEqual(texts('Il a dit ‹ nous partons demain › puis rien.'), ['nous partons demain']);
  });

  it('finds a quote nested in another', () => {
    assert.deepEqual(texts('She said “he told me ‘never again’ last year” to us.'), ['never again', 'he told me ‘never again’ last year']);
  });

  it('keeps a quote across a line break of hard-wrapped text', () => {
    assert.deepEqual(texts('He said “we will win\nthe vote in May” and left.'), ['we will win\nthe vote in May']);
  });

  it('makes one quote of a quote over several paragraphs, each reopened', () => {
    const text = 'She said: “The first part of it is long.\n\n“The second part is longer still.\n\n“The end.” And she left.';
    assert.deepEqual(texts(text), ['The first part of it is long.\n\n“The second part is longer still.\n\n“The end.']);
  });

  it('reopens a multi-paragraph quote on the very next line too', () => {
    assert.deepEqual(texts('"The first part of it.\n"The last part of it," he said.'), ['The first part of it.\n"The last part of it,']);
  });

  it('ends a quote left open at a blank line when the next paragraph does not reopen it', () => {
    assert.deepEqual(texts('He said “we will win the vote.\n\nThe count starts at noon. “Soon,” he said.'), ['we will win the vote.', 'Soon,']);
  });

  it('ends a wrapped quote left open at the line before a mark that opens a new one', () => {
    assert.deepEqual(texts('He said “we will win the vote\nand the count starts at noon. “Soon,” he said.'), ['we will win the vote', 'Soon,']);
  });

  it('ends a quote that is never closed where its text ends', () => {
    assert.deepEqual(texts('He said “we will win the vote and then go home'), ['we will win the vote and then go home']);
  });

  it('does not let an open quote run over more than eight wrapped lines', () => {
    const lines = ['He said “we will win'].concat(Array.from({ length: 10 }, (_, i) => `line ${i} of the text`));
    const found = texts(lines.join('\n'));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.split('\n').length, 9);
  });

  it('closes a straight quote with a curly mark typed by hand', () => {
    assert.deepEqual(texts('"We will win the vote,” he said.'), ['We will win the vote,']);
  });

  it('does not take a height in inches for a quote', () => {
    assert.deepEqual(texts('He is 6\'3" tall and weighs a lot, the "official letter" says.'), ['official letter']);
  });
});

describe('quotes: apostrophes are never quotation marks', () => {
  const cases: [string, string][] = [
    ['possessive', 'Azerbaijan\'s army and Azerbaijan’s navy met, ‘as planned all along’ said one.'],
    ['contraction', 'We don’t know and can’t say, ‘we really cannot’ he said.'],
    ['decade', 'Back in the ’90s and the \'80s, ‘things were simpler then’ she said.'],
    ['rock ’n’ roll', 'They played rock ’n’ roll and rock \'n\' roll, ‘all night long again’ said one.'],
    ['plural possessive', 'At the Smiths’ house, ‘the Joneses’ dog barked all night’ said one.'],
    ['elision', 'Give ’em hell, ‘we will fight them all’ she said.'],
  ];
  for (const [name, text] of cases) {
    it(`leaves a ${name} alone`, () => {
      const found = texts(text);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.ok(!/^[’'‘]|[’'‘]$/.test(found[0]!), found[0]);
    });
  }

  it('keeps the plural possessive inside a single-quoted quote', () => {
    assert.deepEqual(texts('‘We visited the Smiths’ house last week,’ she said.'), ['We visited the Smiths’ house last week,']);
  });

  it('finds no quote in a text of apostrophes only', () => {
    assert.deepEqual(texts('Azerbaijan’s army, don’t, the ’90s, rock ’n’ roll and the Smiths’ house.'), []);
  });
});
