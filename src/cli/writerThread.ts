// The thread that writes a folder's sidecars while the CLI annotates the next
// articles (see backgroundWrites.ts). It writes each batch it is sent, tells
// the failures, and says when it has written everything sent before 'end'.

import { parentPort } from 'node:worker_threads';
import { CliError } from './errors';
import { writeAtomic } from './fsio';
import type { FromWriter, ToWriter } from './backgroundWrites';

const port = parentPort;
if (port) {
  port.on('message', (message: ToWriter) => {
    if (message === 'end') {
      port.postMessage('ended' satisfies FromWriter);
      port.close();
      return;
    }
    for (const { file, content } of message) {
      try {
        writeAtomic(file, content);
      } catch (e) {
        const failure: FromWriter = { file, message: e instanceof CliError ? e.message : `${file}: cannot write: ${String(e)}` };
        port.postMessage(failure);
      }
    }
  });
}
