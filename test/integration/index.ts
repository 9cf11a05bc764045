// The integration suite's entry point. VS Code's extension host require()s this module (the test run's
// extensionTestsPath) and awaits run(): a rejection makes the whole run exit 1. It runs every
// *.test.js compiled beside it, inside a real VS Code, with the extension under development loaded.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // No colours: the output is relayed line by line to a CI log, not to a terminal.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000 });
  // the runner's Restricted Mode pass runs only the tests written for it
  if (process.env.NEWSMARK_TEST_GREP) mocha.grep(process.env.NEWSMARK_TEST_GREP);
  for (const file of testFiles(__dirname)) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // CI reads this closing line; mocha's own summary changes with the reporter.
      console.log(`${runner.stats?.passes ?? 0} passed, ${runner.stats?.failures ?? 0} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}

function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}
