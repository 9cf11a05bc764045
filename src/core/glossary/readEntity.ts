// One item of `entities:` checked field by field. The smallest wrong thing is
// what gets left out: a bad link, alias or fact alone; the whole entry only
// when its id, name or type is missing or unusable.

import type { CaseMode } from '../model';
import { didYouMean } from './didYouMean';
import { describe, isHttpUrl, isTextNode, textOf } from './fieldValues';
import { isValidId, suggestEntityId } from './ids';
import type { ProblemSink, Spanned } from './problems';
import type { MapNode, PairNode, ScalarNode, TreeNode } from './tree';

export interface WrittenText {
  readonly text: string;
  readonly node: ScalarNode;
}

/** An entry whose fields are checked; ids and surface forms are not yet compared with other entries. */
export interface EntityDraft {
  readonly start: number;
  readonly id: WrittenText;
  readonly type: WrittenText;
  /** The name, then the aliases. */
  readonly forms: readonly WrittenText[];
  readonly summary?: string;
  readonly description?: string;
  readonly facts: readonly (readonly [string, string])[];
  readonly links: readonly string[];
  readonly case: CaseMode;
}

export const ENTITY_FIELDS = ['id', 'name', 'type', 'aliases', 'summary', 'description', 'facts', 'links', 'case'] as const;
type Field = (typeof ENTITY_FIELDS)[number];
const FIELD_SLOT: ReadonlyMap<string, number> = new Map(ENTITY_FIELDS.map((f, i) => [f, i]));
const CASE_MODES: readonly CaseMode[] = ['auto', 'exact', 'ignore'];

/** `position` is the entry's 1-based place in the list, for entries without a usable id. */
export function readEntity(item: TreeNode, position: number, sink: ProblemSink): EntityDraft | undefined {
  if (item.kind !== 'map') {
    sink.error(item, `entities: item ${position} must be a mapping with id, name and type, not ${describe(item)}`);
    return undefined;
  }
  return new EntityReader(item, position, sink).read();
}

/** The pair of each known field, by its place in ENTITY_FIELDS (an array, not a Map per entry: 100,000 entries). */
class Fields {
  private readonly pairs: (PairNode | undefined)[] = [];

  get(field: Field): PairNode | undefined {
    return this.pairs[FIELD_SLOT.get(field)!];
  }

  has(key: string): boolean {
    const slot = FIELD_SLOT.get(key);
    return slot !== undefined && this.pairs[slot] !== undefined;
  }

  /** False for an unknown or repeated field. */
  set(key: string, pair: PairNode): boolean {
    const slot = FIELD_SLOT.get(key);
    if (slot === undefined || this.pairs[slot] !== undefined) return false;
    this.pairs[slot] = pair;
    return true;
  }
}

class EntityReader {
  private readonly fields = new Fields();

  constructor(private readonly map: MapNode, private readonly position: number, private readonly sink: ProblemSink) {
    let stray: PairNode[] | undefined;
    for (const pair of map.pairs) {
      const key = textOf(pair.key);
      if (key === undefined || !this.fields.set(key, pair)) (stray ??= []).push(pair);
    }
    if (stray) for (const pair of stray) this.reportStray(pair);
  }

  /** How messages name the entry; made only for a message or a draft. */
  private get label(): string {
    const id = textOf(this.fields.get('id')?.value);
    const name = textOf(this.fields.get('name')?.value);
    return id !== undefined ? `entity '${id}'` : name !== undefined ? `entity '${name}'` : `entities: item ${this.position}`;
  }

  read(): EntityDraft | undefined {
    const id = this.required('id');
    if (id && !isValidId(id.text)) {
      const suggestion = suggestEntityId(id.text, new Set());
      this.sink.error(id.node, `${this.label}: id '${id.text}' may contain only letters, digits, '-', '_' and '.'; try '${suggestion}'`);
    }
    const name = this.required('name');
    const type = this.required('type');
    const aliases = this.aliases();
    const summary = this.optionalText('summary');
    const description = this.optionalText('description');
    const facts = this.facts();
    const links = this.links();
    const caseMode = this.caseMode();
    if (!id || !isValidId(id.text) || !name || !type) return undefined;
    return {
      start: this.map.start,
      id,
      type,
      forms: [name, ...aliases],
      ...(summary !== undefined && { summary: summary.trim() }),
      ...(description !== undefined && { description: description.trimEnd() }),
      facts,
      links,
      case: caseMode,
    };
  }

  private reportStray(pair: PairNode): void {
    const key = textOf(pair.key);
    if (key === undefined) this.sink.error(pair.key, `${this.label}: a field name must be text, not ${describe(pair.key)}`);
    else if (this.fields.has(key)) this.sink.error(pair.key, `${this.label}: field '${key}' appears twice; the second is ignored`);
    else this.sink.warning(pair.key, `${this.label}: unknown field '${key}' is ignored${didYouMean(key, ENTITY_FIELDS)}`);
  }

  /** Where to point when a required field is missing altogether. */
  private entryMark(): Spanned {
    for (const field of ['id', 'name'] as const) {
      const value = this.fields.get(field)?.value;
      if (value && isTextNode(value)) return value;
    }
    return this.map.pairs[0]?.key ?? this.map;
  }

  private required(field: 'id' | 'name' | 'type'): WrittenText | undefined {
    const pair = this.fields.get(field);
    if (!pair) {
      this.sink.error(this.entryMark(), `${this.label}: missing required field '${field}'`);
      return undefined;
    }
    const text = this.textField(pair)?.trim();
    if (text === '') this.sink.error(pair.key, `${this.label}: field '${field}' is empty`);
    return text ? { text, node: pair.value as ScalarNode } : undefined;
  }

  /** The text of a field that must be text; undefined (with a problem) for a list or mapping, or when empty. */
  private textField(pair: PairNode): string | undefined {
    const field = textOf(pair.key)!;
    if (pair.value.kind !== 'scalar') {
      this.sink.error(pair.key, `${this.label}: field '${field}' must be text, not ${describe(pair.value)}`);
      return undefined;
    }
    return pair.value.text ?? '';
  }

  private optionalText(field: 'summary' | 'description'): string | undefined {
    const pair = this.fields.get(field);
    const text = pair && this.textField(pair);
    return text || undefined;
  }

  /** Items of a list field; a field that is not a list is reported and read as empty. */
  private listItems(field: 'aliases' | 'links', example: string): { readonly key: TreeNode; readonly items: readonly TreeNode[] } {
    const pair = this.fields.get(field);
    if (!pair || (pair.value.kind === 'scalar' && pair.value.text === null)) return { key: this.map, items: [] };
    if (pair.value.kind !== 'seq') {
      this.sink.error(pair.key, `${this.label}: '${field}' must be a list like ${example}, not ${describe(pair.value)}`);
      return { key: pair.key, items: [] };
    }
    return { key: pair.key, items: pair.value.items };
  }

  private aliases(): WrittenText[] {
    const aliases: WrittenText[] = [];
    const { key, items } = this.listItems('aliases', '[Lavrov, Sergei Lavrov]');
    for (const item of items) {
      const text = textOf(item)?.trim();
      if (text) aliases.push({ text, node: item as ScalarNode });
      else if (text === '' || item.kind === 'scalar') this.sink.error(text === '' ? item : key, `${this.label}: empty alias; remove it`);
      else this.sink.error(item, `${this.label}: an alias must be text, not ${describe(item)}; it is left out`);
    }
    return aliases;
  }

  private links(): string[] {
    const links: string[] = [];
    const { key, items } = this.listItems('links', '[https://en.wikipedia.org/wiki/Sergey_Lavrov]');
    for (const item of items) {
      const text = textOf(item)?.trim();
      if (text !== undefined && isHttpUrl(text)) links.push(text);
      else if (text !== undefined) this.sink.error(item, `${this.label}: link '${text}' is not an http(s) address; it is left out`);
      else this.sink.error(item.kind === 'scalar' ? key : item, `${this.label}: a link must be an http(s) address, not ${describe(item)}; it is left out`);
    }
    return links;
  }

  private facts(): [string, string][] {
    const pair = this.fields.get('facts');
    if (!pair || (pair.value.kind === 'scalar' && pair.value.text === null)) return [];
    if (pair.value.kind !== 'map') {
      this.sink.error(pair.key, `${this.label}: 'facts' must be a mapping like {born: 1950-03-21}, not ${describe(pair.value)}`);
      return [];
    }
    const facts: [string, string][] = [];
    const seen = new Set<string>();
    for (const fact of pair.value.pairs) {
      const key = textOf(fact.key);
      if (key === undefined) {
        this.sink.error(fact.key, `${this.label}: a fact's name must be text, not ${describe(fact.key)}`);
      } else if (seen.has(key)) {
        this.sink.error(fact.key, `${this.label}: fact '${key}' appears twice; the second is ignored`);
      } else {
        seen.add(key);
        const value = this.factValue(key, fact);
        if (value !== undefined) facts.push([key, value]);
      }
    }
    return facts;
  }

  /** Text as written (`1950-03-21` stays a date string); a list of texts is joined with commas. */
  private factValue(key: string, fact: PairNode): string | undefined {
    const value = fact.value;
    if (value.kind === 'scalar') {
      if (value.text === null) this.sink.warning(fact.key, `${this.label}: fact '${key}' has no value; it is left out`);
      return value.text ?? undefined;
    }
    if (value.kind === 'seq' && value.items.every(isTextNode)) {
      return value.items.map(item => (item as ScalarNode).text).join(', ');
    }
    this.sink.error(fact.key, `${this.label}: fact '${key}' must be text or a list of texts, not ${describe(value)}; it is left out`);
    return undefined;
  }

  private caseMode(): CaseMode {
    const pair = this.fields.get('case');
    if (!pair) return 'auto';
    const text = textOf(pair.value);
    // the constant, not the text read: one string for every entry
    const mode = CASE_MODES.find(m => m === text);
    if (mode) return mode;
    const written = text === undefined ? describe(pair.value) : `'${text}'`;
    const hint = text === undefined ? '' : didYouMean(text, CASE_MODES);
    this.sink.error(text === undefined ? pair.key : pair.value, `${this.label}: case must be auto, exact or ignore, not ${written}; auto is used${hint}`);
    return 'auto';
  }
}
