// Where each entity's id, type and surface forms were written, so that
// mergeGlossaries can point at them when it finds a problem across files.
//
// Kept beside a file's entities, not in them (the model's Entity stays plain
// data), and as flat number arrays for the whole file: an object or two per
// entity, kept alive for the glossary's lifetime, cost 100,000-entry files a
// second in garbage collection.

import type { Entity, EntityTypeInfo } from '../model';
import type { LineIndex } from './lineIndex';
import type { Spanned } from './problems';

export interface FilePlace {
  readonly file: string;
  readonly lines: LineIndex;
}

export interface TypePlace extends FilePlace {
  readonly key: Spanned;
}

/** For entity i of a file: spans id, type, name, aliases… as start/end offsets from slot first[i] to first[i + 1]. */
export class EntityPlaces implements FilePlace {
  private readonly offsets: number[] = [];
  private readonly first: number[] = [];

  constructor(readonly file: string, readonly lines: LineIndex) {}

  add(id: Spanned, type: Spanned, name: Spanned, aliases: readonly { readonly node: Spanned }[]): void {
    this.first.push(this.offsets.length);
    this.offsets.push(id.start, id.end, type.start, type.end, name.start, name.end);
    for (const a of aliases) this.offsets.push(a.node.start, a.node.end);
  }

  id(entity: number): Spanned | undefined {
    return this.slot(entity, 0);
  }

  type(entity: number): Spanned | undefined {
    return this.slot(entity, 1);
  }

  /** Form 0 is the name, 1… the aliases. */
  form(entity: number, form: number): Spanned | undefined {
    return this.slot(entity, 2 + form);
  }

  private slot(entity: number, slot: number): Spanned | undefined {
    const first = this.first[entity];
    if (first === undefined) return undefined;
    const at = first + slot * 2;
    const end = this.first[entity + 1] ?? this.offsets.length;
    return at < end ? { start: this.offsets[at]!, end: this.offsets[at + 1]! } : undefined;
  }
}

const entityPlaceMap = new WeakMap<readonly Entity[], EntityPlaces>();
const typePlaceMap = new WeakMap<EntityTypeInfo, TypePlace>();

/** Places of `entities` (a file's list, in its order). */
export function rememberEntityPlaces(entities: readonly Entity[], places: EntityPlaces): void {
  entityPlaceMap.set(entities, places);
}

export function entityPlacesOf(entities: readonly Entity[]): EntityPlaces | undefined {
  return entityPlaceMap.get(entities);
}

export function rememberTypePlace(type: EntityTypeInfo, place: TypePlace): void {
  typePlaceMap.set(type, place);
}

export function typePlaceOf(type: EntityTypeInfo): TypePlace | undefined {
  return typePlaceMap.get(type);
}
