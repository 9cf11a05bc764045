// The thread that writes a folder's sidecars while the CLI annotates the next
// articles (see backgroundWrites.ts): it writes each article's sidecars as
// they come, tells each failure, and says when it is done with the article.

import { parentPort } from 'node:worker_threads';
import { CliError } from './errors';
import { writeAtomic } from './fsio';
import type { FromWriter, ToWriter } from './backgroundWrites';

const port = parentPort;
port?.on('message', (files: ToWriter) => {
  for (const { file, content } of files) {
    try {
      writeAtomic(file, content);
    } catch (e) {
      const failure: FromWriter = { file, message: e instanceof CliError ? e.message : `${file}: cannot write: ${String(e)}` };
      port.postMessage(failure);
    }
  }
  port.postMessage('written' satisfies FromWriter);
});
