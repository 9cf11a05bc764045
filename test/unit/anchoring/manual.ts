// Manual annotations as the sidecar stores them, for the re-anchoring tests.

import { contextOf } from '../../../src/core/anchoring';
import type { EntityAnnotation, QuoteAnnotation, Speaker } from '../../../src/core/model';

/** An entity annotation over the `occurrence`-th (0-based) `words` in `text`. */
export function entityAt(text: string, words: string, occurrence = 0): EntityAnnotation {
  const start = nthIndex(text, words, occurrence);
  const end = start + words.length;
  return { id: `e${start}`, kind: 'entity', type: 'person', entity: null, origin: 'manual', start, end, text: words, ...contextOf(text, start, end) };
}

/** A quote annotation over `words` in `text`, said by the first `speaker` mention. */
export function quoteAt(text: string, words: string, speaker: string, name = speaker): QuoteAnnotation {
  const start = nthIndex(text, words, 0);
  const end = start + words.length;
  const mention = nthIndex(text, speaker, 0);
  const said: Speaker = { start: mention, end: mention + speaker.length, text: speaker, name, entity: null };
  return { id: `q${start}`, kind: 'quote', style: 'direct', speaker: said, origin: 'manual', start, end, text: words, ...contextOf(text, start, end) };
}

function nthIndex(text: string, words: string, occurrence: number): number {
  let at = text.indexOf(words);
  for (let i = 0; i < occurrence; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`no occurrence ${occurrence} of ${words}`);
  return at;
}
