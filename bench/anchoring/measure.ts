// The measurement behind `bench:anchoring` and its test: generated articles,
// manual annotations placed in them, seeded edits of every kind, and for each
// annotation after each edit whether re-anchoring put it where the edit took
// its words (correct), flagged it orphaned, or put it anywhere else (misplaced).

import { reanchor, type AnchorResult } from '../../src/core/anchoring';
import { editDistance } from '../../src/core/anchoring/editDistance';
import { keepsWordEdges, storedWordEdges } from '../../src/core/anchoring/wordEdges';
import type { Annotation, Span } from '../../src/core/model';
import { generateArticle, type Article } from './article';
import { fateOf, type EditedText } from './editedText';
import * as edits from './edits';
import { Random } from './random';
import { placeAnnotations } from './placements';

export interface Workload {
  readonly seed: number;
  readonly articles: number;
  readonly paragraphsPerArticle: number;
  readonly annotationsPerArticle: number;
  /** Edits elsewhere per article, of each kind. */
  readonly editsElsewhere: number;
  /** Annotations per article whose text is deleted, and whose sentence is pasted again. Every annotation gets a small inner edit. */
  readonly aimedEdits: number;
}

export const KINDS = ['insert', 'delete', 'move paragraph', 're-wrap', 'CRLF↔LF', 'small edit elsewhere', 'edit in same sentence', 'inner edit', 'deleted', 'duplicated'] as const;
export type Kind = (typeof KINDS)[number];
export const ELSEWHERE: readonly Kind[] = ['insert', 'delete', 'move paragraph', 're-wrap', 'CRLF↔LF', 'small edit elsewhere'];

export interface Tally {
  total: number;
  correct: number;
  orphaned: number;
  misplaced: number;
}

export interface Measurement {
  readonly tallies: Record<Kind, Tally>;
  annotations: number;
  /** Annotations an edit only partly destroyed, or whose first or last word it glued to another: not scored. */
  unscored: number;
  /** The first misplacements, described, to debug with. */
  readonly misplacements: string[];
  /** The first annotations orphaned where they should have been re-anchored (edits elsewhere, inner edits). */
  readonly missed: string[];
}

type Aim = 'inner' | 'deleted' | 'duplicated';
type ElsewhereKind = 'insert' | 'delete' | 'move paragraph' | 're-wrap' | 'CRLF↔LF';

export function measureAnchoring(workload: Workload): Measurement {
  const random = new Random(workload.seed);
  const tallies = Object.fromEntries(KINDS.map((k) => [k, { total: 0, correct: 0, orphaned: 0, misplaced: 0 }])) as Record<Kind, Tally>;
  const measurement: Measurement = { tallies, annotations: 0, unscored: 0, misplacements: [], missed: [] };
  for (let a = 0; a < workload.articles; a++) {
    const article = generateArticle(random, workload.paragraphsPerArticle);
    const annotations = placeAnnotations(random, article, workload.annotationsPerArticle);
    measurement.annotations += annotations.length;
    const score = (edit: EditedText, kind: ElsewhereKind | Aim, target?: Annotation): void =>
      scoreEdit(measurement, article, annotations, edit, kind, target);
    for (let i = 0; i < workload.editsElsewhere; i++) {
      score(edits.insertSentence(random, article), 'insert');
      score(edits.deleteSomething(random, article), 'delete');
      score(edits.moveParagraph(random, article), 'move paragraph');
      score(edits.rewrap(random, article), 're-wrap');
    }
    score(edits.convertLineEnds(article), 'CRLF↔LF');
    for (const annotation of annotations) {
      const edit = edits.editInside(random, article, annotation);
      if (edit) score(edit, 'inner', annotation);
    }
    for (const annotation of random.shuffled(annotations).slice(0, workload.aimedEdits)) {
      score(edits.deleteAnnotated(random, article, annotation), 'deleted', annotation);
      score(edits.pasteAgain(random, article, annotation), 'duplicated', annotation);
    }
  }
  return measurement;
}

function scoreEdit(measurement: Measurement, article: Article, annotations: readonly Annotation[], edit: EditedText, editKind: ElsewhereKind | Aim, target: Annotation | undefined): void {
  const results = reanchor(edit.text, annotations);
  annotations.forEach((annotation, i) => {
    const fate = fateOf(edit, annotation);
    const result = results[i]!;
    if (fate.kind === 'partial' || (fate.kind === 'kept' && gluesWords(edit.text, annotation, fate.image))) {
      measurement.unscored++;
      return;
    }
    if (fate.kind === 'deleted') {
      record(measurement, 'deleted', result.status === 'orphaned' ? 'orphaned' : 'misplaced', () => describe(article, edit, annotation, result, undefined));
      return;
    }
    const oldWords = fold(annotation.text);
    const newWords = fold(edit.text.slice(fate.image.start, fate.image.end));
    const besideInSentence = target !== undefined && target !== annotation && !fate.copied && oldWords === newWords &&
      sentenceOf(article, target) === sentenceOf(article, annotation);
    const kind = besideInSentence ? 'edit in same sentence' : kindOf(editKind, fate.copied, oldWords, newWords);
    if (!kind) {
      measurement.unscored++;
      return;
    }
    const outcome = result.status === 'orphaned' ? 'orphaned' : sameSpan(edit.text, result.annotation, fate.image) ? 'correct' : 'misplaced';
    record(measurement, kind, outcome, () => describe(article, edit, annotation, result, fate.image));
  });
}

// An edit beside the span that joined its first or last word to the next
// (“betweenthe”) changed the span's words, whatever the image says.
function gluesWords(text: string, annotation: Annotation, image: Span): boolean {
  const edges = storedWordEdges(annotation.text, annotation.prefix, annotation.suffix);
  return !keepsWordEdges(text, image.start, image.end, edges);
}

function sentenceOf(article: Article, span: Span): Span | undefined {
  return article.sentences.find((s) => s.start <= span.start && span.end <= s.end);
}

// Which row an annotation that survived the edit counts in; undefined when
// the edit changed its words more than a small inner edit may.
function kindOf(editKind: ElsewhereKind | Aim, copied: boolean, oldWords: string, newWords: string): Kind | undefined {
  if (copied) return 'duplicated';
  if (oldWords !== newWords) {
    const small = editKind === 'inner' && editDistance(oldWords, newWords) <= Math.floor(oldWords.length * 0.1);
    return small ? 'inner edit' : undefined;
  }
  switch (editKind) {
    case 'inner': return 'small edit elsewhere';
    case 'deleted': return 'delete';
    case 'duplicated': return 'insert';
    default: return editKind;
  }
}

function record(measurement: Measurement, kind: Kind, outcome: 'correct' | 'orphaned' | 'misplaced', description: () => string): void {
  const tally = measurement.tallies[kind];
  tally.total++;
  tally[outcome]++;
  const examples = outcome === 'misplaced' ? measurement.misplacements
    : outcome === 'orphaned' && kind !== 'deleted' && kind !== 'duplicated' ? measurement.missed
    : undefined;
  if (examples && examples.length < 20) examples.push(`${kind}: ${description()}`);
}

// Re-wrapping turns spaces into line breaks: spans are compared without the
// white space at their ends, and their words with white space folded.
function sameSpan(text: string, found: Span, image: Span): boolean {
  const a = trimmed(text, found);
  const b = trimmed(text, image);
  return a.start === b.start && a.end === b.end;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function describe(article: Article, edit: EditedText, annotation: Annotation, result: AnchorResult, image: Span | undefined): string {
  const show = (s: string): string => JSON.stringify(s);
  const at = (span: Span): string => `${span.start}-${span.end} ${show(edit.text.slice(span.start, span.end))}`;
  return [
    `was ${annotation.start}-${annotation.end} ${show(annotation.text)} (of ${article.text.length})`,
    `  context ${show(annotation.prefix ?? '')} | ${show(annotation.suffix ?? '')}`,
    `  expected ${image ? at(image) : 'orphaned'}`,
    `  got ${result.status} ${at(result.annotation)}`,
  ].join('\n');
}
