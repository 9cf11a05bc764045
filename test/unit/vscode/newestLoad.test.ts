// The glossary store's reloads: a load overtaken by a newer one publishes
// nothing, and whoever asked for the older one waits for the newer one.
import assert from 'node:assert/strict';
import { NewestLoad } from '../../../src/vscode/util/newestLoad';

/** A load that finishes when told to, and records what it would publish. */
function controlled(name: string, published: string[]) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const load = async (overtaken: () => boolean) => {
    await done;
    if (!overtaken()) published.push(name);
  };
  return { load, finish };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('NewestLoad (glossary reloads)', () => {
  it('resolves a caller only after the newer load that overtook its own has finished', async () => {
    const published: string[] = [];
    const loads = new NewestLoad();
    const first = controlled('first', published);
    const second = controlled('second', published);
    let firstResolved = false;
    const asked = loads.run(first.load).then(() => (firstResolved = true));
    const newer = loads.run(second.load);
    first.finish();
    await tick();
    assert.equal(firstResolved, false, 'the overtaken load ended, but the newest has not');
    assert.deepEqual(published, [], 'the overtaken load publishes nothing');
    second.finish();
    await Promise.all([asked, newer]);
    assert.deepEqual(published, ['second']);
  });

  it('idle resolves at once with no load, and after the running ones otherwise', async () => {
    const loads = new NewestLoad();
    await loads.idle();
    const published: string[] = [];
    const only = controlled('only', published);
    const run = loads.run(only.load);
    let idle = false;
    const waiting = loads.idle().then(() => (idle = true));
    await tick();
    assert.equal(idle, false);
    only.finish();
    await Promise.all([run, waiting]);
    assert.deepEqual(published, ['only']);
  });
});
