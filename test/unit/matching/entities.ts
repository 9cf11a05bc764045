// Builds glossary entities (and a compiled glossary of them) and reads matches back as text, for the tests.

import { compileGlossary, EMPTY_GLOSSARY, type CompiledGlossary } from '../../../src/core/engine/compiledGlossary';
import type { CaseMode, Entity, Mention } from '../../../src/core/model';

export function entity(id: string, name: string, aliases: readonly string[] = [], caseMode: CaseMode = 'auto'): Entity {
  return { id, name, type: 'other', aliases, facts: [], links: [], case: caseMode };
}

/** Each mention as `text@start:entity/form`, easy to read in a failed assertion. */
export function described(text: string, mentions: readonly Mention[]): string[] {
  return mentions.map((m) => `${text.slice(m.start, m.end)}@${m.start}:${m.entity}/${m.form}`);
}

/** The compiled glossary of just these entities, with the built-in types. */
export function compiledGlossaryOf(entities: readonly Entity[]): CompiledGlossary {
  return compileGlossary({ ...EMPTY_GLOSSARY, entities, byId: new Map(entities.map((e) => [e.id, e])) });
}
