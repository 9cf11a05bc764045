// The CLI's sidecar writer thread: everything added is on disk when `finish`
// resolves, a failed write is reported once with its file, and when the
// thread cannot run the main thread writes it all.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BackgroundWrites } from '../../src/cli/backgroundWrites';
import { tempDir } from './run';

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

/** 300 articles' worth of sidecars (two each) into `dir`, through `writes`: more than it lets wait at once. */
async function addMany(writes: BackgroundWrites, dir: string): Promise<Map<string, string>> {
  const expected = new Map<string, string>();
  for (let i = 0; i < 300; i++) {
    const files = ['json', 'ann'].map((ext) => ({ file: path.join(dir, `${i}.${ext}`), content: `${ext} of article ${i}\n`.repeat(i % 7 + 1) }));
    for (const f of files) expected.set(f.file, f.content);
    await writes.add(files);
  }
  return expected;
}

describe('BackgroundWrites (the CLI)', () => {
  it('has every sidecar added on disk, whole, once finish resolves', async () => {
    const dir = tempDir();
    const reported: string[] = [];
    const writes = new BackgroundWrites((e) => reported.push(e.message));
    const expected = await addMany(writes, dir);
    await writes.finish();
    assert.deepEqual(reported, []);
    for (const [file, content] of expected) assert.equal(fs.readFileSync(file, 'utf8'), content);
    assert.deepEqual(leftovers(dir), []);
  });

  it('reports a write that fails once, with its file, and writes the others', async () => {
    const dir = tempDir();
    const blocked = path.join(dir, '7.json');
    fs.mkdirSync(blocked);
    fs.writeFileSync(path.join(blocked, 'keep.txt'), 'mine');
    const reported: string[] = [];
    const writes = new BackgroundWrites((e) => reported.push(e.message));
    const expected = await addMany(writes, dir);
    await writes.finish();
    assert.equal(reported.length, 1, reported.join('\n'));
    assert.match(reported[0]!, /7\.json: cannot write: .*; the file on disk was left as it was$/);
    assert.equal(fs.readFileSync(path.join(blocked, 'keep.txt'), 'utf8'), 'mine');
    for (const [file, content] of expected) if (file !== blocked) assert.equal(fs.readFileSync(file, 'utf8'), content);
    assert.deepEqual(leftovers(dir), []);
  });

  it('writes everything from the main thread when the writer thread cannot start', async () => {
    const dir = tempDir();
    const reported: string[] = [];
    const writes = new BackgroundWrites((e) => reported.push(e.message), path.join(dir, 'no-such-writer.js'));
    const expected = await addMany(writes, dir);
    await writes.finish();
    assert.deepEqual(reported, []);
    for (const [file, content] of expected) assert.equal(fs.readFileSync(file, 'utf8'), content);
  });

  it('writes from the main thread what the writer thread had not written when it stopped', async () => {
    const dir = tempDir();
    // a writer that writes nothing and stops at its tenth article
    const quitter = path.join(dir, 'quitter.js');
    fs.writeFileSync(quitter, "let n = 0; require('node:worker_threads').parentPort.on('message', () => { if (++n === 10) process.exit(0); });\n");
    const reported: string[] = [];
    const writes = new BackgroundWrites((e) => reported.push(e.message), quitter);
    const expected = await addMany(writes, dir);
    await writes.finish();
    assert.deepEqual(reported, []);
    for (const [file, content] of expected) assert.equal(fs.readFileSync(file, 'utf8'), content);
    assert.deepEqual(leftovers(dir), []);
  });
});
