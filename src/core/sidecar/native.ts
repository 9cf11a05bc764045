// Newsmark's own sidecar, `article.txt.annotations.json` (DESIGN "Sidecar
// files"): every annotation the reader sees, the orphaned manual ones and the
// automatic ones the reader rejected, with offsets in code points.
//
// The text passed in is the article as DESIGN defines it: UTF-8 decoded with
// the BOM already dropped (decode.ts does that). A BOM left in would shift
// every offset by one.

import type { Annotation, QuoteStyle, Origin, SourceInfo, Speaker } from '../model';
import { OffsetMap } from '../offsets';
import { contextOf } from '../anchoring/contextOf';
import { byPosition, spanFits } from './placement';

export const NATIVE_FORMAT = 'newsmark.annotations';
export const NATIVE_VERSION = 1;

export interface NativeSidecar {
  format: string;
  version: number;
  source: { file: string; sha256: string; length: number };
  annotations: NativeAnnotation[];
  /** Automatic annotations the reader removed, kept so they stay removed. */
  suppressed?: NativeAnnotation[];
}

export interface NativeSpeaker {
  entity: string | null;
  name: string;
  text: string;
  /** The mention the attribution rests on; null for a name the reader gave that the text does not contain. */
  start: number | null;
  end: number | null;
}

interface NativeAnnotationBase {
  id: string;
  start: number;
  end: number;
  text: string;
  prefix?: string;
  suffix?: string;
  origin: Origin;
  /** A manual annotation that could not be re-anchored: its offsets and text are where it was last seen. */
  orphaned?: true;
  /** ISO 8601 time a manual annotation was made; kept as read, the core model has no field for it. */
  createdAt?: string;
}

export interface NativeEntityAnnotation extends NativeAnnotationBase {
  kind: 'entity';
  type: string;
  entity: string | null;
}

export interface NativeQuoteAnnotation extends NativeAnnotationBase {
  kind: 'quote';
  style: QuoteStyle;
  speaker: NativeSpeaker | null;
}

/** An annotation as the native sidecar stores it: DESIGN's shape, offsets in code points. */
export type NativeAnnotation = NativeEntityAnnotation | NativeQuoteAnnotation;

/**
 * The native sidecar of `text` (BOM-less, see above). Annotations are listed
 * in text order whatever order they come in, so rewriting an unchanged
 * article rewrites an identical file. `text`, `prefix` and `suffix` are taken
 * from the text, except for orphaned annotations, which keep their own. An
 * annotation (or its speaker) that does not fit in the text is written as
 * orphaned too: its offsets would make the file unreadable otherwise.
 */
export function toNativeSidecar(
  text: string,
  source: SourceInfo,
  annotations: readonly Annotation[],
  suppressed?: readonly Annotation[],
): NativeSidecar {
  const map = new OffsetMap(text);
  const convert = (list: readonly Annotation[]) => [...list].sort(byPosition).map((a) => toNative(a, text, map));
  const doc: NativeSidecar = {
    format: NATIVE_FORMAT,
    version: NATIVE_VERSION,
    // the length is recounted from the text the offsets are computed on, so the two cannot disagree
    source: { file: source.file, sha256: source.sha256, length: map.toCodePoint(text.length) },
    annotations: convert(annotations),
  };
  if (suppressed && suppressed.length > 0) doc.suppressed = convert(suppressed);
  return doc;
}

/** Two-space JSON with a final newline; keys in DESIGN's order. */
export function serializeNative(doc: NativeSidecar): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function toNative(a: Annotation, text: string, map: OffsetMap): NativeAnnotation {
  const start = map.toCodePoint(a.start), end = map.toCodePoint(a.end);
  const fromText = !a.orphaned && spanFits(a, text) && (a.kind === 'entity' || !a.speaker || a.speaker.start < 0 || spanFits(a.speaker, text));
  const around = fromText ? contextOf(text, a.start, a.end) : { prefix: a.prefix, suffix: a.suffix };
  const common = { start, end, text: fromText ? text.slice(a.start, a.end) : a.text, prefix: around.prefix, suffix: around.suffix };
  const tail = { origin: a.origin, ...(fromText ? {} : { orphaned: true as const }), ...(a.createdAt ? { createdAt: a.createdAt } : {}) };
  if (a.kind === 'entity') {
    return { id: a.id, kind: 'entity', type: a.type, entity: a.entity, ...common, ...tail };
  }
  return { id: a.id, kind: 'quote', style: a.style, ...common, speaker: a.speaker && toNativeSpeaker(a.speaker, text, map, fromText), ...tail };
}

function toNativeSpeaker(s: Speaker, text: string, map: OffsetMap, fromText: boolean): NativeSpeaker {
  if (s.start < 0) return { entity: s.entity, name: s.name, text: s.text, start: null, end: null };
  return {
    entity: s.entity,
    name: s.name,
    text: fromText ? text.slice(s.start, s.end) : s.text,
    start: map.toCodePoint(s.start),
    end: map.toCodePoint(s.end),
  };
}
