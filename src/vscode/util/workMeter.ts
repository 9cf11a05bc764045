// Counts what Newsmark does in the extension host, so the editor benchmark
// and the tests can read it through the API: how often an article's text is
// analysed from scratch, the milliseconds spent in each kind of handler, and
// the setDecorations calls per decoration type. Everything is cumulative
// since activation; readers take differences. Timing costs two
// performance.now() calls per handler run, nothing on other paths.

/** The extension-host work Newsmark times. */
export type WorkKind =
  /** analysing an article that became visible */
  | 'open'
  /** the whole analysis of a long article, once the mentions in view are shown */
  | 'deferred'
  /** following a document change (onDidChangeTextDocument), with the listeners it fires; the re-annotation waits for whoever next reads the annotations */
  | 'edit'
  /** re-analysing open articles after a glossary or settings change */
  | 'rebuild'
  /** painting an editor's decorations (bringing the annotations up to date with the edits first) */
  | 'refresh'
  /** rebuilding the Annotations view */
  | 'tree'
  /** updating the status bar item */
  | 'status'
  /** answering VS Code's requests for the Outline (breadcrumbs and sticky scroll ask after every edit) */
  | 'symbols';

export interface WorkStats {
  /** Full analyses of an article's text (matching it against the glossary from scratch). */
  readonly analyses: number;
  /** Decoration refreshes of an editor. */
  readonly refreshes: number;
  /** Milliseconds spent, per kind of work. */
  readonly ms: Readonly<Record<WorkKind, number>>;
  /** Times each kind of work ran. */
  readonly runs: Readonly<Record<WorkKind, number>>;
  /** setDecorations calls per decoration key ("entity:person", "quote:direct", …). */
  readonly setDecorations: Readonly<Record<string, number>>;
}

const KINDS: readonly WorkKind[] = ['open', 'deferred', 'edit', 'rebuild', 'refresh', 'tree', 'status', 'symbols'];

export class WorkMeter {
  private analyses = 0;
  private refreshes = 0;
  private readonly ms = new Map<WorkKind, number>();
  private readonly runs = new Map<WorkKind, number>();
  private readonly calls = new Map<string, number>();
  // Handlers fire listeners that are timed too (a refresh updates the status bar): each kind gets
  // its own time less that of the work nested in it, so the kinds add up and nothing counts twice.
  private readonly nested: number[] = [];

  time<T>(kind: WorkKind, work: () => T): T {
    const started = performance.now();
    this.nested.push(0);
    try {
      return work();
    } finally {
      const elapsed = performance.now() - started;
      const inner = this.nested.pop() ?? 0;
      if (this.nested.length) this.nested[this.nested.length - 1]! += elapsed;
      this.ms.set(kind, (this.ms.get(kind) ?? 0) + elapsed - inner);
      this.runs.set(kind, (this.runs.get(kind) ?? 0) + 1);
    }
  }

  analysed(count = 1): void {
    this.analyses += count;
  }

  refreshed(): void {
    this.refreshes++;
  }

  setDecorations(key: string): void {
    this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
  }

  snapshot(): WorkStats {
    const of = (m: Map<WorkKind, number>) => Object.fromEntries(KINDS.map((k) => [k, m.get(k) ?? 0])) as Record<WorkKind, number>;
    return { analyses: this.analyses, refreshes: this.refreshes, ms: of(this.ms), runs: of(this.runs), setDecorations: Object.fromEntries(this.calls) };
  }
}
