// Writes a folder's sidecars on a thread of their own while the next articles
// are annotated.
//
// Measured over 2,000 articles on this 2-core machine, interleaved runs:
// - Node's asynchronous fs hands each open, write, close and rename to its
//   thread pool and back, about 0.1 ms of the main thread's time per sidecar:
//   1.6 s for the run, against 1.36 s with synchronous writes.
// - Synchronous writes stall the main thread where creating a file is slow
//   (here, ext4 without a journal just after deletions: 0.5 ms a file), and
//   there they took 2.1 s against the thread pool's 1.8 s.
// - One thread that writes synchronously, sent one message per article, gave
//   1.39 s and 1.76 s: the best of both.
// Should that thread fail to start or stop early, the main thread writes
// what was sent; a write is a rename of a whole file, so doing one twice is harmless.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeAtomic } from './fsio';

export interface FileToWrite {
  readonly file: string;
  readonly content: string;
}

/** What the writer thread is sent: one article's sidecars, or 'end' once all are sent. */
export type ToWriter = readonly FileToWrite[] | 'end';
/** What it answers: a write that failed (its one-line message), or 'ended' once everything sent before 'end' is written. */
export type FromWriter = { readonly file: string; readonly message: string } | 'ended';

/** Built beside this file: dist/writerThread.js from the bundle, out/src/cli/writerThread.js from the compiled tests. */
const WRITER_SCRIPT = path.join(__dirname, 'writerThread.js');

export class BackgroundWrites {
  private readonly worker: Worker | undefined;
  private readonly sent: FileToWrite[] = [];
  private readonly reported = new Set<string>();
  private readonly ended: Promise<boolean>;

  /** `report` gets the message of each write that failed, once, by the time `finish` resolves. */
  constructor(private readonly report: (message: string) => void, script = WRITER_SCRIPT) {
    let worker: Worker | undefined;
    try {
      worker = new Worker(script);
    } catch {
      worker = undefined; // the main thread writes everything in `finish`
    }
    this.worker = worker;
    this.ended = new Promise<boolean>((resolve) => {
      if (!worker) return resolve(false);
      worker.on('message', (message: FromWriter) => {
        if (message === 'ended') return resolve(true);
        this.reported.add(message.file);
        this.report(message.message);
      });
      worker.on('error', () => resolve(false));
      worker.on('exit', () => resolve(false));
    });
    // until `finish` waits for it, the thread must not keep the process alive (an internal error ends the run)
    worker?.unref();
  }

  /** Queues one article's sidecars. */
  add(files: readonly FileToWrite[]): void {
    if (!files.length) return;
    this.sent.push(...files);
    this.worker?.postMessage(files satisfies ToWriter);
  }

  /** Resolves once every file added is written or reported. */
  async finish(): Promise<void> {
    if (this.worker) {
      this.worker.ref();
      this.worker.postMessage('end' satisfies ToWriter);
    }
    const allWritten = await this.ended;
    if (!allWritten) {
      for (const f of this.sent) {
        if (this.reported.has(f.file)) continue;
        try {
          writeAtomic(f.file, f.content);
        } catch (e) {
          this.report(e instanceof Error ? e.message : String(e));
        }
      }
    }
    await this.worker?.terminate();
  }
}
