// The two functions a workbench started with an extensionTestsPath payload calls back: VS Code hands
// the extension host's console output to window.codeAutomationLog and the test module's result to
// window.codeAutomationExit(code) (0 when run() resolved, 1 when it rejected). Used by the
// integration-test runner and the editor benchmark, with runSession's `prepare`.
'use strict';
const util = require('node:util');

// code-server asks the public extension gallery at start, and session.js points it at a closed
// loopback port: the refused connections it logs are expected.
const GALLERY_NOISE = 'ECONNREFUSED 127.0.0.1:9';

/**
 * Exposes both functions on `page` (before it loads the workbench). Each console line goes to
 * `onLine(line, type)` (by default printed). Resolves with `{ exit }`, a promise of the test
 * module's exit code (wrapped: an async function returning it would wait for the tests to end).
 */
async function exposeTestHooks(page, onLine = (line, type) => (type === 'error' || type === 'warn' ? console.error : console.log)(line)) {
  let reportExit;
  const exit = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The workbench forwards console calls unformatted: mocha's come as ('  %d passing (%s)', 3, '9ms').
    const line = util.format(...args);
    if (!line.includes(GALLERY_NOISE)) onLine(line, type);
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  return { exit };
}

module.exports = { exposeTestHooks };
