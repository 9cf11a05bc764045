import assert from 'node:assert/strict';
import { parseArgs } from '../../../src/cli/args';
import { CliError } from '../../../src/cli/errors';

describe('CLI arguments', () => {
  it('reads every annotate option, repeated -g and --opt=value forms', () => {
    assert.deepEqual(parseArgs(['annotate', 'a.txt', '-g', 'x.yaml', '--glossary=y.yaml', '-f', 'json', '-o', 'out', 'b']), {
      command: 'annotate', paths: ['a.txt', 'b'], glossaries: ['x.yaml', 'y.yaml'], formats: ['json'], out: 'out', stdout: false, quiet: false, quotes: true, cache: true,
    });
  });

  it('--no-cache and --no-quotes turn their feature off', () => {
    const c = parseArgs(['annotate', 'a.txt', '--no-cache', '--no-quotes']);
    assert.ok(c.command === 'annotate' && !c.cache && !c.quotes);
  });

  it('treats everything after -- as paths', () => {
    const c = parseArgs(['annotate', '--', '-odd-name.txt']);
    assert.ok(c.command === 'annotate' && c.paths[0] === '-odd-name.txt');
  });

  it('refuses --stdout with -o as a usage error', () => {
    assert.throws(() => parseArgs(['annotate', '--stdout', '-o', 'x']), (e: unknown) => e instanceof CliError && e.exitCode === 2);
  });
});
