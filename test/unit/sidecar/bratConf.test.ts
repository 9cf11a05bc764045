import assert from 'node:assert/strict';
import { bratAnnotationConf, bratLabel, bratVisualConf, toBrat } from '../../../src/core/sidecar';
import { ARTICLE, articleAnnotations } from './article';

/** The lines of one [section] of a brat .conf, comments and blank lines dropped. */
function section(conf: string, name: string): string[] {
  const lines = conf.split('\n');
  const from = lines.indexOf(`[${name}]`);
  assert.ok(from >= 0, `no [${name}]`);
  const rest = lines.slice(from + 1);
  const to = rest.findIndex((l) => l.startsWith('['));
  return rest.slice(0, to < 0 ? undefined : to).filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

const TYPES = [...new Set(articleAnnotations().flatMap((a) => (a.kind === 'entity' ? [a.type] : [])))];

describe('brat configuration', () => {
  it('declares every type the .ann uses', () => {
    const conf = bratAnnotationConf(TYPES);
    const entities = section(conf, 'entities');
    const used = new Set(toBrat(ARTICLE, articleAnnotations()).split('\n').filter((l) => l.startsWith('T')).map((l) => l.split('\t')[1]!.split(' ')[0]!));
    assert.ok(used.has('news_agency') && used.has('Quote') && used.has('Speaker_mention'));
    for (const type of used) assert.ok(entities.includes(type), type);
  });

  it('lets a quote point at a speaker of any entity type or a speaker mention', () => {
    const [speaker, overlap] = section(bratAnnotationConf(TYPES), 'relations');
    assert.equal(speaker, 'Speaker\tArg1:Quote, Arg2:person|media|news_agency|place|Speaker_mention');
    assert.equal(overlap, '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>');
  });

  it('declares the style attribute of quotes and an empty [events]', () => {
    const conf = bratAnnotationConf(TYPES);
    assert.deepEqual(section(conf, 'attributes'), ['Style\tArg:Quote, Value:direct|term']);
    assert.deepEqual(section(conf, 'events'), []);
  });

  it('labels types by their written names and colours them, taking glossary colours that brat can read', () => {
    const conf = bratVisualConf(TYPES, new Map([['media', '#ff8800'], ['place', 'rgb(1,2,3)']]));
    const labels = section(conf, 'labels');
    assert.ok(labels.includes('news_agency | news agency'));
    assert.ok(labels.includes('Speaker_mention | Speaker mention | Speaker'));
    const drawing = section(conf, 'drawing');
    assert.ok(drawing.includes('media\tbgColor:#ff8800'));
    assert.ok(drawing.includes('place\tbgColor:#b2f2bb'), 'a colour with commas would break brat: the default stays');
    for (const type of TYPES) assert.ok(drawing.some((l) => l.startsWith(`${bratLabel(type)}\t`)), type);
  });
});

describe('brat type names', () => {
  it('keeps names brat can store as they are', () => {
    assert.equal(bratLabel('person'), 'person');
    assert.equal(bratLabel('Media-outlet_2'), 'Media-outlet_2');
  });

  it('drops accents and replaces other characters with underscores', () => {
    assert.equal(bratLabel('news agency'), 'news_agency');
    assert.equal(bratLabel('état'), 'etat');
    assert.equal(bratLabel('партия'), '______');
  });

  it("never takes one of Newsmark's own names, nor a separator line", () => {
    assert.equal(bratLabel('Quote'), 'Quote_type');
    assert.equal(bratLabel('Speaker'), 'Speaker_type');
    assert.equal(bratLabel('--'), '_--');
  });
});
