// Paints annotations in the visible editors: one decoration type per entity
// type and quote style, every range of a type in one setDecorations call, at
// most `newsmark.decorations.max` ranges per editor (the status bar says when
// the cap hides some). Refreshes are debounced while typing and immediate
// when the visible editors change. An editor already showing its article's
// current state is not painted again, and a type whose ranges did not change
// is not sent again: each call ships every range of its type to the renderer,
// and a keystroke moves only the ranges after it on its line.

import * as vscode from 'vscode';
import type { Annotation } from '../../core/model';
import type { ArticleModel } from '../articleModel';
import type { ArticleStore } from '../articleStore';
import type { NewsmarkConfig } from '../config';
import { Disposable } from '../util/dispose';
import type { LinePositions } from '../util/linePositions';
import type { WorkMeter } from '../util/workMeter';
import { entityDecoration, quoteDecoration, speakerDecoration, type DecorationKey } from './palette';

export interface AppliedDecorations {
  /** Ranges per decoration key, as last applied to the editor of this document. */
  readonly ranges: ReadonlyMap<DecorationKey, readonly vscode.Range[]>;
  /** Annotations left unpainted because of the cap. */
  readonly hidden: number;
  /** setDecorations calls made in the last refresh of this document: at most one per type, none for a type whose ranges did not change. */
  readonly calls: number;
  /** True while a long article shows only the mentions in view, its whole analysis to come (see ArticleModel). */
  readonly partial: boolean;
}

/** What one editor shows, as of its last paint. */
interface Painted {
  readonly model: ArticleModel | undefined;
  readonly version: number;
  readonly visible: boolean;
  readonly generation: number;
  readonly ranges: ReadonlyMap<DecorationKey, readonly vscode.Range[]>;
}

/** The ranges of one decoration type as a paint builds them, beside those the editor shows. */
interface TypeSlot {
  readonly ranges: vscode.Range[];
  readonly shown: readonly vscode.Range[] | undefined;
  /** Whether some range differs from the one shown at its index. */
  changed: boolean;
}

export class Decorations extends Disposable {
  private readonly types = new Map<DecorationKey, vscode.TextEditorDecorationType>();
  private readonly applied = new Map<string, AppliedDecorations>();
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  // TextEditor objects are not reused: an editor that is shown again is a new one, with nothing painted
  private readonly painted = new WeakMap<vscode.TextEditor, Painted>();
  /** Bumped when the decoration types are disposed: editors then show none of the new ones. */
  private generation = 0;
  private visible = true;
  private readonly refreshed = this.register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidRefresh = this.refreshed.event;

  constructor(private config: NewsmarkConfig, private readonly articles: ArticleStore, private readonly meter: WorkMeter) {
    super();
    this.register(articles.onDidChange((model) => this.schedule(model)));
    this.register(articles.onDidRemove((uri) => this.applied.delete(uri.toString())));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.refreshAll()));
    this.register({ dispose: () => this.disposeTypes() });
    this.register({ dispose: () => this.pending.forEach((t) => clearTimeout(t)) });
  }

  get highlightsVisible(): boolean {
    return this.visible;
  }

  appliedTo(uri: vscode.Uri): AppliedDecorations | undefined {
    return this.applied.get(uri.toString());
  }

  toggle(): boolean {
    this.visible = !this.visible;
    this.refreshAll();
    return this.visible;
  }

  updateConfig(config: NewsmarkConfig): void {
    this.config = config;
    this.disposeTypes();
    this.refreshAll();
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      // painted now with the latest state, so a refresh scheduled for it would repeat this one
      const key = editor.document.uri.toString();
      clearTimeout(this.pending.get(key));
      this.pending.delete(key);
      this.paint(editor);
    }
  }

  private schedule(model: ArticleModel): void {
    const key = model.uri.toString();
    // typing waits for a pause; anything else (an open, its whole analysis made, a tag) shows at once
    const wait = this.applied.has(key) && model.lastChange === 'edit' ? this.config.debounceMs : 0;
    clearTimeout(this.pending.get(key));
    this.pending.set(key, setTimeout(() => {
      this.pending.delete(key);
      for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) this.paint(editor);
    }, wait));
  }

  private paint(editor: vscode.TextEditor): void {
    this.meter.time('refresh', () => this.paintNow(editor));
  }

  private paintNow(editor: vscode.TextEditor): void {
    const model = this.articles.get(editor.document.uri);
    const before = this.painted.get(editor);
    const version = model?.version ?? -1;
    if (before && before.model === model && before.version === version && before.visible === this.visible && before.generation === this.generation) return;
    this.meter.refreshed();
    // what the editor shows, where it is still valid: a keystroke moves few ranges, and an equal
    // range is taken over rather than built again, so unchanged types are known without comparing
    const shown = before?.generation === this.generation ? before.ranges : undefined;
    // one map lookup per annotation (its type's slot), not one per list read and written
    const slots = new Map<DecorationKey, TypeSlot>();
    const slotOf = (key: DecorationKey, model: ArticleModel): TypeSlot => {
      let slot = slots.get(key);
      if (!slot) {
        this.typeFor(key, model);
        slots.set(key, (slot = { ranges: [], shown: shown?.get(key), changed: false }));
      }
      return slot;
    };
    const add = (slot: TypeSlot, start: number, end: number, lines: LinePositions) => {
      const old = slot.shown?.[slot.ranges.length];
      const range = lines.range(start, end, old);
      if (range !== old) slot.changed = true;
      slot.ranges.push(range);
    };
    let hidden = 0;
    if (model && this.visible) {
      const lines = model.lines;
      const all = model.annotationsSoFar;
      const max = this.config.decorationsMax;
      let count = 0;
      for (const a of all) {
        if (count >= max) {
          hidden = all.length - count;
          break;
        }
        count++;
        add(slotOf(keyOf(a), model), a.start, a.end, lines);
        if (a.kind === 'quote' && a.speaker && a.speaker.start >= 0) add(slotOf('speaker', model), a.speaker.start, a.speaker.end, lines);
      }
    }
    const byKey = new Map<DecorationKey, vscode.Range[]>();
    for (const [key, slot] of slots) byKey.set(key, slot.ranges);
    let calls = 0;
    for (const [key, type] of this.types) {
      const slot = slots.get(key);
      const ranges = slot?.ranges ?? [];
      if (!slot?.changed && ranges.length === (shown?.get(key)?.length ?? 0)) continue;
      editor.setDecorations(type, ranges);
      this.meter.setDecorations(key);
      calls++;
    }
    this.painted.set(editor, { model, version, visible: this.visible, generation: this.generation, ranges: byKey });
    this.applied.set(editor.document.uri.toString(), { ranges: byKey, hidden, calls, partial: model?.partial ?? false });
    this.refreshed.fire(editor.document.uri);
  }

  private typeFor(key: DecorationKey, model: ArticleModel): vscode.TextEditorDecorationType {
    let type = this.types.get(key);
    if (!type) {
      const ruler = this.config.overviewRuler;
      const options = key === 'quote:direct' ? quoteDecoration('direct', ruler)
        : key === 'quote:term' ? quoteDecoration('term', ruler)
        : key === 'speaker' ? speakerDecoration()
        : entityDecoration(key.slice('entity:'.length), model.compiledGlossary.typeInfo(key.slice('entity:'.length)), ruler);
      type = vscode.window.createTextEditorDecorationType(options);
      this.types.set(key, type);
    }
    return type;
  }

  private disposeTypes(): void {
    for (const t of this.types.values()) t.dispose();
    this.types.clear();
    this.generation++;
  }
}

// one key string per entity type, not one per annotation and refresh
const entityKeys = new Map<string, DecorationKey>();

function keyOf(a: Annotation): DecorationKey {
  if (a.kind !== 'entity') return a.style === 'direct' ? 'quote:direct' : 'quote:term';
  let key = entityKeys.get(a.type);
  if (!key) entityKeys.set(a.type, (key = `entity:${a.type}`));
  return key;
}
