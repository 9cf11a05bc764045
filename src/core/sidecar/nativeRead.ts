// Reads a native sidecar back, trusting nothing in it: a sidecar is a file
// that people edit by hand, merge in git, and that other tools write.
//
// Errors stop the read (the caller must not overwrite a file it could not
// read); warnings are things the reader should know but that lose nothing.

import type { Annotation, EntityAnnotation, Origin, QuoteAnnotation, QuoteStyle, Speaker } from '../model';
import { OffsetMap } from '../offsets';
import { NATIVE_FORMAT, NATIVE_VERSION } from './native';
import type { NativeAnnotation, NativeSidecar, NativeSpeaker } from './native';
import { describe, invalid, nullableString, object, offset, oneOf, optionalBoolean, optionalString, string, Unreadable } from './jsonFields';
import { readJson, type JsonObject, type JsonValue } from './strictJson';

export type ReadResult<T> = { ok: true; value: T; warnings: string[] } | { ok: false; error: string };

const ORIGINS: readonly Origin[] = ['glossary', 'detected', 'manual'];
const STYLES: readonly QuoteStyle[] = ['direct', 'term'];

/**
 * Parses a native sidecar. Errors say where and why: "line 3, column 5: …"
 * for broken JSON (including "not JSON" and "truncated"), "version 2 is
 * newer than this Newsmark understands", "annotation 4: end 900 beyond the
 * text's 812 code points". Keys such as `__proto__` are refused, and unknown
 * fields ignored.
 *
 * Offsets are checked against the length the sidecar records. With `text`
 * (the article now, BOM-less), they are converted to UTF-16 offsets of
 * `text`, which is what re-anchoring takes; a sidecar written for another
 * version of the article (its length differs) still reads, with a warning.
 * Without `text`, `annotations` keep the file's code-point offsets: fine for
 * counting or listing, wrong for placing in a string with astral characters.
 */
export function parseNative(
  json: string,
  text?: string,
): ReadResult<{ doc: NativeSidecar; annotations: Annotation[]; suppressed: Annotation[] }> {
  const read = readJson(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  if (!read.ok) return { ok: false, error: read.error };
  try {
    const warnings: string[] = [];
    const doc = readDocument(read.value, warnings);
    const toCore = coreConverter(doc, text, warnings);
    const annotations = doc.annotations.map((a, i) => toCore(a, `annotation ${i + 1}`));
    const suppressed = (doc.suppressed ?? []).map((a, i) => toCore(a, `suppressed annotation ${i + 1}`));
    warnDuplicateIds(doc, warnings);
    return { ok: true, value: { doc, annotations, suppressed }, warnings };
  } catch (e) {
    if (e instanceof Unreadable) return { ok: false, error: e.message };
    throw e;
  }
}

function readDocument(root: JsonValue, warnings: string[]): NativeSidecar {
  if (!(root instanceof Map)) throw new Unreadable(`not a Newsmark sidecar: the file holds ${describe(root)}, not an object`);
  const top: JsonObject = root;
  const format = top.get('format');
  if (format !== NATIVE_FORMAT) {
    const found = format === undefined ? 'has no "format"' : `has "format" ${describe(format)}`;
    throw new Unreadable(`not a Newsmark sidecar: the file ${found}, not "${NATIVE_FORMAT}"`);
  }
  const version = top.get('version');
  if (typeof version !== 'number' || !Number.isInteger(version)) throw invalid('', 'version', 'a whole number', version);
  if (version > NATIVE_VERSION) {
    throw new Unreadable(`version ${version} is newer than this Newsmark understands (it reads version ${NATIVE_VERSION}): update Newsmark to open this file`);
  }
  if (version < 1) throw new Unreadable(`version ${version} is not a version of this format`);

  const src = object(top.get('source'), '"source"');
  const length = offset(src.get('length'), '"source"', 'length');
  const source = { file: string(src.get('file'), '"source"', 'file'), sha256: string(src.get('sha256'), '"source"', 'sha256'), length };
  if (!/^[0-9a-f]{64}$/i.test(source.sha256)) warnings.push(`"source": "sha256" is not a SHA-256 in hex, so changes to the article cannot be told`);

  const doc: NativeSidecar = { format: NATIVE_FORMAT, version, source, annotations: list(top.get('annotations'), '"annotations"', length, 'annotation') };
  const suppressed = top.get('suppressed');
  if (suppressed !== undefined) doc.suppressed = list(suppressed, '"suppressed"', length, 'suppressed annotation');
  return doc;
}

function list(value: JsonValue | undefined, what: string, length: number, itemName: string): NativeAnnotation[] {
  if (!Array.isArray(value)) throw invalid('', what, 'a list', value);
  return value.map((item, i) => annotation(item, `${itemName} ${i + 1}`, length));
}

function annotation(value: JsonValue, label: string, length: number): NativeAnnotation {
  const o = object(value, label);
  const id = string(o.get('id'), label, 'id');
  if (id === '') throw new Unreadable(`${label}: "id" is empty`);
  const orphaned = optionalBoolean(o.get('orphaned'), label, 'orphaned') === true;
  // an orphaned annotation keeps the offsets of the text it was last seen in, which may be longer
  const bound = orphaned ? Infinity : length;
  const { start, end } = range(o, label, bound);
  const text = string(o.get('text'), label, 'text');
  const origin = oneOf(o.get('origin'), ORIGINS, label, 'origin');
  const kind = o.get('kind');
  let a: NativeAnnotation;
  if (kind === 'entity') {
    const type = string(o.get('type'), label, 'type');
    a = { id, kind, type, entity: nullableString(o.get('entity'), label, 'entity'), start, end, text, origin };
  } else if (kind === 'quote') {
    const style = oneOf(o.get('style'), STYLES, label, 'style');
    a = { id, kind, style, start, end, text, speaker: speaker(o.get('speaker'), `${label}: speaker`, bound), origin };
  } else {
    throw invalid(label, 'kind', '"entity" or "quote"', kind);
  }
  // optional fields are set only when present, so a rewrite does not add them
  const prefix = optionalString(o.get('prefix'), label, 'prefix');
  if (prefix !== undefined) a.prefix = prefix;
  const suffix = optionalString(o.get('suffix'), label, 'suffix');
  if (suffix !== undefined) a.suffix = suffix;
  if (orphaned) a.orphaned = true;
  const createdAt = optionalString(o.get('createdAt'), label, 'createdAt');
  if (createdAt !== undefined) a.createdAt = createdAt;
  return a;
}

function speaker(value: JsonValue | undefined, label: string, length: number): NativeSpeaker | null {
  if (value === null || value === undefined) return null;
  const o = object(value, label);
  const entity = nullableString(o.get('entity'), label, 'entity');
  const name = string(o.get('name'), label, 'name');
  const text = string(o.get('text'), label, 'text');
  // a speaker the reader named who is not in the text has no span
  if (o.get('start') === null && o.get('end') === null) return { entity, name, text, start: null, end: null };
  const { start, end } = range(o, label, length);
  return { entity, name, text, start, end };
}

function range(o: JsonObject, label: string, length: number): { start: number; end: number } {
  const start = offset(o.get('start'), label, 'start'), end = offset(o.get('end'), label, 'end');
  if (start > end) throw new Unreadable(`${label}: start ${start} is after end ${end}`);
  if (end > length) throw new Unreadable(`${label}: end ${end} beyond the text's ${length} code points`);
  return { start, end };
}

/** Turns a checked native annotation into a core one, converting offsets when the text is known. */
function coreConverter(doc: NativeSidecar, text: string | undefined, warnings: string[]): (a: NativeAnnotation, label: string) => Annotation {
  if (text === undefined) return (a) => toCore(a, (p) => p);
  const map = new OffsetMap(text);
  const current = map.toCodePoint(text.length);
  const sameLength = current === doc.source.length;
  if (!sameLength) {
    warnings.push(`the article has changed since this sidecar was written (${current} code points now, ${doc.source.length} then): annotations need re-anchoring`);
  }
  const utf16 = (p: number) => map.toUtf16(p);
  return (a, label) => {
    const core = toCore(a, utf16);
    if (sameLength && !a.orphaned && text.slice(core.start, core.end) !== a.text) {
      warnings.push(`${label}: the article no longer reads "${a.text}" at ${a.start}–${a.end}`);
    }
    return core;
  };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function toCore(a: NativeAnnotation, utf16: (p: number) => number): Annotation {
  const start = utf16(a.start), end = utf16(a.end);
  let core: Writable<EntityAnnotation> | Writable<QuoteAnnotation>;
  if (a.kind === 'entity') {
    core = { id: a.id, kind: 'entity', type: a.type, entity: a.entity, start, end, text: a.text, origin: a.origin };
  } else {
    const s = a.speaker;
    const speaker: Speaker | null = s && { entity: s.entity, name: s.name, text: s.text, start: s.start === null ? -1 : utf16(s.start), end: s.end === null ? -1 : utf16(s.end) };
    core = { id: a.id, kind: 'quote', style: a.style, speaker, start, end, text: a.text, origin: a.origin };
  }
  if (a.prefix !== undefined) core.prefix = a.prefix;
  if (a.suffix !== undefined) core.suffix = a.suffix;
  if (a.orphaned) core.orphaned = true;
  if (a.createdAt !== undefined) core.createdAt = a.createdAt;
  return core;
}

function warnDuplicateIds(doc: NativeSidecar, warnings: string[]): void {
  const seen = new Set<string>();
  for (const a of [...doc.annotations, ...(doc.suppressed ?? [])]) {
    if (seen.has(a.id)) warnings.push(`the id "${a.id}" is used by more than one annotation`);
    seen.add(a.id);
  }
}
