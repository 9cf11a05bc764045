import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newsmark, tempDir, write } from './run';

const GLOSSARY = `entities:
  - id: sergey-lavrov
    name: Sergey Lavrov
    type: person
    aliases: [Lavrov]
  - id: nameless
    type: person
`;
const ARTICLE = 'Sergey Lavrov met the press. "We will see," Lavrov said.\n';

describe('newsmark annotate: the compiled glossary kept between runs', () => {
  const setUp = () => {
    const dir = tempDir();
    const cache = path.join(dir, 'cache');
    write(dir, 'in/a.txt', ARTICLE);
    const glossary = write(dir, 'glossary.yaml', GLOSSARY);
    const run = (...extra: string[]) => newsmark(['annotate', 'in', '-g', glossary, '-o', 'out', '-f', 'json', ...extra], dir, { NEWSMARK_CACHE_DIR: cache });
    const sidecar = () => fs.readFileSync(path.join(dir, 'out', 'a.txt.annotations.json'), 'utf8');
    const entries = () => (fs.existsSync(cache) ? fs.readdirSync(cache) : []);
    return { dir, cache, glossary, run, sidecar, entries };
  };

  it('is written by the first run and read by the next, with the same sidecars and the same problems', () => {
    const t = setUp();
    const first = t.run();
    assert.equal(first.code, 1, 'the nameless entry is an error');
    assert.match(first.stderr, /glossary\.yaml:6:9: error: entity 'nameless': missing required field 'name'/);
    const written = t.sidecar();
    assert.equal(t.entries().length, 1);
    const entry = path.join(t.cache, t.entries()[0]!);
    fs.utimesSync(entry, new Date(2000, 0, 1), new Date(2000, 0, 1));
    fs.rmSync(path.join(t.dir, 'out'), { recursive: true });

    const second = t.run();
    assert.equal(second.code, 1);
    assert.equal(second.stderr, first.stderr);
    assert.equal(t.sidecar(), written);
    assert.ok(fs.statSync(entry).mtime.getFullYear() > 2000, 'the entry was read (a read marks it as recently used)');
  });

  it('is not used once a glossary file changes', () => {
    const t = setUp();
    t.run();
    fs.writeFileSync(t.glossary, GLOSSARY.replace('name: Sergey Lavrov', 'name: Sergey Viktorovich Lavrov').replace(/  - id: nameless[\s\S]*$/, ''));
    const again = t.run();
    assert.equal(again.code, 0, again.stderr);
    const doc = JSON.parse(t.sidecar());
    assert.deepEqual(doc.annotations.filter((a: { kind: string }) => a.kind === 'entity').map((a: { text: string }) => a.text), ['Lavrov', 'Lavrov'], 'the new name is not in the text; the alias is, twice');
    assert.equal(t.entries().length, 2);
  });

  it('is rebuilt when its file is damaged, and the run does not notice', () => {
    const t = setUp();
    t.run();
    const written = t.sidecar();
    const entry = path.join(t.cache, t.entries()[0]!);
    fs.writeFileSync(entry, 'not a cache entry');
    const again = t.run();
    assert.equal(again.code, 1, 'the same glossary error as before, nothing about the cache');
    assert.doesNotMatch(again.stderr, /cache/i);
    assert.equal(t.sidecar(), written);
    assert.ok(fs.statSync(entry).size > 1000, 'rewritten whole');
  });

  it('--no-cache compiles afresh and keeps nothing', () => {
    const t = setUp();
    const r = t.run('--no-cache');
    assert.equal(r.code, 1);
    assert.deepEqual(t.entries(), []);
  });

  it('keeps the eight most recently used glossaries', () => {
    const t = setUp();
    for (let i = 0; i < 10; i++) {
      fs.writeFileSync(t.glossary, GLOSSARY + `  - id: extra-${i}\n    name: Extra ${i}\n    type: other\n`);
      t.run();
    }
    assert.equal(t.entries().length, 8);
  });
});
