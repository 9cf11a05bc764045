import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { mergeGlossaries, parseGlossaryFile } from '../../../src/core/glossary';
import { readFast } from '../../../src/core/glossary/fastReader';
import { LineIndex } from '../../../src/core/glossary/lineIndex';
import type { TreeNode } from '../../../src/core/glossary/tree';
import { UNSUPPORTED } from '../../../src/core/glossary/unsupported';
import { readWithYaml } from '../../../src/core/glossary/yamlReader';
import { glossaryYaml, yamlishText } from './yamlSamples';

const SAMPLE = resolve(__dirname, '../../../../samples/glossary.yaml');

class ChunkNotReadable extends Error {}

/** The fast reader's tree with the streamed `entities` items put back, or undefined where it hands the file to `yaml`. */
function fastTree(text: string): { root: TreeNode | null; chunks: number } | undefined {
  const items: TreeNode[] = [];
  let chunks = 0;
  const root = readFast(
    text,
    new LineIndex(text).starts,
    (start, end) => {
      chunks++;
      const reading = readWithYaml(text.slice(start, end), start);
      if (reading.hasAliases) throw UNSUPPORTED;
      const item = reading.root?.kind === 'seq' && reading.root.items.length === 1 ? reading.root.items[0] : undefined;
      if (reading.errors.length > 0 || !item) throw new ChunkNotReadable();
      return item;
    },
    item => items.push(item),
  );
  if (root === undefined) return undefined;
  const list = root?.kind === 'map' ? root.pairs.find(p => p.key.kind === 'scalar' && p.key.text === 'entities')?.value : undefined;
  if (list?.kind === 'seq' && list.items.length === 0) (list as unknown as { items: TreeNode[] }).items = items;
  return { root, chunks };
}

/** Where an empty value sits is not part of the contract (problems about it point at its key). */
function comparable(node: TreeNode | null): string {
  return JSON.stringify(node, (_k, v: unknown) => {
    const n = v as Partial<TreeNode> | null;
    return n?.kind === 'scalar' && n.text === null ? { kind: 'scalar', text: null } : v;
  });
}

/** Holds for every text: whatever the fast reader accepts, the `yaml` package reads the same way, without errors. */
function assertSameAsYaml(text: string): 'fast' | 'yaml' {
  let fast;
  try {
    fast = fastTree(text);
  } catch (e) {
    if (!(e instanceof ChunkNotReadable)) throw e;
    // an entry the `yaml` package could not read on its own: the whole file must not be readable either
    const whole = readWithYaml(text);
    assert.ok(whole.errors.length > 0 || whole.hasAliases, `chunk failed but the file reads: ${JSON.stringify(text)}`);
    return 'yaml';
  }
  if (fast === undefined) return 'yaml';
  const reading = readWithYaml(text);
  assert.deepEqual(reading.errors, [], `the fast reader accepted YAML with errors: ${JSON.stringify(text)}`);
  assert.equal(comparable(fast.root), comparable(reading.root), `trees differ for ${JSON.stringify(text)}`);
  return 'fast';
}

describe('glossary: fast YAML reader', () => {
  it('reads the sample glossary itself, without handing anything to the yaml package', () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const fast = fastTree(text);
    assert.ok(fast, 'the fast reader gave up on the sample glossary');
    assert.equal(fast.chunks, 0);
    assertSameAsYaml(text);
  });

  it('reads generated glossaries exactly as the yaml package does', () => {
    let fastCount = 0, total = 0;
    fc.assert(
      fc.property(glossaryYaml, text => {
        total++;
        if (assertSameAsYaml(text) === 'fast') fastCount++;
      }),
      { numRuns: 1000 },
    );
    // the comparison means something only if the fast reader took a good share of them
    assert.ok(fastCount > total / 5, `fast reader took only ${fastCount} of ${total}`);
  });

  it('accepts nothing the yaml package reads differently, in text of YAML pieces in any order', () => {
    fc.assert(fc.property(yamlishText, text => void assertSameAsYaml(text)), { numRuns: 10000 });
  });

  it('gives the same entries and problems whichever reader reads the file', () => {
    const read = (text: string) => {
      const file = parseGlossaryFile('g.yaml', text);
      return { usable: file.usable, entities: file.entities.map(({ source: _s, ...e }) => e), problems: mergeGlossaries([file]).problems };
    };
    fc.assert(
      fc.property(glossaryYaml, text => {
        // a tab, even in a comment, is left to the yaml package, and so is the whole file then
        const fast = read(text), slow = read(`${text}#\tthe yaml package reads this file\n`);
        assert.equal(fast.usable, slow.usable);
        if (fast.usable) assert.deepEqual(fast, slow, JSON.stringify(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads CRLF files, block scalars and quoted escapes like the yaml package', () => {
    const text = [
      'entities:',
      '  - id: a',
      '    name: "Sergey \\"Lavrov\\" \\u00e9\\x41\\/"',
      "    aliases: ['O''Brien', Lavrov , \"a, b\"]",
      '    description: >-',
      '      folded line',
      '      goes on',
      '',
      '      new paragraph',
      '    summary: |',
      '      kept',
      '        indented',
      '',
      '',
      '    facts:',
      '      born: 1950-03-21 # a date that stays text',
      '      hex: 0x1F',
      '      none: ~',
      '      empty:',
      '',
    ].join('\r\n');
    assert.equal(assertSameAsYaml(text), 'fast');
  });

  it('hands a document marker in the middle of a file to the yaml package (regression: "...  - : ")', () => {
    assert.equal(fastTree('...  - : '), undefined);
    assertSameAsYaml('...  - : ');
  });

  it('hands one unusual entry to the yaml package and reads the rest itself', () => {
    const text = ['entities:', '  - id: a', '    name: A', '  - id: b', '    name: !tag B', '  - id: c', '    name: C', ''].join('\n');
    const fast = fastTree(text);
    assert.equal(fast?.chunks, 1);
    assert.equal(assertSameAsYaml(text), 'fast');
  });

  it('hands the whole file to the yaml package when an entry uses an alias', () => {
    const text = ['entities:', '  - id: a', '    facts: &common {seat: Moscow}', '  - id: b', '    facts: *common', ''].join('\n');
    assert.equal(fastTree(text), undefined);
  });
});
