// Adds an entry to a glossary file as a text edit: the new lines go after the
// last entry of the block list under `entities:`, indented like the entries
// already there, and nothing else in the file changes. Re-printing the file
// through a YAML library would lose its layout (and take seconds on a big one).

import { isSeq, parseDocument } from 'yaml';

export interface NewEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases?: readonly string[];
  readonly summary?: string;
}

const ENTITIES_LINE = /^entities[ \t]*:[ \t]*(#.*)?$/;
const EMPTY_FLOW_ENTITIES = /^entities[ \t]*:[ \t]*\[[ \t]*\][ \t]*(#.*)?$/;
const ANY_ENTITIES = /^entities[ \t]*:/m;
const DEFAULT_INDENT = 2;

/**
 * Appends a new entity to a glossary file's text, keeping its comments and
 * layout (used by "Tag Selection as Entity → create new"). Throws when the
 * text holds `entities:` in a form it cannot add to and is not valid YAML.
 */
export function appendEntity(text: string, entity: NewEntity): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const header = lines.findIndex(line => ENTITIES_LINE.test(line) || EMPTY_FLOW_ENTITIES.test(line));
  if (header < 0) {
    if (ANY_ENTITIES.test(text)) return appendWithDocument(text, entity);
    const body = entryLines(entity, DEFAULT_INDENT, DEFAULT_INDENT + 2);
    const separator = text === '' || text.endsWith('\n') ? '' : eol;
    return text + separator + ['entities:', ...body].join(eol) + eol;
  }
  if (EMPTY_FLOW_ENTITIES.test(lines[header]!)) lines[header] = lines[header]!.replace(/\[[ \t]*\][ \t]*/, '');

  const list = listLayout(lines, header);
  const entry = entryLines(entity, list.itemIndent, list.keyIndent);
  if (list.blankBetweenItems) entry.unshift('');
  lines.splice(list.insertAt, 0, ...entry);
  return lines.join(eol);
}

interface ListLayout {
  readonly itemIndent: number;
  readonly keyIndent: number;
  /** The line index to insert before. */
  readonly insertAt: number;
  readonly blankBetweenItems: boolean;
}

/** How the list under the `entities:` line at `header` is laid out, and where it ends. */
function listLayout(lines: readonly string[], header: number): ListLayout {
  let itemIndent = -1, keyIndent = -1;
  let lastItemStart = -1, lastContent = header;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (rest === '') continue;
    const isItem = rest === '-' || rest.startsWith('- ');
    if (indent === 0 && !isItem && !rest.startsWith('#')) break;
    if (isItem && (itemIndent < 0 || indent === itemIndent)) {
      if (itemIndent < 0) {
        itemIndent = indent;
        const key = rest.slice(1).search(/\S/);
        keyIndent = key < 0 ? indent + DEFAULT_INDENT : indent + 1 + key;
      }
      lastItemStart = i;
      lastContent = i;
    } else if (!rest.startsWith('#') || indent > itemIndent) {
      // comments at the list's own indentation after the last entry stay after the new one
      if (itemIndent >= 0) lastContent = i;
    }
  }
  if (itemIndent < 0) return { itemIndent: DEFAULT_INDENT, keyIndent: DEFAULT_INDENT + 2, insertAt: header + 1, blankBetweenItems: false };
  const blankBetweenItems = lastItemStart > 0 && lines[lastItemStart - 1]!.trim() === '' && lastItemStart - 1 > header;
  return { itemIndent, keyIndent, insertAt: lastContent + 1, blankBetweenItems };
}

function entryLines(entity: NewEntity, itemIndent: number, keyIndent: number): string[] {
  const pad = ' '.repeat(keyIndent);
  const lines = [
    `${' '.repeat(itemIndent)}-${' '.repeat(Math.max(1, keyIndent - itemIndent - 1))}id: ${blockScalar(entity.id)}`,
    `${pad}name: ${blockScalar(entity.name)}`,
    `${pad}type: ${blockScalar(entity.type)}`,
  ];
  if (entity.aliases && entity.aliases.length > 0) lines.push(`${pad}aliases: [${entity.aliases.map(flowScalar).join(', ')}]`);
  if (entity.summary) lines.push(`${pad}summary: ${blockScalar(entity.summary)}`);
  return lines;
}

/** Plain scalars a YAML reader would take for something other than this text. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?(?:[0-9][0-9_]*(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+|\.inf|\.Inf|\.INF)|\.nan|\.NaN|\.NAN|0x[0-9a-fA-F]+|0o[0-7]+)$/;

function needsQuotes(text: string): boolean {
  return text === '' || text !== text.trim() || /[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(text) ||
    /^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || /: |:$| #/.test(text) || NOT_TEXT.test(text);
}

function blockScalar(text: string): string {
  return needsQuotes(text) ? JSON.stringify(text) : text;
}

function flowScalar(text: string): string {
  return needsQuotes(text) || /[,[\]{}]|:/.test(text) ? JSON.stringify(text) : text;
}

/** For `entities:` written in flow style or otherwise unusually: the `yaml` package edits it. */
function appendWithDocument(text: string, entity: NewEntity): string {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false });
  const list = doc.get('entities', true);
  if (doc.errors.length > 0 || !isSeq(list)) {
    throw new Error("cannot add to this glossary: its 'entities' is not a list, or its YAML has errors; fix them first");
  }
  const entry: Record<string, unknown> = { id: entity.id, name: entity.name, type: entity.type };
  if (entity.aliases && entity.aliases.length > 0) entry['aliases'] = [...entity.aliases];
  if (entity.summary) entry['summary'] = entity.summary;
  list.add(doc.createNode(entry));
  return doc.toString();
}
