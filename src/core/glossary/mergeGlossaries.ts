// All glossary files as one: types from every file, entities in file order,
// and the checks that need every file (unknown types, ids and surface forms
// shared across files). Within one file parseGlossaryFile has checked them.

import { BUILT_IN_TYPES, type BuiltInEntityType, type CaseMode, type Entity, type EntityTypeInfo } from '../model';
import { didYouMean } from './didYouMean';
import { sharedFormMessage } from './fileEntities';
import type { GlossaryFile } from './parseGlossaryFile';
import { entityPlacesOf, typePlaceOf, type EntityPlaces, type FilePlace } from './places';
import type { GlossaryProblem, Severity, Spanned } from './problems';
import { FormClaims } from './surfaceForms';

export interface Glossary {
  /** Good entries of all files, in file order. */
  readonly entities: readonly Entity[];
  readonly byId: ReadonlyMap<string, Entity>;
  /** Built-in + custom, each with a label. */
  readonly types: ReadonlyMap<string, EntityTypeInfo>;
  /** Per-file problems + cross-file ones, file by file, in line order. */
  readonly problems: readonly GlossaryProblem[];
}

const BUILT_IN_LABELS: Readonly<Record<BuiltInEntityType, string>> = {
  person: 'Person',
  organization: 'Organization',
  treaty: 'Treaty',
  place: 'Place',
  event: 'Event',
  other: 'Other',
};

/** An entity as the number file × FILE_SLOTS + index: no object per entity while merging. */
const FILE_SLOTS = 2 ** 22;

export function mergeGlossaries(files: readonly GlossaryFile[]): Glossary {
  return new Merge(files).run();
}

class Merge {
  private readonly found: GlossaryProblem[] = [];
  private readonly types: Map<string, EntityTypeInfo>;
  private readonly entities: Entity[] = [];
  private readonly byId = new Map<string, Entity>();
  /** Where each of `entities` came from; indexed by id only once a duplicate needs it. */
  private readonly acceptedAt: number[] = [];
  private readonly atById = new Map<string, number>();
  private readonly places: (EntityPlaces | undefined)[];
  private readonly claims: FormClaims;
  private readonly claimed = { text: [] as string[], mode: [] as CaseMode[], entity: [] as number[], index: [] as number[] };

  constructor(private readonly files: readonly GlossaryFile[]) {
    this.types = this.mergeTypes();
    this.places = files.map(f => entityPlacesOf(f.entities));
    this.claims = new FormClaims(owner => this.claimed.text[owner]!, owner => this.claimed.mode[owner]!);
  }

  run(): Glossary {
    // forms shared within one file were settled by parseGlossaryFile
    const acrossFiles = this.files.filter(f => f.entities.length > 0).length > 1;
    this.files.forEach((file, f) => {
      file.entities.forEach((entity, i) => {
        const at = f * FILE_SLOTS + i;
        if (!this.types.has(entity.type)) {
          const known = [...this.types.keys()];
          const message = `entity '${entity.id}': unknown type '${entity.type}'; use ${known.join(', ')} or add it under 'types:'${didYouMean(entity.type, known)}`;
          this.report(at, p => p.type(i), 'error', message);
          return;
        }
        if (this.byId.has(entity.id)) {
          const first = this.whereIsAccepted(entity.id);
          this.report(at, p => p.id(i), 'error', `entity '${entity.id}': id already used at ${this.whereIs(first, 0)}; this entry is left out`);
          return;
        }
        const kept = acrossFiles ? this.claimForms(entity, at) : entity;
        this.byId.set(entity.id, kept);
        this.entities.push(kept);
        this.acceptedAt.push(at);
      });
    });
    return { entities: this.entities, byId: this.byId, types: this.types, problems: inFileOrder(this.files, this.found) };
  }

  private mergeTypes(): Map<string, EntityTypeInfo> {
    const types = new Map<string, EntityTypeInfo>(BUILT_IN_TYPES.map(id => [id, { id, label: BUILT_IN_LABELS[id], builtIn: true }]));
    const defined = new Map<string, { readonly file: string; readonly info: EntityTypeInfo }>();
    for (const { file, types: fileTypes } of this.files) {
      for (const info of fileTypes) {
        const first = defined.get(info.id);
        if (!first) {
          defined.set(info.id, { file, info });
          types.set(info.id, info);
        } else if (first.info.label !== info.label || first.info.color !== info.color) {
          const place = typePlaceOf(info);
          const there = typePlaceOf(first.info);
          const where = there ? `${there.file}:${there.lines.position(there.key.start).line + 1}` : first.file;
          const message = `type '${info.id}' is also defined at ${where} with another label or colour; that definition is used`;
          this.found.push(problemAt(place, place?.key, file, 'warning', message));
        }
      }
    }
    return types;
  }

  /** The entity without the aliases an entity of an earlier file has; the name always stays. */
  private claimForms(entity: Entity, at: number): Entity {
    const forms = [entity.name, ...entity.aliases];
    const kept: string[] = [];
    const file = Math.floor(at / FILE_SLOTS);
    forms.forEach((form, index) => {
      const owner = this.claims.claim(form, entity.case);
      if (owner === undefined) {
        this.claimed.text.push(form);
        this.claimed.mode.push(entity.case);
        this.claimed.entity.push(at);
        this.claimed.index.push(index);
        if (index > 0) kept.push(form);
        return;
      }
      const ownerAt = this.claimed.entity[owner]!;
      // within one file parseGlossaryFile has reported it already
      if (Math.floor(ownerAt / FILE_SLOTS) === file) return;
      const ownerIndex = this.claimed.index[owner]!;
      const ownerId = this.entityAt(ownerAt).id;
      const message = sharedFormMessage(`entity '${entity.id}'`, form, index, ownerId, ownerIndex, this.whereIs(ownerAt, ownerIndex));
      this.report(at, p => p.form(at % FILE_SLOTS, index), 'warning', message);
    });
    return kept.length === entity.aliases.length ? entity : { ...entity, aliases: kept };
  }

  private whereIsAccepted(id: string): number {
    for (let k = this.atById.size; k < this.entities.length; k++) this.atById.set(this.entities[k]!.id, this.acceptedAt[k]!);
    return this.atById.get(id)!;
  }

  private entityAt(at: number): Entity {
    return this.files[Math.floor(at / FILE_SLOTS)]!.entities[at % FILE_SLOTS]!;
  }

  /** "glossary.yaml:12": where the entity's form (0 = the name) is written. */
  private whereIs(at: number, form: number): string {
    const places = this.places[Math.floor(at / FILE_SLOTS)];
    const span = places?.form(at % FILE_SLOTS, form);
    if (places && span) return `${places.file}:${places.lines.position(span.start).line + 1}`;
    const source = this.entityAt(at).source;
    return source ? `${source.file}:${source.line + 1}` : 'another entry';
  }

  private report(at: number, pick: (places: EntityPlaces) => Spanned | undefined, severity: Severity, message: string): void {
    const f = Math.floor(at / FILE_SLOTS);
    const places = this.places[f];
    const span = places && pick(places);
    if (places && span) {
      this.found.push(problemAt(places, span, places.file, severity, message));
      return;
    }
    // entities built elsewhere have no places: point at the entry's start
    const source = this.entityAt(at).source;
    const line = source?.line ?? 0, column = source?.column ?? 0;
    this.found.push({ file: source?.file ?? this.files[f]!.file, line, column, endLine: line, endColumn: column, severity, message });
  }
}

function problemAt(place: FilePlace | undefined, span: Spanned | undefined, file: string, severity: Severity, message: string): GlossaryProblem {
  if (!place || !span) return { file, line: 0, column: 0, endLine: 0, endColumn: 0, severity, message };
  const start = place.lines.position(span.start), end = place.lines.position(span.end);
  return { file: place.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity, message };
}

/** Each file's own problems with the cross-file ones that point into it, in line order. */
function inFileOrder(files: readonly GlossaryFile[], crossFile: readonly GlossaryProblem[]): GlossaryProblem[] {
  const byFile = new Map<string, GlossaryProblem[]>();
  const add = (p: GlossaryProblem): void => {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  };
  for (const f of files) for (const p of f.problems) add(p);
  for (const p of crossFile) add(p);
  const ordered: GlossaryProblem[] = [];
  for (const list of byFile.values()) {
    list.sort((a, b) => a.line - b.line || a.column - b.column);
    for (const p of list) ordered.push(p);
  }
  return ordered;
}
