// The annotation model shared by every part of the engine.
//
// Inside the core, offsets are JavaScript string indices (UTF-16 code units),
// because that is what every scan works on. Sidecars and the extension's API
// speak Unicode code points; `offsets.ts` converts at that border, once.

export type BuiltInEntityType = 'person' | 'organization' | 'treaty' | 'place' | 'event' | 'other';
export const BUILT_IN_TYPES: readonly BuiltInEntityType[] = ['person', 'organization', 'treaty', 'place', 'event', 'other'];

export type CaseMode = 'auto' | 'exact' | 'ignore';
export type Origin = 'glossary' | 'detected' | 'manual';
export type QuoteStyle = 'direct' | 'term';

/** A half-open range [start, end) of a text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One glossary entry, validated. */
export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly summary?: string;
  readonly description?: string;
  /** Ordered key/value pairs for the card. */
  readonly facts: readonly (readonly [string, string])[];
  readonly links: readonly string[];
  readonly case: CaseMode;
  /** Where the entry was read from, for "Open in glossary" and diagnostics. */
  readonly source?: SourcePlace;
}

export interface SourcePlace {
  readonly file: string;
  /** 0-based line and UTF-16 column of the entry's start. */
  readonly line: number;
  readonly column: number;
}

export interface EntityTypeInfo {
  readonly id: string;
  readonly label: string;
  readonly builtIn: boolean;
  /** Optional colour hint from the glossary (`color:` under `types`). */
  readonly color?: string;
}

/** A mention of a glossary entity found in a text. */
export interface Mention extends Span {
  readonly entity: string;
  /** Index of the surface form (0 = name, 1.. = aliases) that matched. */
  readonly form: number;
}

/** Who a quote is attributed to. `start`/`end`/`text` is the mention the attribution rests on. */
export interface Speaker extends Span {
  readonly text: string;
  /** Who that is: the full name where known ("Sergey Lavrov" for "He"). */
  readonly name: string;
  /** The glossary id, or null when the speaker is not in the glossary. */
  readonly entity: string | null;
}

/** A quotation found in a text; its span is the words, without the marks. */
export interface Quote extends Span {
  readonly style: QuoteStyle;
  readonly speaker: Speaker | null;
}

interface AnnotationBase extends Span {
  readonly id: string;
  readonly text: string;
  readonly origin: Origin;
  readonly prefix?: string;
  readonly suffix?: string;
  /** Set on a manual annotation that could not be re-anchored with confidence. */
  readonly orphaned?: boolean;
  /** When the reader made a manual annotation (ISO 8601). */
  readonly createdAt?: string;
}

export interface EntityAnnotation extends AnnotationBase {
  readonly kind: 'entity';
  readonly type: string;
  readonly entity: string | null;
}

export interface QuoteAnnotation extends AnnotationBase {
  readonly kind: 'quote';
  readonly style: QuoteStyle;
  readonly speaker: Speaker | null;
}

export type Annotation = EntityAnnotation | QuoteAnnotation;

/** Facts about the annotated file that every sidecar records. */
export interface SourceInfo {
  /** File name as written in sidecars (relative to the sidecar, normally the base name). */
  readonly file: string;
  /** Absolute IRI of the article (file:///…, vscode-vfs://…), for W3C targets. */
  readonly uri: string;
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  /** Length of the text in code points. */
  readonly length: number;
}
