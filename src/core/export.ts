// Which sidecar files an article gets, and what they hold. The CLI and the
// extension both write exactly what this returns; they only do the I/O.

import type { Annotation, SourceInfo } from './model';
import { bratAnnotationConf, bratVisualConf, serializeNative, serializeW3C, toBrat, toNativeSidecar, toW3C } from './sidecar';
import type { CompiledGlossary } from './engine/compiledGlossary';

export type ExportFormat = 'json' | 'w3c' | 'brat';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'w3c', 'brat'];

/** Parses "json,w3c" (also accepting "jsonld" and "native"); returns the bad names if any. */
export function parseFormats(values: readonly string[]): { formats: ExportFormat[]; unknown: string[] } {
  const aliases: Record<string, ExportFormat> = { json: 'json', native: 'json', w3c: 'w3c', jsonld: 'w3c', brat: 'brat', ann: 'brat' };
  const formats: ExportFormat[] = [];
  const unknown: string[] = [];
  for (const value of values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean)) {
    const f = Object.prototype.hasOwnProperty.call(aliases, value) ? aliases[value] : undefined;
    if (!f) unknown.push(value);
    else if (!formats.includes(f)) formats.push(f);
  }
  return { formats, unknown };
}

/** Sidecar file names for an article file name, per format. */
export function sidecarName(articleFile: string, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${articleFile}.annotations.json`;
    case 'w3c':
      return `${articleFile}.annotations.jsonld`;
    case 'brat': {
      const dot = articleFile.lastIndexOf('.');
      return `${dot > 0 ? articleFile.slice(0, dot) : articleFile}.ann`;
    }
  }
}

export const BRAT_CONF_FILES = ['annotation.conf', 'visual.conf'] as const;

export interface SidecarContent {
  readonly format: ExportFormat;
  /** File name, to put beside the article (or in the output folder). */
  readonly name: string;
  readonly content: string;
}

export interface ArticleExport {
  readonly text: string;
  readonly source: SourceInfo;
  /** What the reader sees: detected and manual annotations placed in the text. */
  readonly annotations: readonly Annotation[];
  /** Manual annotations that could not be re-anchored: kept in the native sidecar only. */
  readonly orphaned: readonly Annotation[];
  /** Automatic annotations the reader removed: remembered in the native sidecar. */
  readonly suppressed: readonly Annotation[];
  /** Absolute IRI of the W3C sidecar, for the annotations' ids. */
  readonly w3cIri: string;
}

export function renderSidecars(article: ArticleExport, formats: readonly ExportFormat[], glossary: CompiledGlossary): SidecarContent[] {
  return formats.map((format) => ({ format, name: sidecarName(article.source.file, format), content: render(article, format, glossary) }));
}

function render(article: ArticleExport, format: ExportFormat, glossary: CompiledGlossary): string {
  switch (format) {
    case 'json':
      return serializeNative(toNativeSidecar(article.text, article.source, [...article.annotations, ...article.orphaned], article.suppressed));
    case 'w3c':
      return serializeW3C(toW3C(article.text, article.source, article.annotations, article.w3cIri, glossary.glossary.types));
    case 'brat':
      return toBrat(article.text, article.annotations, (id) => glossary.entity(id)?.name);
  }
}

/** annotation.conf and visual.conf for a folder whose articles use `types`. */
export function renderBratConfs(types: Iterable<string>, glossary: CompiledGlossary): SidecarContent[] {
  const all = [...new Set([...glossary.glossary.types.keys(), ...types])].sort();
  const colors = new Map<string, string>();
  for (const [id, info] of glossary.glossary.types) if (info.color) colors.set(id, info.color);
  return [
    { format: 'brat', name: 'annotation.conf', content: bratAnnotationConf(all) },
    { format: 'brat', name: 'visual.conf', content: bratVisualConf(all, colors) },
  ];
}
