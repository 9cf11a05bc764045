// The CLI's atomic write, failed on purpose at each step: the old sidecar must
// come through every failure byte for byte, with no temporary file left over.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeAtomic } from '../../src/cli/fsio';
import { CliError } from '../../src/cli/errors';
import { tempDir } from './run';

const OLD = '{"format": "newsmark.annotations", "version": 1, "annotations": []}\n';
const NEW = '{"format": "newsmark.annotations", "version": 1, "annotations": [' + '{}, '.repeat(10_000) + '{}]}\n';

function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** Replaces one function of Node's fs module (which fsio reads through its import's getters) while `run` runs. */
function stubbed<K extends 'writeFileSync' | 'renameSync'>(name: K, replacement: (typeof fs)[K], run: () => void): void {
  const real = require('node:fs') as Record<K, unknown>;
  const original = real[name];
  real[name] = replacement;
  try {
    run();
  } finally {
    real[name] = original;
  }
}

function failure(run: () => void): CliError {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof CliError, `expected a CliError, got ${String(e)}`);
    return e;
  }
  return assert.fail('the write did not fail');
}

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'));
}

describe('writeAtomic (the CLI)', () => {
  let dir: string, file: string;
  beforeEach(() => {
    dir = tempDir();
    file = path.join(dir, 'a.txt.annotations.json');
    fs.writeFileSync(file, OLD);
  });

  it('replaces the file and leaves no temporary file', () => {
    writeAtomic(file, NEW);
    assert.equal(fs.readFileSync(file, 'utf8'), NEW);
    assert.deepEqual(leftovers(dir), []);
  });

  it('a disk that fills up midway leaves the old file whole', () => {
    const realWrite = fs.writeFileSync;
    const halfThenFull = ((target: fs.PathOrFileDescriptor, data: string, options: fs.WriteFileOptions) => {
      realWrite(target, data.slice(0, data.length / 2), options); // half of it reaches the disk
      throw fsError('ENOSPC');
    }) as typeof fs.writeFileSync;
    const e = failure(() => stubbed('writeFileSync', halfThenFull, () => writeAtomic(file, NEW)));
    assert.equal(e.exitCode, 1);
    assert.equal(e.message, `${file}: cannot write: no space left on the device; the file on disk was left as it was`);
    assert.equal(fs.readFileSync(file, 'utf8'), OLD);
    assert.deepEqual(leftovers(dir), []);
  });

  it('a rename that fails leaves the old file whole', () => {
    const e = failure(() => stubbed('renameSync', () => { throw fsError('EXDEV'); }, () => writeAtomic(file, NEW)));
    assert.match(e.message, /cannot write: EXDEV: simulated; the file on disk was left as it was$/);
    assert.equal(fs.readFileSync(file, 'utf8'), OLD);
    assert.deepEqual(leftovers(dir), []);
  });

  it('a folder where the sidecar should be is reported and left alone', () => {
    const blocked = path.join(dir, 'b.txt.annotations.json');
    fs.mkdirSync(blocked);
    fs.writeFileSync(path.join(blocked, 'keep.txt'), 'mine');
    const e = failure(() => writeAtomic(blocked, NEW));
    assert.match(e.message, /b\.txt\.annotations\.json: cannot write: /);
    assert.equal(fs.readFileSync(path.join(blocked, 'keep.txt'), 'utf8'), 'mine');
    assert.deepEqual(leftovers(dir), []);
  });

  it('a folder that cannot be written to is reported, and the old file is whole', function () {
    // root writes anywhere: the permission check cannot be made to fail under it
    if (process.getuid?.() === 0) this.skip();
    fs.chmodSync(dir, 0o555);
    try {
      const e = failure(() => writeAtomic(file, NEW));
      assert.match(e.message, /cannot write: permission denied; the file on disk was left as it was$/);
      assert.equal(fs.readFileSync(file, 'utf8'), OLD);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});
