// A glossary made ready for matching. Rebuilt whenever a glossary file
// changes; every article annotation in between shares it.

import type { Entity, EntityTypeInfo } from '../model';
import { BUILT_IN_TYPES } from '../model';
import type { Glossary } from '../glossary';
import { compileMatcher, type CompiledMatcher } from '../matching';

export interface CompiledGlossary {
  readonly glossary: Glossary;
  readonly matcher: CompiledMatcher;
  entity(id: string): Entity | undefined;
  typeInfo(type: string): EntityTypeInfo | undefined;
}

export function compileGlossary(glossary: Glossary): CompiledGlossary {
  return compiledGlossaryWith(glossary, compileMatcher(glossary.entities));
}

/** A glossary with a matcher already compiled from its entities (by compileGlossary, or kept from an earlier run). */
export function compiledGlossaryWith(glossary: Glossary, matcher: CompiledMatcher): CompiledGlossary {
  return {
    glossary,
    matcher,
    entity: (id) => glossary.byId.get(id),
    typeInfo: (type) => glossary.types.get(type),
  };
}

const builtInTypes: ReadonlyMap<string, EntityTypeInfo> = new Map(
  BUILT_IN_TYPES.map((id) => [id, { id, label: id[0]!.toUpperCase() + id.slice(1), builtIn: true }]),
);

/** A glossary with no entries: quotes and speakers are still found from the text alone. */
export const EMPTY_GLOSSARY: Glossary = {
  entities: [],
  byId: new Map(),
  types: builtInTypes,
  problems: [],
};
