#!/usr/bin/env node
// Runs the integration suite in desktop VS Code (Electron), for people with internet access:
// @vscode/test-electron downloads VS Code into .vscode-test/ once, then starts it with our
// extension loaded from source and calls run() in out/test/integration/index.js.
// CI and our sandboxes cannot download VS Code: they use scripts/run-code-server-tests.js.
// On Linux without a display, run it under xvfb-run.
'use strict';
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..');

async function main() {
  try {
    await runTests({
      // The oldest VS Code our manifest's engines.vscode accepts, and the one code-server runs;
      // VSCODE_VERSION=stable tests the newest release instead.
      version: process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out/test/integration/index'),
      // The fixture workspace; --disable-extensions keeps the developer's own extensions out of the run.
      launchArgs: [path.join(ROOT, 'test/fixtures/workspace'), '--disable-extensions'],
    });
  } catch (error) {
    console.error('[runner] desktop integration tests failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

main();
