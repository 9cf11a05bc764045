import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/core/model';
import { parseBrat, toBrat } from '../../../src/core/sidecar';
import { ARTICLE, ORPHAN, articleAnnotations, entity, find, quote, speaker } from './article';

const NAMES = new Map([
  ['sergey-lavrov', 'Sergey Lavrov'],
  ['russia-24', 'Russia 24'],
  ['ria-news', 'RIA News'],
  ['azerbaijan', 'Azerbaijan'],
  ['baku', 'Baku'],
]);
const entityName = (id: string) => NAMES.get(id);

interface TLine {
  id: string;
  type: string;
  fragments: [number, number][];
  text: string;
}

/** The T lines of an .ann, read independently of parseBrat. */
function tLines(ann: string): TLine[] {
  return ann
    .split('\n')
    .filter((l) => l.startsWith('T'))
    .map((line) => {
      const [id, data, text] = line.split('\t') as [string, string, string];
      const [type, ...rest] = data.split(' ');
      const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      return { id, type: type!, fragments, text };
    });
}

/** What a brat round trip must keep: spans, types, speakers, entity ids, styles. */
function essentials(list: readonly Annotation[]): object[] {
  return [...list]
    .sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind))
    .map((a) =>
      a.kind === 'entity'
        ? { kind: a.kind, start: a.start, end: a.end, type: a.type, entity: a.entity }
        : { kind: a.kind, start: a.start, end: a.end, style: a.style, speaker: a.speaker },
    );
}

describe('brat sidecar', () => {
  it("writes every T line's text as the code-point slice of the text", () => {
    const points = [...ARTICLE];
    const lines = tLines(toBrat(ARTICLE, articleAnnotations(), entityName));
    assert.ok(lines.length >= articleAnnotations().length);
    for (const t of lines) {
      assert.equal(t.text, t.fragments.map(([s, e]) => points.slice(s, e).join('')).join(' '), `${t.id} ${t.type}`);
    }
  });

  it('counts offsets in code points after an emoji', () => {
    const lavrov = find(ARTICLE, 'Sergey Lavrov', 1);
    const line = tLines(toBrat(ARTICLE, articleAnnotations(), entityName)).find((t) => t.text === 'Sergey Lavrov' && t.fragments[0]![0] > 0)!;
    assert.deepEqual(line.fragments, [[lavrov.start - 2, lavrov.end - 2]]);
  });

  it('writes a span over a line break as fragments, joined by a space, with no line break in any line', () => {
    const ann = toBrat(ARTICLE, articleAnnotations(), entityName);
    const multiLine = tLines(ann).find((t) => t.type === 'Quote' && t.fragments.length > 1)!;
    assert.equal(multiLine.text, 'Azerbaijan has regained the lands “which belonged to them.');
    assert.equal(multiLine.fragments.length, 2);
    assert.equal(ann.split('\n').length - 1, ann.match(/^[TRAN#]\d+\t/gm)!.length, 'one annotation per line');
  });

  it('splits at both characters of a CRLF and at Unicode line separators', () => {
    const text = 'He said “one\r\ntwo\u2028three” today.';
    const words = find(text, 'one\r\ntwo\u2028three');
    const ann = toBrat(text, [{ id: 'q', kind: 'quote', style: 'direct', ...words, text: 'one\r\ntwo\u2028three', speaker: null, origin: 'manual' }]);
    assert.equal(ann, `T1\tQuote 9 12;14 17;18 23\tone two three\nA1\tStyle T1 direct\n`);
  });

  it('writes quotes, styles, speakers and glossary ids as brat annotations', () => {
    const text = 'Sergey Lavrov: "We will answer."\nHe noted that "the talks failed."';
    const headline = quote(text, 'We will answer.', 'direct', speaker(text, 'Sergey Lavrov', 'Sergey Lavrov', 'sergey-lavrov'));
    const pronoun = quote(text, 'the talks failed.', 'direct', speaker(text, 'He', 'Sergey Lavrov', 'sergey-lavrov'));
    const ann = toBrat(text, [entity(text, 'Sergey Lavrov', 'person', 'sergey-lavrov'), headline, pronoun], entityName);
    assert.equal(
      ann,
      [
        'T1\tperson 0 13\tSergey Lavrov',
        'T2\tQuote 16 31\tWe will answer.',
        'T3\tSpeaker_mention 33 35\tHe',
        'T4\tQuote 48 65\tthe talks failed.',
        'A1\tStyle T2 direct',
        'A2\tStyle T4 direct',
        'R1\tSpeaker Arg1:T2 Arg2:T1',
        'R2\tSpeaker Arg1:T4 Arg2:T3',
        'N1\tReference T1 Glossary:sergey-lavrov\tSergey Lavrov',
        'N2\tReference T3 Glossary:sergey-lavrov\tSergey Lavrov',
        '',
      ].join('\n'),
    );
  });

  it("keeps a speaker's name in a note when neither the mention nor the glossary gives it", () => {
    const text = 'The minister said: "No comment."';
    const q = quote(text, 'No comment.', 'direct', speaker(text, 'The minister', 'Ararat Mirzoyan', null));
    const ann = toBrat(text, [q]);
    assert.ok(ann.includes('T1\tSpeaker_mention 0 12\tThe minister\n'));
    assert.ok(ann.includes('#1\tAnnotatorNotes T1\tArarat Mirzoyan\n'));
    const back = parseBrat(ann, text)[0]!;
    assert.ok(back.kind === 'quote');
    assert.deepEqual(back.speaker, { start: 0, end: 12, text: 'The minister', name: 'Ararat Mirzoyan', entity: null });
  });

  it('puts the speaker on the glossary mention with a note when no entity names are given', () => {
    const text = 'Lavrov said: "No." Lavrov added: "Never."';
    const no = quote(text, 'No.', 'direct', speaker(text, 'Lavrov', 'Sergey Lavrov', 'sergey-lavrov'));
    const never = quote(text, 'Never.', 'direct', speaker(text, 'Lavrov', 'Sergey Lavrov', 'sergey-lavrov', 1));
    const annotations = [entity(text, 'Lavrov', 'person', 'sergey-lavrov'), entity(text, 'Lavrov', 'person', 'sergey-lavrov', 1), no, never];
    const ann = toBrat(text, annotations);
    assert.ok(!ann.includes('Speaker_mention'));
    assert.ok(ann.includes('R1\tSpeaker Arg1:T2 Arg2:T1\n') && ann.includes('#1\tAnnotatorNotes T1\tSergey Lavrov\n'));
    assert.deepEqual(essentials(parseBrat(ann, text)), essentials(annotations));
  });

  it('gives a second, different name for one mention its own speaker mention', () => {
    const text = 'Lavrov said: "No." and "Never."';
    const no = quote(text, 'No.', 'direct', speaker(text, 'Lavrov', 'Sergey Lavrov', null));
    const never = quote(text, 'Never.', 'direct', speaker(text, 'Lavrov', 'Sergei Lavrov', null));
    const annotations = [entity(text, 'Lavrov', 'person', null), no, never];
    const ann = toBrat(text, annotations);
    assert.equal(ann.match(/Speaker_mention/g)?.length, 1);
    assert.deepEqual(essentials(parseBrat(ann, text)), essentials(annotations));
  });

  it('replaces spaces in type names with underscores', () => {
    const ann = toBrat(ARTICLE, articleAnnotations(), entityName);
    assert.ok(ann.includes('\tnews_agency '));
    assert.ok(!/\tnews agency /.test(ann));
  });

  it('leaves out orphaned annotations and empty spans', () => {
    const empty = { ...entity(ARTICLE, 'Baku', 'place', 'baku'), end: find(ARTICLE, 'Baku').start };
    assert.equal(toBrat(ARTICLE, [ORPHAN, empty]), '');
  });

  it('reads back the spans, types, speakers, entity ids and styles it wrote', () => {
    const annotations = articleAnnotations();
    const expected = essentials(annotations.map((a) => (a.kind === 'entity' ? { ...a, type: a.type.replace(/ /g, '_') } : a)));
    assert.deepEqual(essentials(parseBrat(toBrat(ARTICLE, annotations, entityName), ARTICLE)), expected);
    assert.deepEqual(essentials(parseBrat(toBrat(ARTICLE, annotations), ARTICLE)), expected, 'without entity names');
  });

  it('reads back a CRLF article', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const annotations = articleAnnotations(crlf).filter((a) => a.kind === 'quote' || a.type !== 'news agency');
    assert.deepEqual(essentials(parseBrat(toBrat(crlf, annotations, entityName), crlf)), essentials(annotations));
  });

  it('reads back a speaker whose name differs from the glossary name', () => {
    const text = 'Lavrov said: "No."';
    const q = quote(text, 'No.', 'direct', speaker(text, 'Lavrov', 'Sergei Lavrov', 'sergey-lavrov'));
    const back = parseBrat(toBrat(text, [entity(text, 'Lavrov', 'person', 'sergey-lavrov'), q], entityName), text);
    assert.deepEqual(essentials(back), essentials([entity(text, 'Lavrov', 'person', 'sergey-lavrov'), q]));
  });

  it('throws on a line that is not brat standoff', () => {
    assert.throws(() => parseBrat('T1\tperson zero 13\tSergey Lavrov\n', ARTICLE), /line 1 is not brat standoff/);
  });
});
