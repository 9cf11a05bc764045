// Loads where the newest wins, as of the glossaries: a load that a newer one
// overtook publishes nothing, and whoever asked for a load waits until the
// newest has finished, so what they read next includes everything that was
// on disk when they asked. (Resolving with the overtaken load made "create a
// new glossary entry and tag it" find no entry when a file watcher's reload
// came in between.)

export class NewestLoad {
  private started = 0;
  private running: Promise<void> | undefined;

  /** Starts `load`, which must publish nothing once `overtaken()` is true; resolves once no load is running. */
  async run(load: (overtaken: () => boolean) => Promise<void>): Promise<void> {
    const mine = ++this.started;
    const tracked = load(() => this.started !== mine).finally(() => {
      if (this.started === mine) this.running = undefined;
    });
    this.running = tracked;
    await tracked;
    await this.idle();
  }

  /** Resolves once no load is running (at once when none is). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }
}
