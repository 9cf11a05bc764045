// Reads back the .ann files toBrat writes (round-trip tests, and importing a
// file someone corrected in brat). Lines of kinds Newsmark does not write
// (events, modifiers, equivalences) are skipped.

import type { Annotation, QuoteStyle, Speaker } from '../model';
import { annotationId } from '../ids';
import { OffsetMap } from '../offsets';
import { GLOSSARY_DB, QUOTE_TYPE, SPEAKER_MENTION_TYPE, SPEAKER_RELATION, STYLE_ATTRIBUTE } from './bratNames';
import { byPosition } from './placement';

interface Bound {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Annotations of `text` (BOM-less) from .ann content, with UTF-16 offsets.
 * A fragmented span reads back as one span from its first fragment's start
 * to its last fragment's end. Everything read is `origin: "manual"` with the
 * deterministic ids of ids.ts. Throws on a line that is not brat standoff.
 */
export function parseBrat(ann: string, text: string): Annotation[] {
  const map = new OffsetMap(text);
  const bounds = new Map<string, Bound>();
  const speakers = new Map<string, string>();
  const styles = new Map<string, string>();
  const references = new Map<string, { id: string; name: string }>();
  const notes = new Map<string, string>();

  ann.split(/\r?\n/).forEach((line, i) => {
    if (line === '') return;
    const [id = '', data = '', ...rest] = line.split('\t');
    const tail = rest.join('\t');
    const bad = () => new Error(`line ${i + 1} is not brat standoff: ${line}`);
    switch (id[0]) {
      case 'T': {
        const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(data);
        if (!m) throw bad();
        const offsets = m[2]!.split(/[ ;]/).map(Number);
        bounds.set(id, { type: m[1]!, start: map.toUtf16(offsets[0]!), end: map.toUtf16(offsets[offsets.length - 1]!) });
        break;
      }
      case 'R': {
        const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(data);
        if (!m) throw bad();
        if (m[1] === SPEAKER_RELATION) speakers.set(m[2]!, m[3]!);
        break;
      }
      case 'A': {
        const m = /^(\S+) (\S+)(?: (\S+))?$/.exec(data);
        if (!m) throw bad();
        if (m[1] === STYLE_ATTRIBUTE && m[3] !== undefined) styles.set(m[2]!, m[3]);
        break;
      }
      case 'N': {
        const m = /^(\S+) (\S+) (\S+?):(\S+)$/.exec(data);
        if (!m) throw bad();
        if (m[1] === 'Reference' && m[3] === GLOSSARY_DB) references.set(m[2]!, { id: decodeURIComponent(m[4]!), name: tail });
        break;
      }
      case '#': {
        const m = /^AnnotatorNotes (\S+)$/.exec(data);
        if (m) notes.set(m[1]!, tail);
        break;
      }
      case 'E':
      case 'M':
      case '*':
        break;
      default:
        throw bad();
    }
  });

  const speakerOf = (quoteId: string): Speaker | null => {
    const mentionId = speakers.get(quoteId);
    const mention = mentionId === undefined ? undefined : bounds.get(mentionId);
    if (!mentionId || !mention) return null;
    const mentionText = text.slice(mention.start, mention.end);
    const ref = references.get(mentionId);
    return { start: mention.start, end: mention.end, text: mentionText, name: notes.get(mentionId) ?? ref?.name ?? mentionText, entity: ref?.id ?? null };
  };

  const out: Annotation[] = [];
  for (const [id, b] of bounds) {
    if (b.type === SPEAKER_MENTION_TYPE) continue;
    const common = { start: b.start, end: b.end, text: text.slice(b.start, b.end), origin: 'manual' as const };
    if (b.type === QUOTE_TYPE) {
      const style: QuoteStyle = styles.get(id) === 'term' ? 'term' : 'direct';
      out.push({ id: annotationId('quote', style, b.start, b.end), kind: 'quote', style, speaker: speakerOf(id), ...common });
    } else {
      const entity = references.get(id)?.id ?? null;
      out.push({ id: annotationId('entity', entity ?? b.type, b.start, b.end), kind: 'entity', type: b.type, entity, ...common });
    }
  }
  return out.sort(byPosition);
}
