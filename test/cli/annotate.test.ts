import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newsmark, SAMPLES, tempDir, write } from './run';

const GLOSSARY = `entities:
  - id: sergey-lavrov
    name: Sergey Lavrov
    type: person
    aliases: [Lavrov]
  - id: armenia
    name: Armenia
    type: place
`;
const ARTICLE = 'Sergey Lavrov said that "Armenia occupied the lands for many years" on Monday.\n';

describe('newsmark annotate', () => {
  it('with no argument runs the demo on the bundled sample and says where the sidecars went', () => {
    const out = tempDir();
    const r = newsmark(['annotate', '-o', out], out);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /000_03eb9b906080eadc\.txt/);
    assert.match(r.stdout, /Entities: \d+ mentions/);
    assert.match(r.stdout, /Person \(\d+\)\s+Sergey Lavrov ×\d+/);
    assert.match(r.stdout, /Outburst of violence|outburst of violence/i);
    assert.match(r.stdout, /— Sergey Lavrov/);
    assert.match(r.stdout, /term\s+“pro-Azerbaijani”/);
    for (const f of ['000_03eb9b906080eadc.txt.annotations.json', '000_03eb9b906080eadc.txt.annotations.jsonld', '000_03eb9b906080eadc.ann', 'annotation.conf', 'visual.conf']) {
      assert.ok(fs.existsSync(path.join(out, f)), `${f} written`);
      assert.match(r.stdout, new RegExp(f.replace(/\./g, '\\.')));
    }
  });

  it('colours the demo only on a terminal or when FORCE_COLOR is set', () => {
    const out = tempDir();
    assert.doesNotMatch(newsmark(['annotate', '-o', out], out).stdout, /\x1b\[/);
    assert.match(newsmark(['annotate', '-o', out], out, { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout, /\x1b\[1m/);
  });

  it('annotates a file beside itself with the glossary found under the current folder', () => {
    const dir = tempDir();
    write(dir, 'glossary.yaml', GLOSSARY);
    const article = write(dir, 'news/a.txt', ARTICLE);
    const r = newsmark(['annotate', 'news/a.txt', '-f', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(fs.readFileSync(article + '.annotations.json', 'utf8'));
    assert.equal(doc.format, 'newsmark.annotations');
    const lavrov = doc.annotations.find((a: { entity?: string }) => a.entity === 'sergey-lavrov');
    assert.deepEqual([lavrov.start, lavrov.end, lavrov.text], [0, 13, 'Sergey Lavrov']);
    const quote = doc.annotations.find((a: { kind: string }) => a.kind === 'quote');
    assert.equal(quote.text, 'Armenia occupied the lands for many years');
    assert.equal(quote.speaker.entity, 'sergey-lavrov');
    assert.ok(!fs.existsSync(article + '.annotations.jsonld'), 'only the json format was asked for');
  });

  it('annotates every article of a folder, mirroring its layout under -o', () => {
    const dir = tempDir();
    write(dir, 'in/one.txt', ARTICLE);
    write(dir, 'in/sub/two.md', ARTICLE);
    write(dir, 'in/notes.yaml', 'not an article');
    const r = newsmark(['annotate', 'in', '-g', write(dir, 'g.glossary.yaml', GLOSSARY), '-o', 'out'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'out/one.txt.annotations.json')));
    assert.ok(fs.existsSync(path.join(dir, 'out/sub/two.md.annotations.jsonld')));
    assert.ok(fs.existsSync(path.join(dir, 'out/sub/two.ann')));
    assert.ok(fs.existsSync(path.join(dir, 'out/sub/annotation.conf')));
    assert.ok(!fs.existsSync(path.join(dir, 'out/notes.yaml.annotations.json')));
  });

  it('--stdout prints one sidecar of one article and writes nothing', () => {
    const dir = tempDir();
    const article = write(dir, 'a.txt', ARTICLE);
    const r = newsmark(['annotate', article, '-g', write(dir, 'glossary.yaml', GLOSSARY), '-f', 'brat', '--stdout'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^T\d+\tperson 0 13\tSergey Lavrov$/m);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'glossary.yaml']);
  });

  it('keeps the manual tags of an existing sidecar when it annotates again', () => {
    const dir = tempDir();
    const article = write(dir, 'a.txt', ARTICLE);
    newsmark(['annotate', 'a.txt', '-f', 'json'], dir);
    const sidecar = article + '.annotations.json';
    const doc = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    doc.annotations.push({ id: 'm1', kind: 'entity', type: 'other', entity: null, start: 71, end: 77, text: 'Monday', prefix: 'lands for many years" on ', suffix: '.\n', origin: 'manual' });
    fs.writeFileSync(sidecar, JSON.stringify(doc));
    fs.writeFileSync(article, 'Breaking. ' + ARTICLE);
    const r = newsmark(['annotate', 'a.txt', '-f', 'json'], dir);
    assert.equal(r.code, 0, r.stderr);
    const again = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    const manual = again.annotations.find((a: { origin: string }) => a.origin === 'manual');
    assert.deepEqual([manual.start, manual.end, manual.text, manual.orphaned ?? false], [81, 87, 'Monday', false]);
  });

  it('a sidecar with the reader\'s tags and removals is read back on every run and, unchanged, left untouched', () => {
    const dir = tempDir();
    write(dir, 'glossary.yaml', GLOSSARY);
    const article = write(dir, 'a.txt', ARTICLE);
    newsmark(['annotate', 'a.txt', '-f', 'json'], dir);
    const sidecar = article + '.annotations.json';
    const doc = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    const armenia = doc.annotations.findIndex((a: { entity?: string }) => a.entity === 'armenia');
    assert.ok(armenia >= 0);
    doc.suppressed = doc.annotations.splice(armenia, 1);
    doc.annotations.push({ id: 'm1', kind: 'entity', type: 'other', entity: null, start: 71, end: 77, text: 'Monday', prefix: 'lands for many years" on ', suffix: '.\n', origin: 'manual' });
    fs.writeFileSync(sidecar, JSON.stringify(doc));
    newsmark(['annotate', 'a.txt', '-f', 'json'], dir); // rewrites it in Newsmark's own layout
    const rewritten = fs.statSync(sidecar).ino;

    const again = newsmark(['annotate', 'a.txt', '-f', 'json'], dir);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /a\.txt\.annotations\.json \(unchanged\)/);
    assert.equal(fs.statSync(sidecar).ino, rewritten);
    const kept = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    assert.ok(kept.annotations.some((a: { origin: string; text: string }) => a.origin === 'manual' && a.text === 'Monday'));
    assert.ok(!kept.annotations.some((a: { entity?: string }) => a.entity === 'armenia'), 'the removed mention stays removed');
    assert.deepEqual(kept.suppressed.map((a: { entity: string }) => a.entity), ['armenia']);
  });

  it('leaves a sidecar that would not change untouched, and rewrites the ones that would', () => {
    // (the summary of a few articles marks each untouched sidecar; of many, it counts them: see the next test)
    const dir = tempDir();
    write(dir, 'in/one.txt', ARTICLE);
    write(dir, 'in/two.txt', 'Armenia and Lavrov.\n');
    const glossary = write(dir, 'glossary.yaml', GLOSSARY);
    const args = ['annotate', 'in', '-g', glossary, '-o', 'out'];
    const first = newsmark(args, dir);
    assert.equal(first.code, 0, first.stderr);
    const unchangedIn = (stdout: string) => stdout.match(/\S+ \(unchanged\)/g)?.map((s) => s.replace(' (unchanged)', '')) ?? [];
    assert.deepEqual(unchangedIn(first.stdout), []);
    const files = fs.readdirSync(path.join(dir, 'out')).map((f) => path.join(dir, 'out', f));
    const inodes = new Map(files.map((f) => [f, fs.statSync(f).ino]));

    const again = newsmark(args, dir);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(unchangedIn(again.stdout).length, 6, again.stdout);
    for (const f of files) assert.equal(fs.statSync(f).ino, inodes.get(f), `${path.basename(f)} not replaced`);

    fs.writeFileSync(path.join(dir, 'in/two.txt'), 'Lavrov and Armenia.\n');
    const edited = newsmark(args, dir);
    assert.deepEqual(unchangedIn(edited.stdout), ['out/one.txt.annotations.json', 'out/one.txt.annotations.jsonld', 'out/one.ann']);
    assert.notEqual(fs.statSync(path.join(dir, 'out/two.txt.annotations.json')).ino, inodes.get(path.join(dir, 'out/two.txt.annotations.json')));
    assert.equal(fs.statSync(path.join(dir, 'out/one.txt.annotations.json')).ino, inodes.get(path.join(dir, 'out/one.txt.annotations.json')));
    assert.match(fs.readFileSync(path.join(dir, 'out/two.txt.annotations.json'), 'utf8'), /"start": 0,\s+"end": 6,\s+"text": "Lavrov"/);
  });

  it('counts the sidecars written and left unchanged over a folder of many articles', () => {
    const dir = tempDir();
    for (let i = 0; i < 6; i++) write(dir, `in/${i}.txt`, ARTICLE);
    const args = ['annotate', 'in', '-g', write(dir, 'glossary.yaml', GLOSSARY), '-o', 'out', '-f', 'json'];
    assert.match(newsmark(args, dir).stdout, /^6 articles: 12 entity mentions, 6 quotes; 6 sidecars written$/m);
    fs.writeFileSync(path.join(dir, 'in/0.txt'), 'Lavrov.\n');
    assert.match(newsmark(args, dir).stdout, /^6 articles: 11 entity mentions, 5 quotes; 1 sidecars written, 5 unchanged$/m);
  });
});

describe('newsmark annotate: bad input gets one line naming the file and exit code 1', () => {
  const oneLine = (stderr: string) => {
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line, got: ${stderr}`);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    return lines[0]!;
  };

  it('a missing file', () => {
    const dir = tempDir();
    const r = newsmark(['annotate', 'nope.txt'], dir);
    assert.equal(r.code, 1);
    assert.match(oneLine(r.stderr), /nope\.txt: no such file or folder/);
  });

  it('a folder with no articles', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'empty'));
    const r = newsmark(['annotate', 'empty'], dir);
    assert.equal(r.code, 1);
    assert.match(oneLine(r.stderr), /empty: no articles in this folder/);
  });

  it('a broken glossary: its problems with file:line:col, and the good entries still used', () => {
    const dir = tempDir();
    write(dir, 'a.txt', ARTICLE);
    write(dir, 'glossary.yaml', GLOSSARY + '  - id: broken\n    name: Broken\n');
    const r = newsmark(['annotate', 'a.txt', '-f', 'json'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^glossary\.yaml:\d+:\d+: error: .*type/m);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'a.txt.annotations.json'), 'utf8'));
    assert.ok(doc.annotations.some((a: { entity?: string }) => a.entity === 'sergey-lavrov'));
  });

  it('an unwritable output folder', () => {
    const dir = tempDir();
    write(dir, 'a.txt', ARTICLE);
    write(dir, 'blocker', 'a file where the output folder should be');
    const r = newsmark(['annotate', 'a.txt', '-o', 'blocker/out'], dir);
    assert.equal(r.code, 1);
    assert.match(oneLine(r.stderr), /blocker\/out: cannot create the output folder/);
  });

  it('a Latin-1 article is reported, not mangled', () => {
    const dir = tempDir();
    write(dir, 'a.txt', Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' au lait\n')]));
    const r = newsmark(['annotate', 'a.txt'], dir);
    assert.equal(r.code, 1);
    assert.match(oneLine(r.stderr), /a\.txt: not valid UTF-8 .*Latin-1/);
    assert.ok(!fs.existsSync(path.join(dir, 'a.txt.annotations.json')));
  });

  it('an unreadable sidecar is kept, never overwritten', () => {
    const dir = tempDir();
    write(dir, 'a.txt', ARTICLE);
    const sidecar = write(dir, 'a.txt.annotations.json', '{"format": "newsmark.annotations", "version": 1, "annot');
    const r = newsmark(['annotate', 'a.txt'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /a\.txt\.annotations\.json: .*kept/);
    assert.equal(fs.readFileSync(sidecar, 'utf8'), '{"format": "newsmark.annotations", "version": 1, "annot');
    assert.ok(fs.existsSync(path.join(dir, 'a.ann')), 'the other formats are still written');
  });

  it('a sidecar that cannot be written, in a folder of many articles (written by the writer thread)', () => {
    const dir = tempDir();
    for (let i = 0; i < 12; i++) write(dir, `in/${i}.txt`, ARTICLE);
    write(dir, 'glossary.yaml', GLOSSARY);
    write(dir, 'out/7.ann/keep.txt', 'mine'); // a folder where a brat sidecar should go
    const r = newsmark(['annotate', 'in', '-o', 'out', '-f', 'json,brat'], dir);
    assert.equal(r.code, 1);
    assert.match(oneLine(r.stderr), /out\/7\.ann: cannot write: is a folder, not a file; the file on disk was left as it was$/);
    assert.match(r.stdout, /^12 articles: 24 entity mentions, 12 quotes; 24 sidecars written$/m);
    for (let i = 0; i < 12; i++) {
      assert.equal(JSON.parse(fs.readFileSync(path.join(dir, `out/${i}.txt.annotations.json`), 'utf8')).annotations.length, 3, `out/${i}.txt.annotations.json`);
      if (i !== 7) assert.match(fs.readFileSync(path.join(dir, `out/${i}.ann`), 'utf8'), /^T1\tperson 0 13\tSergey Lavrov$/m);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'out/7.ann/keep.txt'), 'utf8'), 'mine');
    assert.ok(fs.existsSync(path.join(dir, 'out/annotation.conf')));
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).filter((n) => n.endsWith('.tmp')), []);
  });

  it('--stdout beside an unreadable sidecar prints the detected annotations and says the tags are missing', () => {
    const dir = tempDir();
    write(dir, 'a.txt', ARTICLE);
    const sidecar = write(dir, 'a.txt.annotations.json', '{"bad');
    const r = newsmark(['annotate', 'a.txt', '-f', 'json', '--stdout'], dir);
    assert.equal(r.code, 1);
    assert.match(oneLine(r.stderr), /a\.txt\.annotations\.json: line 1, column 6: .*kept/);
    assert.equal(JSON.parse(r.stdout).format, 'newsmark.annotations');
    assert.equal(fs.readFileSync(sidecar, 'utf8'), '{"bad');
  });
});

describe('newsmark usage errors exit with 2', () => {
  for (const [args, message] of [
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['annotate', '--bogus'], /unknown option --bogus/],
    [['annotate', '-f', 'pdf'], /unknown format 'pdf'/],
    [['annotate', '-g'], /-g needs a value/],
    [['annotate', '--stdout'], /one format/],
    [['check'], /at least one glossary/],
  ] as const) {
    it(`newsmark ${args.join(' ')}`, () => {
      const r = newsmark(args, tempDir());
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
    });
  }
});

describe('newsmark check', () => {
  it('prints file:line:col: message for each problem and exits 1 on errors', () => {
    const dir = tempDir();
    write(dir, 'glossary.yaml', 'entities:\n  - id: a\n    name: A\n    type: persn\n  - id: b\n    type: place\n');
    const r = newsmark(['check', 'glossary.yaml'], dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2, r.stdout);
    assert.match(lines[0]!, /^glossary\.yaml:4:\d+: error: .*persn/);
    assert.match(lines[1]!, /^glossary\.yaml:5:\d+: error: .*name/);
  });

  it('passes the bundled sample glossary', () => {
    const r = newsmark(['check', path.join(SAMPLES, 'glossary.yaml')], tempDir());
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
  });
});
