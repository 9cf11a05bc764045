import assert from 'node:assert/strict';
import { reanchor } from '../../../src/core/anchoring';
import type { Annotation } from '../../../src/core/model';
import { entityAt, quoteAt } from './manual';

const ARTICLE = [
  'Lavrov: "Armenia Occupied Azerbaijan\'s Territories for Years"',
  '',
  'On February 2, Foreign Minister Sergey Lavrov told Russia 24 that Azerbaijan has regained its territories.',
  'Lavrov mentioned that the request to deploy a mission arrived in September 2022, when there was an “outburst of violence.”',
  'According to Lavrov, Russia had been attempting to resolve the issue politically for a long time.',
  'He noted that “Azerbaijan has regained the lands which belonged to them.”',
  '',
].join('\n');

function one(text: string, annotation: Annotation) {
  const [result] = reanchor(text, [annotation]);
  assert.ok(result);
  return result;
}

function spanText(text: string, annotation: Annotation): string {
  return text.slice(annotation.start, annotation.end);
}

describe('reanchor', () => {
  describe('exact position', () => {
    it('keeps an annotation whose text and context did not change', () => {
      const annotation = entityAt(ARTICLE, 'Sergey Lavrov');
      const result = one(ARTICLE, annotation);
      assert.equal(result.status, 'exact');
      assert.deepEqual(result.annotation, annotation);
    });

    it('clears the orphaned flag of an annotation that can be placed again', () => {
      const annotation = { ...entityAt(ARTICLE, 'Sergey Lavrov'), orphaned: true };
      const result = one(ARTICLE, annotation);
      assert.equal(result.status, 'exact');
      assert.equal(result.annotation.orphaned, undefined);
    });

    it('keeps an annotation stored without context where its text still stands', () => {
      const { prefix: _p, suffix: _s, ...bare } = entityAt(ARTICLE, 'Sergey Lavrov');
      assert.equal(one(ARTICLE, bare).status, 'exact');
    });
  });

  describe('exact quote with context', () => {
    it('follows a span that an insertion before it moved, and refreshes its context', () => {
      const annotation = entityAt(ARTICLE, 'Sergey Lavrov');
      const changed = 'Editor’s note: updated on Friday.\n\n' + ARTICLE;
      const result = one(changed, annotation);
      assert.equal(result.status, 'moved');
      assert.equal(result.annotation.start, annotation.start + 35);
      assert.equal(spanText(changed, result.annotation), 'Sergey Lavrov');
      assert.equal(result.annotation.prefix, changed.slice(result.annotation.start - 32, result.annotation.start));
    });

    it('chooses among repeats of the same words by their context', () => {
      const annotation = entityAt(ARTICLE, 'Lavrov', 3); // "According to Lavrov,"
      const changed = ARTICLE.replace('On February 2, ', 'On Thursday, February 2, ');
      const result = one(changed, annotation);
      assert.equal(result.status, 'moved');
      assert.equal(result.annotation.start, changed.indexOf('According to Lavrov') + 'According to '.length);
    });

    it('follows a CRLF to LF conversion, and back', () => {
      const annotation = entityAt(ARTICLE, 'Azerbaijan has regained its territories');
      const crlf = ARTICLE.replace(/\n/g, '\r\n');
      const there = one(crlf, annotation);
      assert.equal(there.status, 'moved');
      assert.equal(spanText(crlf, there.annotation), 'Azerbaijan has regained its territories');
      const back = one(ARTICLE, there.annotation);
      assert.equal(back.annotation.start, annotation.start);
    });

    it('follows a re-wrap that turned spaces inside the span into line breaks', () => {
      const annotation = entityAt(ARTICLE, 'attempting to resolve the issue politically');
      const wrapped = ARTICLE.replace('attempting to resolve', 'attempting\nto resolve').replace('issue politically', 'issue\npolitically');
      const result = one(wrapped, annotation);
      assert.equal(result.status, 'moved');
      assert.equal(result.annotation.start, annotation.start);
      assert.equal(spanText(wrapped, result.annotation), 'attempting\nto resolve the issue\npolitically');
    });
  });

  describe('annotations stored without context', () => {
    const bare = (annotation: Annotation): Annotation => {
      const { prefix: _p, suffix: _s, ...rest } = annotation;
      return rest;
    };

    it('orphans a short one once it moved: nothing tells its occurrences apart', () => {
      const changed = 'Update: ' + ARTICLE;
      assert.equal(one(changed, bare(entityAt(ARTICLE, 'Sergey Lavrov'))).status, 'orphaned');
    });

    it('follows a long one that occurs once', () => {
      const changed = 'Update: ' + ARTICLE;
      const result = one(changed, bare(entityAt(ARTICLE, 'Russia had been attempting to resolve the issue politically')));
      assert.equal(result.status, 'moved');
      assert.equal(result.annotation.start, changed.indexOf('Russia had been'));
    });
  });

  describe('fuzzy', () => {
    it('follows a small edit inside the span and covers the edited words', () => {
      const annotation = entityAt(ARTICLE, 'the request to deploy a mission arrived in September 2022');
      const changed = ARTICLE.replace('deploy a mission arrived', 'deploy a CSTO mission arrived');
      const result = one(changed, annotation);
      assert.equal(result.status, 'fuzzy');
      assert.equal(spanText(changed, result.annotation), 'the request to deploy a CSTO mission arrived in September 2022');
      assert.equal(result.annotation.text, 'the request to deploy a CSTO mission arrived in September 2022');
    });

    it('follows a changed spelling of a name', () => {
      const annotation = entityAt(ARTICLE, 'Foreign Minister Sergey Lavrov');
      const changed = ARTICLE.replace('Sergey Lavrov', 'Sergei Lavrov');
      const result = one(changed, annotation);
      assert.equal(result.status, 'fuzzy');
      assert.equal(spanText(changed, result.annotation), 'Foreign Minister Sergei Lavrov');
    });

    it('does not take a word that an edit lengthened for the word itself ("Lavrov" in "Lavrovs")', () => {
      const annotation = entityAt(ARTICLE, 'Lavrov', 2); // "Lavrov mentioned"
      const changed = ARTICLE.replace('Lavrov mentioned', 'Lavrovs mentioned');
      const result = one(changed, annotation);
      assert.notEqual(result.status, 'exact');
      if (result.status !== 'orphaned') assert.equal(spanText(changed, result.annotation), 'Lavrovs');
    });

    it('regression: a word inside the span made longer ("She" → "Shrzskeuie") stays inside it', () => {
      const text = 'The square was renamed after the writer Ingeborg Fjell.\n\nShe said the bank expected growth of 1.4 percent this year, down from an earlier estimate of 1.9 percent.\n';
      const annotation = entityAt(text, 'She said the bank expected growth of 1.4 percent this year, down from an earlier estimate of 1.9');
      const changed = text.replace('She said', 'Shrzskeuie said');
      const result = one(changed, annotation);
      assert.equal(spanText(changed, result.annotation), 'Shrzskeuie said the bank expected growth of 1.4 percent this year, down from an earlier estimate of 1.9');
    });

    it('regression: letters inserted after a word near the end ("forsvadqc the") keep the last word', () => {
      const text = 'Passengers said the notice was too short.\r\n\r\nHaugstad said she would ask the state auditor to review the contract for the cranes. Nyberg credited the change.';
      const annotation = entityAt(text, 'said she would ask the state auditor to review the contract for the');
      const changed = text.replace('contract for the', 'contract forsvadqc the');
      assert.equal(spanText(changed, one(changed, annotation).annotation), 'said she would ask the state auditor to review the contract forsvadqc the');
    });

    it('regression: deleting the word after the span does not cost the span its last word', () => {
      const text = 'The bank will publish a new forecast in June. Chen said talks would continue at the level of officials and that ministers could meet again in May.';
      const annotation = entityAt(text, 'Chen said talks would continue at');
      const changed = text.replace('at the level', 'at level');
      assert.equal(spanText(changed, one(changed, annotation).annotation), 'Chen said talks would continue at');
    });
  });

  describe('orphaned', () => {
    it('orphans an annotation whose words were deleted, keeping it as it was', () => {
      const annotation = entityAt(ARTICLE, 'resolve the issue politically');
      const changed = ARTICLE.replace('According to Lavrov, Russia had been attempting to resolve the issue politically for a long time.\n', '');
      const result = one(changed, annotation);
      assert.equal(result.status, 'orphaned');
      assert.deepEqual(result.annotation, { ...annotation, orphaned: true });
    });

    it('orphans a name whose mention was deleted rather than move it to another mention', () => {
      const annotation = entityAt(ARTICLE, 'Lavrov', 3); // "According to Lavrov,"
      const changed = ARTICLE.replace('According to Lavrov, ', 'According to him, ');
      assert.equal(one(changed, annotation).status, 'orphaned');
    });

    it('orphans an annotation whose sentence was pasted again elsewhere when the context cannot tell the copies apart', () => {
      const sentence = 'Lavrov mentioned that the request to deploy a mission arrived in September 2022, when there was an “outburst of violence.”';
      const annotation = entityAt(ARTICLE, 'the request to deploy a mission arrived');
      // pasted before the original, so the original moved too
      const changed = ARTICLE.replace('On February 2,', `${sentence}\nOn February 2,`);
      assert.equal(one(changed, annotation).status, 'orphaned');
    });

    it('keeps the original of a pasted sentence when only the original has the stored context', () => {
      const annotation = entityAt(ARTICLE, 'He noted');
      const changed = ARTICLE.replace('On February 2,', 'He noted that talks would resume. On February 2,');
      const result = one(changed, annotation);
      assert.equal(result.status, 'moved');
      assert.equal(result.annotation.start, changed.lastIndexOf('He noted'));
    });

    it('regression: a lookalike sentence with the same name and opening words does not take a deleted annotation', () => {
      const text = 'Residents were told to move to higher ground by Friday evening.\n\nSolberg said the company had lost about 40 million kroner in revenue during the stoppage.\n\nThe talks ended without agreement on export quotas. Solberg said the company had no plans to cut jobs at the terminal.\n';
      const annotation = entityAt(text, 'Solberg');
      const changed = text.replace('Solberg said the company had lost about 40 million kroner in revenue during the stoppage.\n\n', '');
      assert.equal(one(changed, annotation).status, 'orphaned');
    });

    it('regression: "The" at a paragraph start follows its sentence when a paragraph that also starts with "The" is inserted before it', () => {
      const text = 'The ministry ordered the release of the emails within 30 days.\n\nThe report, written by Raman and two colleagues, said most of the difference came from tax breaks.\n';
      const annotation = entityAt(text, 'The', 1);
      const changed = text.replace('\n\nThe report', '\n\nThe police asked anyone near the harbour to call them.\n\nThe report');
      const result = one(changed, annotation);
      assert.equal(result.status, 'moved');
      assert.equal(result.annotation.start, changed.indexOf('The report'));
    });
  });

  describe('UTF-16 offsets', () => {
    it('re-anchors non-Latin text after a small edit inside the span', () => {
      const text = 'Министр иностранных дел Сергей Лавров заявил, что Азербайджан вернул свои территории.\n';
      const annotation = entityAt(text, 'Сергей Лавров заявил, что Азербайджан вернул свои территории');
      const changed = 'Москва, 2 февраля.\n' + text.replace('вернул свои', 'вернул себе свои');
      const result = one(changed, annotation);
      assert.equal(result.status, 'fuzzy');
      assert.equal(spanText(changed, result.annotation), 'Сергей Лавров заявил, что Азербайджан вернул себе свои территории');
    });

    it('counts an emoji inserted before the span as two UTF-16 units', () => {
      const annotation = entityAt(ARTICLE, 'Sergey Lavrov');
      const changed = ARTICLE.replace('On February 2,', 'On February 2 🙂,');
      const result = one(changed, annotation);
      assert.equal(result.status, 'moved');
      assert.equal(result.annotation.start, annotation.start + 3);
      assert.equal(spanText(changed, result.annotation), 'Sergey Lavrov');
    });

    it('re-anchors a span that ends with an emoji', () => {
      const text = 'The crowd chanted “we will win 🙂” outside the ministry on Friday evening.\n';
      const annotation = entityAt(text, 'we will win 🙂');
      const changed = 'Update: ' + text;
      const result = one(changed, annotation);
      assert.equal(spanText(changed, result.annotation), 'we will win 🙂');
    });
  });

  describe('speaker of a quote', () => {
    const quoteText = 'Azerbaijan has regained the lands which belonged to them.';

    it('moves the speaker mention with its quote', () => {
      const annotation = quoteAt(ARTICLE, quoteText, 'He', 'Sergey Lavrov');
      const changed = 'Update: ' + ARTICLE;
      const result = one(changed, annotation);
      assert.equal(result.annotation.kind, 'quote');
      if (result.annotation.kind !== 'quote') return;
      const speaker = result.annotation.speaker!;
      assert.equal(changed.slice(speaker.start, speaker.end), 'He');
      assert.equal(speaker.name, 'Sergey Lavrov');
    });

    it('finds the speaker mention near the quote when an edit between them moved it', () => {
      const annotation = quoteAt(ARTICLE, quoteText, 'He', 'Sergey Lavrov');
      const changed = ARTICLE.replace('He noted that', 'He noted on Friday that');
      const result = one(changed, annotation);
      if (result.annotation.kind !== 'quote') return assert.fail('a quote');
      const speaker = result.annotation.speaker!;
      assert.equal(speaker.start, changed.indexOf('He noted'));
      assert.equal(speaker.end, speaker.start + 2);
    });

    it('keeps the name but no place when the speaker mention is gone', () => {
      const annotation = quoteAt(ARTICLE, quoteText, 'He', 'Sergey Lavrov');
      const changed = ARTICLE.replace('He noted that', 'It was noted that');
      const result = one(changed, annotation);
      if (result.annotation.kind !== 'quote') return assert.fail('a quote');
      assert.deepEqual(result.annotation.speaker, { ...annotation.speaker!, start: -1, end: -1 });
    });
  });

  it('re-anchors each annotation of a list on its own', () => {
    const annotations = [entityAt(ARTICLE, 'Sergey Lavrov'), entityAt(ARTICLE, 'resolve the issue politically')];
    const changed = 'Update: ' + ARTICLE.replace('resolve the issue politically', 'settle it');
    assert.deepEqual(reanchor(changed, annotations).map((r) => r.status), ['moved', 'orphaned']);
  });
});
