// A short article in the style of the bundled sample, with what trips up
// sidecars: a flag emoji (two astral code points) and a 😀 before mentions, a
// quote that runs over a line break and reopens, a pronoun speaker, a scare
// quote, a type with a space, a manual tag without a glossary entity, and an
// orphaned manual annotation.

import type { Annotation, EntityAnnotation, QuoteAnnotation, SourceInfo, Speaker } from '../../../src/core/model';

export const ARTICLE = [
  'Sergey Lavrov: "Armenia Occupied Azerbaijan\'s Territories for Years"',
  '',
  '🇷🇺 On February 2, Sergey Lavrov told Russia 24 and RIA News that Azerbaijan has regained its territories.',
  'He noted that “Azerbaijan has regained the lands',
  '“which belonged to them.”',
  'The so-called "pro-Azerbaijani" stance of 😀 Baku was criticised by Maria Zakharova.',
  '',
].join('\n');

export const SOURCE: SourceInfo = {
  file: 'lavrov.txt',
  uri: 'file:///home/editor/news/lavrov.txt',
  sha256: 'a3f1c0de5b9e0a6f4c2d8e7b1a0f9c8d7e6b5a4c3d2e1f0a9b8c7d6e5f4a3b2c',
  length: [...ARTICLE].length,
};

/** UTF-16 span of the `nth` (0-based) occurrence of `needle`. */
export function find(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in the text`);
  }
  return { start: at, end: at + needle.length };
}

export function entity(text: string, needle: string, type: string, id: string | null, nth = 0, extra: Partial<EntityAnnotation> = {}): EntityAnnotation {
  const span = find(text, needle, nth);
  return {
    id: `entity-${id ?? type}-${span.start}-${span.end}`,
    kind: 'entity',
    type,
    entity: id,
    ...span,
    text: needle,
    origin: id ? 'glossary' : 'manual',
    ...extra,
  };
}

export function quote(text: string, words: string, style: 'direct' | 'term', speaker: Speaker | null): QuoteAnnotation {
  const span = find(text, words);
  return { id: `quote-${style}-${span.start}-${span.end}`, kind: 'quote', style, ...span, text: words, speaker, origin: 'detected' };
}

export function speaker(text: string, mention: string, name: string, id: string | null, nth = 0): Speaker {
  return { ...find(text, mention, nth), text: mention, name, entity: id };
}

/** What the engine and the reader put on ARTICLE (UTF-16 offsets), in no particular order. */
export function articleAnnotations(text = ARTICLE): Annotation[] {
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  return [
    quote(text, "Armenia Occupied Azerbaijan's Territories for Years", 'direct', speaker(text, 'Sergey Lavrov', 'Sergey Lavrov', 'sergey-lavrov')),
    entity(text, 'Sergey Lavrov', 'person', 'sergey-lavrov'),
    entity(text, 'Sergey Lavrov', 'person', 'sergey-lavrov', 1),
    entity(text, 'Russia 24', 'media', 'russia-24'),
    entity(text, 'RIA News', 'news agency', 'ria-news'),
    quote(text, `Azerbaijan has regained the lands${lineBreak}“which belonged to them.`, 'direct', speaker(text, 'He', 'Sergey Lavrov', 'sergey-lavrov')),
    entity(text, 'Azerbaijan', 'place', 'azerbaijan', 2),
    quote(text, 'pro-Azerbaijani', 'term', null),
    entity(text, 'Baku', 'place', 'baku'),
    entity(text, 'Maria Zakharova', 'person', null, 0, { id: 'manual-4f1c2a9be07d3365', origin: 'manual' }),
  ];
}

/** A manual tag whose words were deleted from the article: kept, flagged, never dropped. */
export const ORPHAN: EntityAnnotation = {
  id: 'manual-00c0ffee00c0ffee',
  kind: 'entity',
  type: 'person',
  entity: 'nikol-pashinyan',
  start: 4000,
  end: 4015,
  text: 'Nikol Pashinyan',
  prefix: 'Prime Minister of Armenia ',
  suffix: ' said on Tuesday',
  origin: 'manual',
  orphaned: true,
};

/** A glossary match the reader rejected. */
export function articleSuppressed(text = ARTICLE): Annotation[] {
  return [entity(text, 'Azerbaijan', 'place', 'azerbaijan', 1)];
}
