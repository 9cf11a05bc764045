// The entries of one file, checked as they are read: fields, then the id
// against the entries before it, then the surface forms. The first entry to
// use an id or a form keeps it.

import type { CaseMode, Entity } from '../model';
import type { LineIndex } from './lineIndex';
import { hashString, HashSlots } from './hashSlots';
import { EntityPlaces, rememberEntityPlaces } from './places';
import type { ProblemSink } from './problems';
import { readEntity, type EntityDraft, type WrittenText } from './readEntity';
import type { EntityCollector } from './readTree';
import { FormClaims } from './surfaceForms';
import type { TreeNode } from './tree';

const NONE: readonly never[] = Object.freeze([]);

/** Every form claimed so far, by owner number, one column per property (see FormClaims: no object per form). */
class ClaimedForms {
  readonly text: string[] = [];
  readonly mode: CaseMode[] = [];
  /** Index of the entity in the file's list. */
  readonly entity: number[] = [];
  /** 0 for the name, 1… for the aliases. */
  readonly index: number[] = [];
  readonly start: number[] = [];

  add(text: string, mode: CaseMode, entity: number, index: number, start: number): void {
    this.text.push(text);
    this.mode.push(mode);
    this.entity.push(entity);
    this.index.push(index);
    this.start.push(start);
  }
}

export class FileEntities implements EntityCollector {
  readonly entities: Entity[] = [];
  private readonly places: EntityPlaces;
  private position = 0;
  /** The ids of `entities`, by entity index. */
  private readonly ids = new HashSlots();
  private readonly forms = new ClaimedForms();
  /** One string per type name, not one per entry: a few types serve 100,000 entries. */
  private readonly typeNames = new Map<string, string>();
  private readonly claims = new FormClaims(owner => this.forms.text[owner]!, owner => this.forms.mode[owner]!);

  constructor(private readonly file: string, private readonly lines: LineIndex) {
    this.places = new EntityPlaces(file, lines);
    rememberEntityPlaces(this.entities, this.places);
  }

  add(item: TreeNode, sink: ProblemSink): void {
    const draft = readEntity(item, ++this.position, sink);
    if (!draft) return;
    const id = draft.id.text;
    const idHash = hashString(id);
    const first = this.ids.find(idHash, e => this.entities[e]!.id === id);
    if (first !== undefined) {
      sink.error(draft.id.node, `entity '${id}': id already used at line ${this.lineOf(this.places.id(first)!.start)}; this entry is left out`);
      return;
    }
    this.ids.add(idHash);
    const aliases = this.claimForms(draft, sink);
    this.places.add(draft.id.node, draft.type.node, draft.forms[0]!.node, aliases);
    this.entities.push(this.toEntity(draft, aliases));
  }

  private lineOf(offset: number): number {
    return this.lines.position(offset).line + 1;
  }

  /** The aliases this entry keeps. */
  private claimForms(draft: EntityDraft, sink: ProblemSink): WrittenText[] {
    const aliases: WrittenText[] = [];
    const entity = this.entities.length;
    const forms = this.forms;
    const label = (): string => `entity '${draft.id.text}'`;
    draft.forms.forEach((form, index) => {
      const owner = this.claims.claim(form.text, draft.case);
      if (owner === undefined) {
        forms.add(form.text, draft.case, entity, index, form.node.start);
        if (index > 0) aliases.push(form);
      } else if (forms.entity[owner] === entity) {
        const repeated = forms.index[owner] === 0 ? 'the name' : `alias '${forms.text[owner]}'`;
        sink.warning(form.node, `${label()}: alias '${form.text}' repeats ${repeated}; remove it`);
      } else {
        const ownerId = this.entities[forms.entity[owner]!]!.id;
        const where = `line ${this.lineOf(forms.start[owner]!)}`;
        sink.warning(form.node, sharedFormMessage(label(), form.text, index, ownerId, forms.index[owner]!, where));
      }
    });
    return aliases;
  }

  private typeName(text: string): string {
    const known = this.typeNames.get(text);
    if (known !== undefined) return known;
    this.typeNames.set(text, text);
    return text;
  }

  private toEntity(draft: EntityDraft, aliases: readonly WrittenText[]): Entity {
    const { line, column } = this.lines.position(draft.start);
    return {
      id: draft.id.text,
      name: draft.forms[0]!.text,
      type: this.typeName(draft.type.text),
      aliases: aliases.length > 0 ? aliases.map(a => a.text) : NONE,
      ...(draft.summary !== undefined && { summary: draft.summary }),
      ...(draft.description !== undefined && { description: draft.description }),
      facts: draft.facts.length > 0 ? draft.facts : NONE,
      links: draft.links.length > 0 ? draft.links : NONE,
      case: draft.case,
      source: { file: this.file, line, column },
    };
  }
}

/** Says who keeps a form two entities share, and what happens to the one that loses it. */
export function sharedFormMessage(label: string, form: string, index: number, ownerId: string, ownerIndex: number, where: string): string {
  const role = ownerIndex === 0 ? 'the name' : 'an alias';
  if (index === 0) {
    return `${label}: name '${form}' is also ${role} of entity '${ownerId}' (${where}), which keeps it: the name stays on cards but mentions of it go to '${ownerId}'`;
  }
  return `${label}: alias '${form}' is also ${role} of entity '${ownerId}' (${where}), which keeps it; it is left out here`;
}
