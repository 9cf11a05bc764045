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

interface Group {
  readonly first: EntityAnnotation;
  readonly listed: EntityAnnotation[];
  count: number;
}

export function documentSymbols(model: ArticleModel, max = OUTLINE_MAX_SYMBOLS): vscode.DocumentSymbol[] {
  // One pass in text order: an entity takes two symbols at its first mention (itself and the
  // mention), each further mention and each quote one, while there is room; the rest is counted.
  const groups = new Map<string, Group>();
  const top: (Group | QuoteAnnotation)[] = [];
  let room = max;
  let unlisted = 0;
  let firstUnlisted = -1;
  const skip = (a: Annotation) => {
    unlisted++;
    if (firstUnlisted < 0) firstUnlisted = a.start;
  };
  for (const a of model.annotations) {
    if (a.kind === 'quote') {
      if (room >= 1) {
        top.push(a);
        room--;
      } else skip(a);
      continue;
    }
    const key = a.entity ?? `${a.type}:${a.text}`;
    const group = groups.get(key);
    if (group === undefined) {
      if (room >= 2) {
        const fresh: Group = { first: a, listed: [a], count: 1 };
        groups.set(key, fresh);
        top.push(fresh);
        room -= 2;
      } else skip(a); // nor are its further mentions: they find no group
      continue;
    }
    group.count++;
    if (room >= 1) {
      group.listed.push(a);
      room--;
    } else skip(a);
  }
  const lines = model.lines;
  const symbols = top.map((item) => ('kind' in item ? quoteSymbol(item, lines) : entitySymbol(model, item, lines)));
  if (unlisted > 0) {
    const at = lines.range(firstUnlisted, firstUnlisted);
    symbols.push(new vscode.DocumentSymbol(`${unlisted} more annotations not listed`, `the Outline lists ${max} at most; the Newsmark view has them all`, vscode.SymbolKind.Null, at, at));
  }
  return symbols;
}

function entitySymbol(model: ArticleModel, group: Group, lines: LinePositions): vscode.DocumentSymbol {
  const { first, listed } = group;
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
