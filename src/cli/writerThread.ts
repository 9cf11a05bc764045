// The thread that writes a folder's sidecars while the CLI annotates the next
// articles (see backgroundWrites.ts): it writes each article's sidecars as
// they come, tells each failure, and says when it is done with the article.

import { parentPort } from 'node:worker_threads';
import { writeEach } from './fsio';
import type { FromWriter, ToWriter } from './backgroundWrites';

const port = parentPort;
port?.on('message', (files: ToWriter) => {
  writeEach(files, (e) => port.postMessage({ failed: e.message } satisfies FromWriter));
  port.postMessage('written' satisfies FromWriter);
});
