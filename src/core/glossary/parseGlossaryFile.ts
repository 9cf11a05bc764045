// One glossary file: its YAML read, every entry checked, problems placed.

import type { Entity, EntityTypeInfo } from '../model';
import { didYouMean } from './didYouMean';
import { describe, textOf } from './fieldValues';
import { FileEntities } from './fileEntities';
import { LineIndex } from './lineIndex';
import { rememberTypePlace } from './places';
import { placeProblems, ProblemSink, type GlossaryProblem } from './problems';
import { readTree } from './readTree';
import { readTypes } from './readTypes';
import type { MapNode, TreeNode } from './tree';

export interface GlossaryFile {
  readonly file: string;
  /** false when nothing could be read from the file (YAML syntax error, too big, alias bomb, not a mapping at top level): the caller keeps its last good version of this file */
  readonly usable: boolean;
  /**
   * The good entries. An entry whose type is neither built in nor listed
   * under this file's `types:` is kept here, since another file may define
   * that type; mergeGlossaries leaves it out if none does.
   */
  readonly entities: readonly Entity[];
  /** Custom types from `types:` only. */
  readonly types: readonly EntityTypeInfo[];
  readonly problems: readonly GlossaryProblem[];
}

/** A 50 MB glossary is refused at once, before any parsing. */
export const MAX_GLOSSARY_BYTES = 32 * 1024 * 1024;

const SECTIONS = ['types', 'entities'];

export function parseGlossaryFile(file: string, text: string): GlossaryFile {
  const bytes = utf8Length(text);
  if (bytes > MAX_GLOSSARY_BYTES) {
    const mib = (bytes / 1024 / 1024).toFixed(1);
    const message = `the file has ${mib} MiB; glossaries over ${MAX_GLOSSARY_BYTES / 1024 / 1024} MiB are not read: split it into several *.glossary.yaml files`;
    return { file, usable: false, entities: [], types: [], problems: [{ file, line: 0, column: 0, endLine: 0, endColumn: 0, severity: 'error', message }] };
  }
  // editors hide a byte order mark: columns on the first line count without it
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = new LineIndex(text);
  const sink = new ProblemSink();
  const result = (usable: boolean, entities: readonly Entity[] = [], types: readonly EntityTypeInfo[] = []): GlossaryFile => ({
    file, usable, entities, types, problems: placeProblems(file, lines, sink.found),
  });

  const reading = readTree(text, lines, sink, () => new FileEntities(file, lines));
  if (reading === undefined) return result(false);
  const root = reading.root;
  if (root === null) return result(true);
  if (root.kind !== 'map') {
    sink.error(root, `a glossary must be a mapping with 'entities:' (a list of entries) and optionally 'types:', not ${describe(root)}; nothing is read from this file`);
    return result(false);
  }
  const sections = readSections(root, sink);
  const entityList = sections.get('entities');
  if (entityList && entityList.kind !== 'seq' && !(entityList.kind === 'scalar' && entityList.text === null)) {
    sink.error(entityList, `'entities' must be a list of entries (- id: …), not ${describe(entityList)}; nothing is read from this file`);
    return result(false);
  }
  const typeDrafts = sections.has('types') ? readTypes(sections.get('types')!, sink) : [];
  for (const t of typeDrafts) rememberTypePlace(t.info, { file, lines, key: t.key });
  return result(true, reading.collector.entities, typeDrafts.map(t => t.info));
}

function readSections(root: MapNode, sink: ProblemSink): Map<string, TreeNode> {
  const sections = new Map<string, TreeNode>();
  for (const pair of root.pairs) {
    const key = textOf(pair.key);
    if (key === undefined) sink.error(pair.key, `a top-level key must be text, not ${describe(pair.key)}`);
    else if (sections.has(key)) sink.error(pair.key, `'${key}' appears twice at the top level; the second is ignored: merge the two`);
    else if (SECTIONS.includes(key)) sections.set(key, pair.value);
    else sink.warning(pair.key, `unknown top-level key '${key}' is ignored (a glossary has 'types' and 'entities')${didYouMean(key, SECTIONS)}`);
  }
  return sections;
}

const NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII_RUNS = /[^\x00-\x7f]+/g;

/** UTF-8 size, counted only when the UTF-16 length leaves it in doubt. */
function utf8Length(text: string): number {
  if (text.length > MAX_GLOSSARY_BYTES || text.length * 3 <= MAX_GLOSSARY_BYTES || !NON_ASCII.test(text)) return text.length;
  let bytes = text.length;
  for (const run of text.match(NON_ASCII_RUNS) ?? []) {
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      // one more byte below U+0800, two more above; a surrogate pair (4 bytes) is two units of one more each
      bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
    }
  }
  return bytes;
}
