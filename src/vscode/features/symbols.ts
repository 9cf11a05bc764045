// The Outline: every glossary entity the article names (its mentions as
// children) and every quote with its speaker, up to OUTLINE_MAX_SYMBOLS.

import * as vscode from 'vscode';
import type { Annotation, EntityAnnotation, QuoteAnnotation } from '../../core/model';
import type { ArticleModel } from '../articleModel';
import type { LinePositions } from '../util/linePositions';

const KIND_OF_TYPE: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Class,
  treaty: vscode.SymbolKind.Interface,
  place: vscode.SymbolKind.Namespace,
  event: vscode.SymbolKind.Event,
  other: vscode.SymbolKind.Variable,
};

/**
 * The most symbols the Outline lists. VS Code asks for the Outline after every
 * edit (breadcrumbs and sticky scroll read it), and a 1 MB article's 20,000
 * symbols cost a tenth of a second each time (1,000 still cost ~13 ms, half
 * of it VS Code's, sending them); past this many, a last symbol says how many
 * annotations are not listed, so none go missing silently.
 */
export const OUTLINE_MAX_SYMBOLS = 500;

/** What the Outline lists, as indices into the annotation list it was planned from. */
interface OutlinePlan {
  /** Per annotation, what it is grouped by: the entity (or type and text) of a mention, QUOTE for a quote. */
  readonly keys: readonly string[];
  /** Quotes (an index) and entities (their listed mentions' indices, and how many they have), in text order. */
  readonly top: readonly (number | Group)[];
  readonly unlisted: number;
  /** Index of the first annotation not listed, or -1. */
  readonly firstUnlisted: number;
  readonly max: number;
}

interface Group {
  readonly listed: number[];
  count: number;
}

// no group key is empty: an entity id is not, nor is `${type}:${text}`
const QUOTE = '';

/**
 * Per model, the plan (reused while only positions change, as after almost every keystroke) and
 * the last answer: VS Code asks twice for each version (breadcrumbs, sticky scroll).
 */
const outlines = new WeakMap<ArticleModel, { plan: OutlinePlan; version: number; symbols: vscode.DocumentSymbol[] }>();

export function documentSymbols(model: ArticleModel, max = OUTLINE_MAX_SYMBOLS): vscode.DocumentSymbol[] {
  const all = model.annotations;
  const last = outlines.get(model);
  if (last && last.version === model.version && last.plan.max === max) return last.symbols;
  const plan = last && last.plan.max === max && sameKeys(last.plan.keys, all) ? last.plan : planOutline(all, max);
  const symbols = symbolsOf(model, all, plan);
  outlines.set(model, { plan, version: model.version, symbols });
  return symbols;
}

function symbolsOf(model: ArticleModel, all: readonly Annotation[], plan: OutlinePlan): vscode.DocumentSymbol[] {
  const max = plan.max;
  const lines = model.lines;
  const symbols = plan.top.map((item) => (typeof item === 'number' ? quoteSymbol(all[item] as QuoteAnnotation, lines) : entitySymbol(model, all, item, lines)));
  if (plan.unlisted > 0) {
    const firstUnlisted = all[plan.firstUnlisted]!.start;
    const at = lines.range(firstUnlisted, firstUnlisted);
    symbols.push(new vscode.DocumentSymbol(`${plan.unlisted} more annotations not listed`, `the Outline lists ${max} at most; the Newsmark view has them all`, vscode.SymbolKind.Null, at, at));
  }
  return symbols;
}

function groupKey(a: Annotation): string {
  return a.kind === 'quote' ? QUOTE : (a.entity ?? `${a.type}:${a.text}`);
}

/**
 * Whether `all` groups as the plan's list did: then the plan lists the same annotations. An edit
 * seldom adds or removes one; comparing the keys costs a fraction of grouping them in a Map.
 */
function sameKeys(keys: readonly string[], all: readonly Annotation[]): boolean {
  if (keys.length !== all.length) return false;
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    const key = keys[i]!;
    // an entity id is compared as it is; only a mention without one builds its key
    if (a.kind === 'quote' ? key !== QUOTE : a.entity !== null ? key !== a.entity : key !== groupKey(a)) return false;
  }
  return true;
}

function planOutline(all: readonly Annotation[], max: number): OutlinePlan {
  // One pass in text order: an entity takes two symbols at its first mention (itself and the
  // mention), each further mention and each quote one, while there is room; the rest is counted.
  const keys: string[] = [];
  const groups = new Map<string, Group>();
  const top: (number | Group)[] = [];
  let room = max;
  let unlisted = 0;
  let firstUnlisted = -1;
  const skip = (i: number) => {
    unlisted++;
    if (firstUnlisted < 0) firstUnlisted = i;
  };
  for (let i = 0; i < all.length; i++) {
    const a = all[i]!;
    const key = groupKey(a);
    keys.push(key);
    if (a.kind === 'quote') {
      if (room >= 1) {
        top.push(i);
        room--;
      } else skip(i);
      continue;
    }
    const group = groups.get(key);
    if (group === undefined) {
      if (room >= 2) {
        const fresh: Group = { listed: [i], count: 1 };
        groups.set(key, fresh);
        top.push(fresh);
        room -= 2;
      } else skip(i); // nor are its further mentions: they find no group
      continue;
    }
    group.count++;
    if (room >= 1) {
      group.listed.push(i);
      room--;
    } else skip(i);
  }
  return { keys, top, unlisted, firstUnlisted, max };
}

function entitySymbol(model: ArticleModel, all: readonly Annotation[], group: Group, lines: LinePositions): vscode.DocumentSymbol {
  const listed = group.listed.map((i) => all[i] as EntityAnnotation);
  const first = listed[0]!;
  const entity = first.entity ? model.compiledGlossary.entity(first.entity) : undefined;
  const name = entity?.name ?? first.text;
  const label = model.compiledGlossary.typeInfo(first.type)?.label ?? first.type;
  // the entity's range holds its listed mentions (children must lie inside it); its selection is the first
  const last = listed[listed.length - 1]!;
  const symbol = new vscode.DocumentSymbol(name, `${label} · ${group.count}×`, KIND_OF_TYPE[first.type] ?? vscode.SymbolKind.Variable, lines.range(first.start, last.end), lines.range(first.start, first.end));
  symbol.children = listed.map((m) => {
    const mr = lines.range(m.start, m.end);
    return new vscode.DocumentSymbol(m.text, `line ${mr.start.line + 1}`, vscode.SymbolKind.Field, mr, mr);
  });
  return symbol;
}

function quoteSymbol(q: QuoteAnnotation, lines: LinePositions): vscode.DocumentSymbol {
  const r = lines.range(q.start, q.end);
  const words = q.text.replace(/\s+/g, ' ');
  const name = `“${words.length > 60 ? words.slice(0, 59) + '…' : words}”`;
  const detail = q.speaker ? `— ${q.speaker.name}` : q.style === 'term' ? 'term' : 'no speaker';
  return new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.String, r, r);
}
