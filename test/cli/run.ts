// Runs the built CLI (dist/cli.js) as a user would, in a child process.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const SAMPLES = path.join(ROOT, 'samples');

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI; its glossary cache goes to a folder of this test run unless `env` names one. */
export function newsmark(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  testCache ??= tempDir();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, NEWSMARK_CACHE_DIR: testCache, ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const madeDirs: string[] = [];
let testCache: string | undefined;

/** A fresh folder under the system's temporary folder, removed when the test run ends. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-cli-'));
  madeDirs.push(dir);
  return dir;
}

// a root hook: the CLI tests made thousands of folders over a day of runs otherwise
after(() => {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function write(dir: string, rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}
