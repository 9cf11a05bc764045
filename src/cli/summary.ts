// The readable report `newsmark annotate` prints: entities by type with
// counts, quotes with their speakers, and where the sidecars went.

import type { Annotation, EntityAnnotation, QuoteAnnotation } from '../core/model';
import type { CompiledGlossary } from '../core/engine/compiledGlossary';
import type { Style } from './style';

const QUOTE_WIDTH = 90;

export function articleSummary(file: string, annotations: readonly Annotation[], glossary: CompiledGlossary, style: Style): string[] {
  const entities = annotations.filter((a): a is EntityAnnotation => a.kind === 'entity');
  const quotes = annotations.filter((a): a is QuoteAnnotation => a.kind === 'quote');
  const lines = [style.bold(file)];

  const byType = new Map<string, Map<string, number>>();
  for (const e of entities) {
    const name = (e.entity && glossary.entity(e.entity)?.name) || e.text;
    const counts = byType.get(e.type) ?? new Map<string, number>();
    counts.set(name, (counts.get(name) ?? 0) + 1);
    byType.set(e.type, counts);
  }
  const distinct = [...byType.values()].reduce((n, m) => n + m.size, 0);
  lines.push(`  ${style.bold('Entities')}: ${entities.length} mentions of ${distinct} entities`);
  const typeOrder = [...byType.keys()].sort((a, b) => total(byType.get(b)!) - total(byType.get(a)!) || a.localeCompare(b));
  const labelWidth = Math.max(0, ...typeOrder.map((t) => label(t, glossary).length + ` (${total(byType.get(t)!)})`.length));
  for (const type of typeOrder) {
    const counts = byType.get(type)!;
    const head = `${label(type, glossary)} (${total(counts)})`;
    const names = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n, c]) => (c > 1 ? `${n} ×${c}` : n));
    lines.push(`    ${style.cyan(head.padEnd(labelWidth))}  ${names.join(', ')}`);
  }

  const direct = quotes.filter((q) => q.style === 'direct');
  const attributed = direct.filter((q) => q.speaker);
  lines.push(`  ${style.bold('Quotes')}: ${quotes.length} (${direct.length} direct, ${attributed.length} with a speaker; ${quotes.length - direct.length} term${quotes.length - direct.length === 1 ? '' : 's'})`);
  for (const q of quotes) {
    const words = q.text.replace(/\s+/g, ' ');
    const shown = `“${words.length > QUOTE_WIDTH ? words.slice(0, QUOTE_WIDTH - 1) + '…' : words}”`;
    const who = q.speaker
      ? style.green(`— ${q.speaker.name}${q.speaker.text !== q.speaker.name ? ` (“${q.speaker.text}”)` : ''}`)
      : q.style === 'direct' ? style.dim('— speaker not named') : '';
    lines.push(`    ${style.magenta(q.style.padEnd(6))}  ${shown} ${who}`.trimEnd());
  }
  return lines;
}

function total(counts: Map<string, number>): number {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

function label(type: string, glossary: CompiledGlossary): string {
  return glossary.typeInfo(type)?.label ?? type;
}
