// Newsmark's settings, read once per change: never on a hot path.

import * as vscode from 'vscode';
import { DEFAULT_GLOSSARY_GLOBS } from '../core/fileKinds';
import { parseFormats, type ExportFormat } from '../core/export';

export interface NewsmarkConfig {
  readonly enabled: boolean;
  readonly glossaryFiles: readonly string[];
  readonly languages: readonly string[];
  readonly quotesEnabled: boolean;
  readonly exportFormats: readonly ExportFormat[];
  readonly decorationsMax: number;
  readonly maxFileSize: number;
  readonly hoverEnabled: boolean;
  readonly overviewRuler: boolean;
  readonly debounceMs: number;
}

export function readConfig(): NewsmarkConfig {
  const c = vscode.workspace.getConfiguration('newsmark');
  const formats = parseFormats(c.get<string[]>('export.formats', ['json', 'w3c', 'brat'])).formats;
  return {
    enabled: c.get<boolean>('enabled', true),
    glossaryFiles: c.get<string[]>('glossary.files', [...DEFAULT_GLOSSARY_GLOBS]),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'news']),
    quotesEnabled: c.get<boolean>('quotes.enabled', true),
    exportFormats: formats.length ? formats : ['json', 'w3c', 'brat'],
    decorationsMax: Math.max(0, c.get<number>('decorations.max', 10000)),
    maxFileSize: Math.max(0, c.get<number>('maxFileSize', 5 * 1024 * 1024)),
    hoverEnabled: c.get<boolean>('hover.enabled', true),
    overviewRuler: c.get<boolean>('decorations.overviewRuler', true),
    debounceMs: Math.max(0, c.get<number>('updateDelay', 100)),
  };
}

/**
 * What a settings change requires: "reload" re-reads the glossary files,
 * "rebuild" re-annotates open articles, "redraw" only repaints.
 */
export type ConfigImpact = 'reload' | 'rebuild' | 'redraw' | 'none';

export function impactOf(e: vscode.ConfigurationChangeEvent): ConfigImpact {
  if (e.affectsConfiguration('newsmark.glossary.files')) return 'reload';
  if (['newsmark.enabled', 'newsmark.languages', 'newsmark.quotes.enabled', 'newsmark.maxFileSize'].some((k) => e.affectsConfiguration(k))) return 'rebuild';
  if (e.affectsConfiguration('newsmark')) return 'redraw';
  return 'none';
}
