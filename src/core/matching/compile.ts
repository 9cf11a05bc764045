import type { Entity } from '../model';
import type { CompiledMatcher } from './compiledMatcher';
import type { FormTable } from './formTable';
import { foldTables } from './foldTables';
import { surfaceForms, type SurfaceForm } from './surfaceForms';
import { TokenTable } from './tokenTable';
import { buildTrie, compareSequences, type Trie } from './trie';
import { TrieMatcher } from './trieMatcher';

/**
 * A compiled matcher as plain data (typed arrays, strings, numbers): what a
 * cache can keep between runs (structured clone, v8.serialize) so that a large
 * glossary is not compiled again. Only `matcherFromParts` reads it.
 */
export interface MatcherParts {
  readonly formCount: number;
  /** Every word and gap of every form, folded, by token number. */
  readonly tokens: readonly string[];
  readonly trie: Trie;
  readonly forms: FormTable;
  /** 1 for every unit that occurs in some token (see SafeCuts). */
  readonly inForms: Uint8Array;
}

export function compileMatcher(entities: readonly Entity[]): CompiledMatcher {
  return matcherFromParts(matcherParts(entities));
}

export function matcherFromParts(parts: MatcherParts): CompiledMatcher {
  const tables = foldTables();
  return new TrieMatcher(parts.formCount, tables, new TokenTable(tables.caseless, parts.tokens), parts.trie, parts.forms, parts.inForms);
}

export function matcherParts(entities: readonly Entity[]): MatcherParts {
  const tables = foldTables();
  const forms = surfaceForms(entities, tables);

  // Forms that fold to the same key (a name and an identical alias, two
  // entities sharing a name, `EU` and `Eu`) share one trie state; the one
  // first in glossary order whose case fits wins.
  const formsByKey = new Map<string, SurfaceForm[]>();
  for (const form of forms) {
    const same = formsByKey.get(form.key);
    if (same) same.push(form);
    else formsByKey.set(form.key, [form]);
  }

  const tokenIds = new Map<string, number>();
  const groups = [...formsByKey.values()].map((group) => ({
    group,
    sequence: group[0]!.tokens.map((token) => {
      let id = tokenIds.get(token);
      if (id === undefined) tokenIds.set(token, (id = tokenIds.size));
      return id;
    }),
  }));
  groups.sort((a, b) => compareSequences(a.sequence, b.sequence));

  const formStart = new Int32Array(groups.length + 1);
  const entityId: string[] = [];
  const formNumber = new Int32Array(forms.length);
  const exact: (string | undefined)[] = [];
  groups.forEach(({ group }, k) => {
    formStart[k] = entityId.length;
    for (const form of group) {
      formNumber[entityId.length] = form.form;
      entityId.push(entities[form.entity]!.id);
      exact.push(form.exact);
    }
  });
  formStart[groups.length] = entityId.length;

  const inForms = new Uint8Array(65536);
  for (const token of tokenIds.keys()) for (let i = 0; i < token.length; i++) inForms[token.charCodeAt(i)] = 1;

  const trie = buildTrie(
    groups.map((g) => g.sequence),
    tokenIds.size,
  );
  return { formCount: forms.length, tokens: [...tokenIds.keys()], trie, forms: { formStart, entityId, formNumber, exact }, inForms };
}
