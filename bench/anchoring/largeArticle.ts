// A long article for timing. Built from the same pool of sentences, each
// copy with a fifth of its words swapped for other words of the pool, so that
// the long text is not one short article repeated: re-anchoring a copy of a
// sentence that occurs fifty times would time the ambiguity check, not search.
// Some contexts still repeat, and those annotations are rightly orphaned.

import type { Annotation } from '../../src/core/model';
import { buildArticle, type Article } from './article';
import { replaced, type Replacement } from './editedText';
import { convertLineEnds } from './edits';
import { placeAnnotations } from './placements';
import { Random } from './random';
import { SENTENCES } from './sentences';

export interface LargeArticle {
  readonly text: string;
  readonly annotations: readonly Annotation[];
  /** Changed versions of the text, labelled. */
  readonly edits: readonly (readonly [string, string])[];
}

export function largeArticle(annotationCount: number, length: number): LargeArticle {
  const random = new Random(7);
  const vocabulary = SENTENCES.flatMap((s) => s.split(' '));
  const varied = (sentence: string): string => sentence.split(' ').map((w) => (random.chance(0.2) ? random.pick(vocabulary) : w)).join(' ');
  const blocks: string[][] = [];
  for (let size = 0; size < length;) {
    const block = Array.from({ length: random.int(1, 3) }, () => varied(random.pick(SENTENCES)));
    size += block.join(' ').length + 2;
    blocks.push(block);
  }
  const article: Article = { ...buildArticle(blocks, Infinity, '\n'), unused: [] };
  const annotations = placeAnnotations(random, article, annotationCount);
  const inserted = 'An editor’s note was added at the top of the article on Friday.\n\n' + article.text;
  // one letter in each of the first 50 long enough annotations, at most one edit per place
  const innerEdits: Replacement[] = [];
  for (const a of annotations.filter((a) => a.end - a.start >= 10).sort((x, y) => x.start - y.start).slice(0, 50)) {
    const last = innerEdits[innerEdits.length - 1];
    if (!last || a.start + 4 > last.at) innerEdits.push({ at: a.start + 4, length: 1, text: '#' });
  }
  return {
    text: article.text,
    annotations,
    edits: [
      ['a paragraph inserted at the top (everything moved)', inserted],
      ['LF → CRLF (everything moved)', convertLineEnds(article).text],
      [`one letter changed in ${innerEdits.length} annotations (fuzzy)`, replaced(article.text, innerEdits).text],
    ],
  };
}
