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
//   1.31 s and 1.57 s: the best of both.
// At most MAX_UNWRITTEN articles wait for the thread at any time, so a slow
// disk holds back the annotating rather than filling the memory with
// sidecars. Should the thread fail to start or stop early, the main thread
// writes what it had not written yet; a write is a rename of a whole file, so
// writing one twice is harmless.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { badInput, type CliError } from './errors';
import { writeEach, type FileToWrite } from './fsio';

/** What the writer thread is sent: one article's sidecars. */
export type ToWriter = readonly FileToWrite[];
/** What it answers: a write that failed (its one-line message), and 'written' after each article, failures included. */
export type FromWriter = { readonly failed: string } | 'written';

/** Built beside this file: dist/writerThread.js from the bundle, out/src/cli/writerThread.js from the compiled tests. */
const WRITER_SCRIPT = path.join(__dirname, 'writerThread.js');

/** Articles sent to the thread and not yet written, at most (a few megabytes of sidecars). */
const MAX_UNWRITTEN = 256;

export class BackgroundWrites {
  private worker: Worker | undefined;
  /** What the thread was sent and has not said it wrote, oldest first. */
  private readonly unwritten: (readonly FileToWrite[])[] = [];
  /** Wakes whoever waits for the thread's next word. */
  private wake: (() => void) | undefined;

  /** `report` gets each write that failed, once, by the time `finish` resolves. */
  constructor(private readonly report: (e: CliError) => void, script = WRITER_SCRIPT) {
    try {
      const worker = new Worker(script);
      worker.on('message', (message: FromWriter) => {
        if (message === 'written') this.unwritten.shift();
        else this.report(badInput(message.failed));
        this.wakeUp();
      });
      worker.on('error', () => this.lost());
      worker.on('exit', () => this.lost());
      // it must not keep the process alive unless someone waits for it (an internal error ends the run)
      worker.unref();
      this.worker = worker;
    } catch {
      this.worker = undefined; // the main thread writes everything
    }
  }

  /** Hands one article's sidecars to the thread; waits first while MAX_UNWRITTEN articles are still to be written. */
  async add(files: readonly FileToWrite[]): Promise<void> {
    if (!files.length) return;
    while (this.worker && this.unwritten.length >= MAX_UNWRITTEN) await this.writerAnswers();
    if (!this.worker) return writeEach(files, this.report);
    this.unwritten.push(files);
    this.worker.postMessage(files satisfies ToWriter);
  }

  /** Resolves once every file added is written or reported. */
  async finish(): Promise<void> {
    while (this.worker && this.unwritten.length) await this.writerAnswers();
    // the thread is idle (or gone): whatever it did not write is written here
    for (const files of this.unwritten.splice(0)) writeEach(files, this.report);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private async writerAnswers(): Promise<void> {
    this.worker?.ref();
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.worker?.unref();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  /** The thread stopped before it was told to: the main thread takes over. */
  private lost(): void {
    this.worker = undefined;
    this.wakeUp();
  }
}
