// Reads and writes an article's sidecars. A native sidecar that cannot be
// read is reported and never overwritten; each file is written atomically
// (util/fsAtomic), and the writes of one article never interleave.

import * as vscode from 'vscode';
import type { CompiledGlossary } from '../core/engine/compiledGlossary';
import { EXPORT_FORMATS, renderBratConfs, renderSidecars, sidecarName, type ExportFormat, type SidecarContent } from '../core/export';
import { sha256Hex } from '../core/hash';
import type { Annotation } from '../core/model';
import { codePointLength } from '../core/offsets';
import { parseNative } from '../core/sidecar';
import type { ArticleModel } from './articleModel';
import { baseName, readFileIfExists, siblingUri, writeFileAtomic } from './util/fsAtomic';
import { KeyedQueue } from './util/keyedQueue';

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

/** The end of every native sidecar's name (`article.txt.annotations.json`). */
export const NATIVE_SIDECAR_SUFFIX = sidecarName('', 'json');

/** What a write did: the files written, and those that failed (each left on disk as it was). */
export interface WriteOutcome {
  readonly written: vscode.Uri[];
  readonly failed: { readonly uri: vscode.Uri; readonly reason: string }[];
}

export class SidecarStore {
  /** Per article: the writes in progress, so two never interleave and the later one always writes the later state. */
  private readonly queue = new KeyedQueue();

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

  /** Writes the native sidecar with the model's current annotations and layer; throws when it cannot. */
  async saveLayer(model: ArticleModel): Promise<void> {
    const outcome = await this.exportModel(model, ['json']);
    if (model.sidecarProblem) throw new Error(`${model.sidecarProblem}; it was kept and not overwritten`);
    if (outcome.failed.length) throw new Error(outcome.failed.map((f) => f.reason).join('; '));
  }

  /**
   * Writes the sidecars of an open article from its state when its turn comes (writes of one
   * article run one after another). A native sidecar that could not be read is left out, and
   * nothing is written for an article that is no longer on disk: that would bring back the
   * sidecars of a deleted file.
   */
  exportModel(model: ArticleModel, formats: readonly ExportFormat[]): Promise<WriteOutcome> {
    return this.serialized(model.uri, async () => {
      await model.sidecarLoaded; // writing before the stored layer is known would drop it
      if (model.skipped?.kind === 'notText') return { written: [], failed: [{ uri: model.uri, reason: `${baseName(model.uri)}: ${model.skipped.reason}` }] };
      const gone = await missing(model.uri);
      if (gone) return { written: [], failed: [{ uri: model.uri, reason: gone }] };
      const version = model.version;
      const outcome = await this.writeNow(this.inputOf(model), formats, (f) => (f === 'json' ? model.sidecarProblem : undefined));
      const json = this.nativeUri(model.uri).toString();
      if (formats.includes('json') && !model.sidecarProblem && model.version === version && outcome.written.some((u) => u.toString() === json)) {
        model.layerDirty = false;
      }
      return outcome;
    });
  }

  /**
   * Moves the native sidecar of an article aside to `<name>.bad-<UTC time>` (never over another
   * file), so that a fresh one can take its name; the moved file keeps every byte.
   */
  setAside(article: vscode.Uri): Promise<vscode.Uri> {
    return this.serialized(article, async () => {
      const sidecar = this.nativeUri(article);
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      for (let n = 1; ; n++) {
        const aside = siblingUri(article, `${baseName(sidecar)}.bad-${stamp}${n > 1 ? `-${n}` : ''}`);
        try {
          await vscode.workspace.fs.rename(sidecar, aside, { overwrite: false });
          return aside;
        } catch (e) {
          if (!(e instanceof vscode.FileSystemError && e.code === 'FileExists') || n >= 100) throw e;
        }
      }
    });
  }

  /**
   * Moves the sidecars of an article that was renamed or moved to the names of its new place
   * (after any write of it in progress), each with one rename that never replaces a file; a
   * sidecar whose new name is taken stays where it was, and is reported.
   */
  follow(from: vscode.Uri, to: vscode.Uri): Promise<{ moved: vscode.Uri[]; kept: { uri: vscode.Uri; reason: string }[] }> {
    return this.serialized(from, async () => {
      const moved: vscode.Uri[] = [];
      const kept: { uri: vscode.Uri; reason: string }[] = [];
      for (const format of EXPORT_FORMATS) {
        const source = siblingUri(from, sidecarName(baseName(from), format));
        const target = siblingUri(to, sidecarName(baseName(to), format));
        if (source.toString() === target.toString()) continue; // brat's x.ann serves x.txt and x.md alike
        if (!(await vscode.workspace.fs.stat(source).then(() => true, () => false))) continue;
        try {
          await vscode.workspace.fs.rename(source, target, { overwrite: false });
          moved.push(target);
        } catch (e) {
          const taken = e instanceof vscode.FileSystemError && e.code === 'FileExists';
          kept.push({ uri: source, reason: taken ? `${baseName(target)} exists already` : e instanceof Error ? e.message : String(e) });
        }
      }
      return { moved, kept };
    });
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

  /** Writes the sidecars of `formats` beside an article that is not open, after any write of it in progress. */
  write(input: ExportInput, formats: readonly ExportFormat[], problemFor?: (format: ExportFormat) => string | undefined): Promise<WriteOutcome> {
    return this.serialized(input.uri, () => this.writeNow(input, formats, problemFor));
  }

  private serialized<T>(article: vscode.Uri, task: () => Promise<T>): Promise<T> {
    return this.queue.run(article.toString(), task);
  }

  /** Renders and writes each sidecar; one that fails is reported and the others are still written. */
  private async writeNow(input: ExportInput, formats: readonly ExportFormat[], problemFor?: (format: ExportFormat) => string | undefined): Promise<WriteOutcome> {
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
    const outcome: WriteOutcome = { written: [], failed: [] };
    for (const s of sidecars) {
      const uri = siblingUri(input.uri, s.name);
      try {
        await writeFileAtomic(uri, s.content);
        outcome.written.push(uri);
      } catch (e) {
        outcome.failed.push({ uri, reason: e instanceof Error ? e.message : String(e) });
      }
    }
    return outcome;
  }
}

/** Why an article's sidecars must not be written because the article is not on disk, or undefined. */
async function missing(article: vscode.Uri): Promise<string | undefined> {
  try {
    await vscode.workspace.fs.stat(article);
    return undefined;
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code !== 'FileNotFound') return undefined;
    return `${baseName(article)} is not on disk (deleted, moved, or never saved): save it first, so its annotations are not written beside a file that does not exist`;
  }
}
