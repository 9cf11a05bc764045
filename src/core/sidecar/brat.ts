// The brat standoff sidecar, `article.ann` (DESIGN "Sidecar files").
//
//   T1	person 1 14	Sergey Lavrov                 an entity, type as in bratLabel()
//   T2	Quote 17 68	Armenia Occupied …            a quote (its words, no marks)
//   T3	Speaker_mention 900 902	He                a speaker mention that is not a glossary mention
//   A1	Style T2 direct                           the quote's style
//   R1	Speaker Arg1:T2 Arg2:T1                   who said it
//   N1	Reference T1 Glossary:sergey-lavrov	Sergey Lavrov    the glossary entity
//   #1	AnnotatorNotes T3	Sergey Lavrov          a speaker's name where the mention does not give it
//
// Offsets are code points of the BOM-less text. A text field never holds a
// line break: a span over one is written as fragments "s1 e1;s2 e2" whose
// texts are joined by a space, as brat itself writes discontinuous spans.
// Line-break characters at the very start or end of a span are not part of
// any fragment, so such a span reads back without them.

import type { Annotation, QuoteAnnotation, Speaker } from '../model';
import { OffsetMap } from '../offsets';
import { GLOSSARY_DB, QUOTE_TYPE, SPEAKER_MENTION_TYPE, SPEAKER_RELATION, STYLE_ATTRIBUTE, bratLabel } from './bratNames';
import { placedIn, spanFits } from './placement';

/** What becomes one T line, with the N and # lines that hang off it. */
interface TextBound {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly entity: string | null;
  /** The name written after the normalisation, when `entity` is set. */
  readonly referenceName: string | undefined;
  /** A speaker's name that neither the mention nor the normalisation gives. */
  note: string | undefined;
}

interface Placed extends TextBound {
  readonly fragments: readonly (readonly [number, number])[];
}

interface QuoteLines {
  readonly quote: QuoteAnnotation;
  readonly bound: Placed;
  speaker?: Placed;
}

/**
 * The .ann content for `text` (BOM-less). `entityName` gives a glossary id's
 * name for the normalisation lines; without it the id stands in. Orphaned
 * annotations, empty spans and spans of line breaks alone are left out.
 */
export function toBrat(text: string, annotations: readonly Annotation[], entityName?: (id: string) => string | undefined): string {
  const bounds: Placed[] = [];
  const quotes: QuoteLines[] = [];
  const entityBounds = new Map<string, Placed>();
  const speakerBounds = new Map<string, Placed>();
  const speaking = new Set<Placed>();

  const add = (bound: TextBound): Placed | undefined => {
    const fragments = lineFragments(text, bound.start, bound.end);
    if (fragments.length === 0) return undefined;
    const { start, end, type, entity, referenceName, note } = bound;
    const placed: Placed = { start, end, type, entity, referenceName, note, fragments };
    bounds.push(placed);
    return placed;
  };

  for (const a of placedIn(annotations, text)) {
    if (a.kind === 'entity') {
      const referenceName = a.entity === null ? undefined : (entityName?.(a.entity) ?? a.entity);
      const bound = add({ start: a.start, end: a.end, type: bratLabel(a.type), entity: a.entity, referenceName, note: undefined });
      // the first entity of a span and id is the one a speaker relation can reuse
      if (bound && !entityBounds.has(mentionKey(a.start, a.end, a.entity))) entityBounds.set(mentionKey(a.start, a.end, a.entity), bound);
    } else {
      const bound = add({ start: a.start, end: a.end, type: QUOTE_TYPE, entity: null, referenceName: undefined, note: undefined });
      if (bound) quotes.push({ quote: a, bound });
    }
  }

  for (const q of quotes) {
    const s = q.quote.speaker;
    if (!s || !spanFits(s, text)) continue;
    // the glossary mention itself is the speaker when it names them, or can carry their name in a note
    const reused = entityBounds.get(mentionKey(s.start, s.end, s.entity));
    if (reused && (nameOf(reused, text) === s.name || !speaking.has(reused))) {
      if (nameOf(reused, text) !== s.name) reused.note = s.name;
      q.speaker = reused;
    } else {
      const key = `${mentionKey(s.start, s.end, s.entity)}\u0000${s.name}`;
      q.speaker = speakerBounds.get(key) ?? add(speakerMention(s, text, entityName));
      if (q.speaker) speakerBounds.set(key, q.speaker);
    }
    if (q.speaker) speaking.add(q.speaker);
  }

  return write(text, bounds, quotes);
}

function speakerMention(s: Speaker, text: string, entityName?: (id: string) => string | undefined): TextBound {
  const referenceName = s.entity === null ? undefined : (entityName?.(s.entity) ?? s.name);
  const shown = referenceName ?? text.slice(s.start, s.end);
  return { start: s.start, end: s.end, type: SPEAKER_MENTION_TYPE, entity: s.entity, referenceName, note: s.name !== shown ? s.name : undefined };
}

function write(text: string, bounds: Placed[], quotes: readonly QuoteLines[]): string {
  const map = new OffsetMap(text);
  bounds.sort((a, b) => a.start - b.start || b.end - a.end || typeRank(a) - typeRank(b));
  const number = new Map<Placed, number>(bounds.map((b, i) => [b, i + 1]));
  const lines: string[] = [];
  for (const b of bounds) {
    const offsets = b.fragments.map(([s, e]) => `${map.toCodePoint(s)} ${map.toCodePoint(e)}`).join(';');
    const words = b.fragments.map(([s, e]) => text.slice(s, e)).join(' ');
    lines.push(`T${number.get(b)}\t${b.type} ${offsets}\t${words}`);
  }
  let n = 0;
  for (const q of quotes) lines.push(`A${++n}\t${STYLE_ATTRIBUTE} T${number.get(q.bound)} ${q.quote.style}`);
  n = 0;
  for (const q of quotes) if (q.speaker) lines.push(`R${++n}\t${SPEAKER_RELATION} Arg1:T${number.get(q.bound)} Arg2:T${number.get(q.speaker)}`);
  n = 0;
  for (const b of bounds) {
    if (b.entity !== null) lines.push(`N${++n}\tReference T${number.get(b)} ${GLOSSARY_DB}:${encodeReference(b.entity)}\t${oneLine(b.referenceName ?? b.entity)}`);
  }
  n = 0;
  for (const b of bounds) if (b.note !== undefined) lines.push(`#${++n}\tAnnotatorNotes T${number.get(b)}\t${oneLine(b.note)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** The name parseBrat will read for a speaker pointing at this text-bound annotation. */
function nameOf(bound: TextBound, text: string): string {
  return bound.note ?? bound.referenceName ?? text.slice(bound.start, bound.end);
}

function mentionKey(start: number, end: number, entity: string | null): string {
  return `${start}:${end}:${entity ?? ''}`;
}

function typeRank(b: TextBound): number {
  return b.type === QUOTE_TYPE ? 2 : b.type === SPEAKER_MENTION_TYPE ? 1 : 0;
}

/** The pieces of [start, end) between line breaks, empty pieces dropped. */
function lineFragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || isLineBreak(text.charCodeAt(i))) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

/** \n \v \f \r, the file separators, NEL, LS and PS: whatever a line reader (Python's splitlines too) breaks on. */
function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Glossary ids hold no space (DESIGN), but a normalisation id must not: escape it, and '%', as in a URI. */
function encodeReference(id: string): string {
  return id.replace(/[%\s]/gu, (c) => encodeURIComponent(c));
}

function oneLine(s: string): string {
  return s.replace(/[\t\n\v\f\r\u001c-\u001e\u0085\u2028\u2029]+/g, ' ');
}
