// Typing in a long article must not keep each version of its text alive.
// V8 makes a slice a view into its whole string, so an annotation's words cut
// from the text of one keystroke kept that whole text: about 1.5 MB per
// character typed in a 1 MB article, never freed.
import assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { ArticleAnalysis } from '../../../src/core/engine/analysis';
import { shiftThroughEdit } from '../../../src/core/engine/shift';
import { keptSlice } from '../../../src/core/keptSlice';
import type { Annotation, Entity } from '../../../src/core/model';
import { compiledGlossaryOf, entity } from '../matching/entities';

const glossary = compiledGlossaryOf([
  { ...entity('lavrov', 'Sergey Lavrov', ['Lavrov']), type: 'person' } as Entity,
  entity('armenia', 'Republic of Armenia', ['Armenia']),
]);

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** ~800 KB of UTF-16 (curly quotes make it two bytes a character), made at run time so no constant holds it. */
function longArticle(): string {
  const paragraphs: string[] = [];
  for (let i = 0; paragraphs.length < 2500; i++) {
    paragraphs.push(`Sergey Lavrov said “the talks with the Republic of Armenia were useful, round ${i}” on Tuesday, according to officials.`);
    paragraphs.push(`Analysts in Armenia were less sure of round ${i}, and officials said so at length to anyone who asked them.`);
  }
  return paragraphs.join('\n\n');
}

describe('memory while typing', () => {
  it('keptSlice gives the slice, from short and long texts, for short and long pieces alike', () => {
    for (const text of [`${'“Sergey Lavrov”, '.repeat(10)}end`, `${'“Sergey Lavrov”, '.repeat(2000)}end`]) {
      for (const [start, end] of [[0, 5], [1, 14], [0, text.length], [3, 150], [20, 20], [text.length - 20, text.length + 5]] as const) {
        assert.equal(keptSlice(text, start, end), text.slice(start, end));
      }
    }
  });

  it('keeps no earlier version of an edited text alive (detected annotations, speakers, a manual tag)', () => {
    let text = longArticle();
    const analysis = new ArticleAnalysis(text, glossary);
    const lavrov = analysis.annotations.find((a) => a.kind === 'entity')!;
    let manual: Annotation = { ...lavrov, id: 'manual-1', origin: 'manual' };
    const before = heapAfterCollection();
    const edits = 40;
    for (let i = 0; i < edits; i++) {
      // inside a quote near the start, so quotes, speakers and mentions there are found again each time
      const at = text.indexOf('useful', i * 2000);
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      const edit = { start: at, oldEnd: at, newEnd: at + 1 };
      analysis.update(text, edit);
      const shifted = shiftThroughEdit(manual, edit, text);
      if (shifted.kind === 'placed') manual = shifted.annotation;
      assert.ok(analysis.annotations.length > 0);
    }
    const grown = heapAfterCollection() - before;
    const oneVersion = text.length * 2;
    // each version kept would add oneVersion; the analysis itself changes by far less than one
    assert.ok(grown < oneVersion * 2, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over ${edits} edits (one version of the text is ${(oneVersion / 1e6).toFixed(1)} MB)`);
    assert.equal(manual.text, 'Sergey Lavrov');
  });
});
