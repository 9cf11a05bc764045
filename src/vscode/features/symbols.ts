// The Outline: every glossary entity the article names (its mentions as
// children) and every quote with its speaker.

import * as vscode from 'vscode';
import type { EntityAnnotation, QuoteAnnotation } from '../../core/model';
import type { ArticleModel } from '../articleModel';

const KIND_OF_TYPE: Record<string, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Class,
  treaty: vscode.SymbolKind.Interface,
  place: vscode.SymbolKind.Namespace,
  event: vscode.SymbolKind.Event,
  other: vscode.SymbolKind.Variable,
};

export function documentSymbols(document: vscode.TextDocument, model: ArticleModel): vscode.DocumentSymbol[] {
  const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
  const byEntity = new Map<string, EntityAnnotation[]>();
  const quotes: QuoteAnnotation[] = [];
  for (const a of model.annotations) {
    if (a.kind === 'quote') quotes.push(a);
    else {
      const key = a.entity ?? `${a.type}:${a.text}`;
      const list = byEntity.get(key) ?? [];
      list.push(a);
      byEntity.set(key, list);
    }
  }
  const symbols: vscode.DocumentSymbol[] = [];
  for (const mentions of byEntity.values()) {
    const first = mentions[0]!;
    const entity = first.entity ? model.compiledGlossary.entity(first.entity) : undefined;
    const name = entity?.name ?? first.text;
    const label = model.compiledGlossary.typeInfo(first.type)?.label ?? first.type;
    // the entity's range holds all its mentions (children must lie inside it); its selection is the first
    const last = mentions[mentions.length - 1]!;
    const symbol = new vscode.DocumentSymbol(name, `${label} · ${mentions.length}×`, KIND_OF_TYPE[first.type] ?? vscode.SymbolKind.Variable, range(first.start, last.end), range(first.start, first.end));
    symbol.children = mentions.map((m) => {
      const mr = range(m.start, m.end);
      return new vscode.DocumentSymbol(m.text, `line ${mr.start.line + 1}`, vscode.SymbolKind.Field, mr, mr);
    });
    symbols.push(symbol);
  }
  for (const q of quotes) {
    const r = range(q.start, q.end);
    const words = q.text.replace(/\s+/g, ' ');
    const name = `“${words.length > 60 ? words.slice(0, 59) + '…' : words}”`;
    const detail = q.speaker ? `— ${q.speaker.name}` : q.style === 'term' ? 'term' : 'no speaker';
    symbols.push(new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.String, r, r));
  }
  return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
}
