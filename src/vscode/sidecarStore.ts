// Reads and writes an article's sidecars through vscode.workspace.fs. A
// native sidecar that cannot be read is reported and never overwritten.

import * as vscode from 'vscode';
import type { CompiledGlossary } from '../core/engine/compiledGlossary';
import { renderBratConfs, renderSidecars, sidecarName, type ExportFormat, type SidecarContent } from '../core/export';
import { sha256Hex } from '../core/hash';
import type { Annotation } from '../core/model';
import { codePointLength } from '../core/offsets';
import { parseNative } from '../core/sidecar';
import type { ArticleModel } from './articleModel';
import { baseName, readFileIfExists, siblingUri, writeFileAtomic } from './util/fsAtomic';

export type StoredLayer =
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly problem: string }
  | { readonly kind: 'ok'; readonly value: { readonly annotations: readonly Annotation[]; readonly suppressed: readonly Annotation[] } };

export interface ExportInput {
  readonly uri: vscode.Uri;
  readonly text: string;
  readonly annotations: readonly Annotation[];
  readonly orphaned: readonly Annotation[];
  readonly suppressed: readonly Annotation[];
  readonly glossary: CompiledGlossary;
  /** The file's bytes when they were read (the sidecar's sha256 is of the bytes); else the text is encoded. */
  readonly bytes?: Uint8Array;
}

export class SidecarStore {
  nativeUri(article: vscode.Uri): vscode.Uri {
    return siblingUri(article, sidecarName(baseName(article), 'json'));
  }

  /** The stored layer of `article`, with offsets converted against `text` (the article's current text). */
  async read(article: vscode.Uri, text: string): Promise<StoredLayer> {
    const uri = this.nativeUri(article);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readFileIfExists(uri);
    } catch (e) {
      return { kind: 'unreadable', problem: `${baseName(uri)}: cannot read it: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!bytes) return { kind: 'none' };
    const parsed = parseNative(new TextDecoder().decode(bytes), text);
    if (!parsed.ok) return { kind: 'unreadable', problem: `${baseName(uri)}: ${parsed.error}` };
    return { kind: 'ok', value: parsed.value };
  }

  /** Writes the native sidecar with the model's current annotations and layer. */
  async saveLayer(model: ArticleModel): Promise<void> {
    if (model.sidecarProblem) throw new Error(`${model.sidecarProblem}; it was kept and not overwritten`);
    await this.write(this.inputOf(model), ['json']);
    model.layerDirty = false;
  }

  inputOf(model: ArticleModel): ExportInput {
    return {
      uri: model.uri,
      text: model.currentText,
      annotations: model.annotations,
      orphaned: model.orphaned,
      suppressed: model.userLayer.suppressed,
      glossary: model.compiledGlossary,
    };
  }

  /** Writes the sidecars of `formats` beside the article; returns the files written. */
  async write(input: ExportInput, formats: readonly ExportFormat[], problemFor?: (format: ExportFormat) => string | undefined): Promise<vscode.Uri[]> {
    const bytes = input.bytes ?? new TextEncoder().encode(input.text);
    const name = baseName(input.uri);
    const source = { file: name, uri: input.uri.toString(), sha256: await sha256Hex(bytes), length: codePointLength(input.text) };
    const w3cIri = siblingUri(input.uri, sidecarName(name, 'w3c')).toString();
    const sidecars: SidecarContent[] = renderSidecars(
      { text: input.text, source, annotations: input.annotations, orphaned: input.orphaned, suppressed: input.suppressed, w3cIri },
      formats.filter((f) => !problemFor?.(f)),
      input.glossary,
    );
    if (formats.includes('brat')) {
      const types = new Set(input.annotations.flatMap((a) => (a.kind === 'entity' ? [a.type] : [])));
      sidecars.push(...renderBratConfs(types, input.glossary));
    }
    const written: vscode.Uri[] = [];
    for (const s of sidecars) {
      const uri = siblingUri(input.uri, s.name);
      await writeFileAtomic(uri, s.content);
      written.push(uri);
    }
    return written;
  }
}
