#!/usr/bin/env node
// Runs the integration suite (out/test/integration/index.js) inside a real VS Code, headless:
// code-server (installed by scripts/setup-code-server.sh) serves VS Code 1.100.3 and runs the
// extension host; headless Chromium opens its workbench with the test payload
// (extensionDevelopmentPath = this repo, extensionTestsPath = the suite), the mechanism VS Code's
// own browser integration tests use. The workbench hands mocha's output to window.codeAutomationLog
// and the suite's result to window.codeAutomationExit(code); that code becomes ours
// (0 passed, 1 failed, 2 timed out or could not start).
// Why not @vscode/test-electron: it downloads desktop VS Code from Microsoft, which our machines
// cannot reach (scripts/run-desktop-tests.js runs the same suite that way where it can).
// Starting and stopping code-server and Chromium is scripts/lib/session.js's job.
'use strict';
const path = require('node:path');
const { ROOT, requireFile, runSession } = require('./lib/session');
const { exposeTestHooks } = require('./lib/extensionTests');

const SUITE = path.join(ROOT, 'out/test/integration/index');
const FIXTURE = path.join(ROOT, 'test/fixtures/workspace');
const TIMEOUT_MS = Number(process.env.NEWSMARK_TEST_TIMEOUT_MS || 180_000);
const SUMMARY = /^\d+ passed, \d+ failed$/;
// NEWSMARK_TEST_RESTRICTED=1: a second run with workspace trust on and the workspace not trusted
// (Restricted Mode), running only the suite's "Restricted Mode" tests.
const RESTRICTED = process.env.NEWSMARK_TEST_RESTRICTED === '1';

async function main() {
  let summary = null;
  let exit = null;
  const code = await runSession({
    name: RESTRICTED ? 'restricted' : 'tests',
    restricted: RESTRICTED,
    env: RESTRICTED ? { NEWSMARK_TEST_GREP: 'Restricted Mode' } : {},
    workspaceFrom: FIXTURE, // the tests tag, export and edit files: they work on a copy
    testsPath: SUITE,
    timeoutMs: TIMEOUT_MS,
    failureCode: 2,
    prepare: async (page) => {
      requireFile(`${SUITE}.js`, 'run: npm run compile-tests');
      ({ exit } = await exposeTestHooks(page, (line, type) => {
        if (SUMMARY.test(line.trim())) summary = line.trim(); // printed last, by main
        else (type === 'error' || type === 'warn' ? console.error : console.log)(line);
      }));
    },
    drive: () => exit,
  });
  // The suite's closing line comes last, where CI looks for it.
  console.log(summary ?? 'no result from the suite');
  process.exit(code);
}

main().catch((error) => {
  console.error('[tests] FAILED:', error.message);
  process.exit(2);
});
