#!/usr/bin/env node
// npm run bench:editor — Newsmark's speed in the real editor (issue 4): generates a workspace
// (a 10,000-entry glossary and a ~1 MB article, fixed seed, in a temporary folder), starts
// code-server on it through scripts/lib/session.js, and runs out/bench/editor/host.js in the
// extension host like an extension-test module. The host times the open and the typing through
// Newsmark's API and prints a table; this side adds the time until the first highlight was on
// screen (seen in the workbench's DOM) and the production bundle sizes. It prints numbers and never
// fails on them: the exit code is non-zero only when the benchmark could not run.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, fail, requireFile, runSession } = require('./lib/session');
const { exposeTestHooks } = require('./lib/extensionTests');
const { bundleSizes, describeSizes } = require('./bundle-size');

const HOST = path.join(ROOT, 'out/bench/editor/host');
const GENERATOR = path.join(ROOT, 'out/bench/editor/generate.js');
const OPEN_MARKER = 'BENCH open-start'; // printed by host.ts just before showTextDocument (epoch ms)

// Runs in the workbench page before it loads: remembers when the first extension decoration
// ("ced-…" classes, which only contributed decoration types get) appears in an editor. No article
// is open before the benchmark opens one, so the first is the article's.
function watchForFirstHighlight() {
  const selector = '.monaco-editor .view-overlays [class*="ced-"], .monaco-editor .view-lines [class*="ced-"]';
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    window.__newsmarkFirstHighlight = Date.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
}

async function main() {
  // NEWSMARK_BENCH_PROFILE=<folder>: the host writes CPU profiles of the open and of the typing there
  const profiles = process.env.NEWSMARK_BENCH_PROFILE;
  if (profiles) process.env.NEWSMARK_BENCH_PROFILE = path.resolve(profiles);
  requireFile(`${HOST}.js`, 'run: npm run compile-tests');
  requireFile(GENERATOR, 'run: npm run compile-tests');
  const { writeBenchWorkspace } = require(GENERATOR);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-'));
  let code = 1;
  try {
    const generated = writeBenchWorkspace(folder);
    console.log(`[bench-editor] generated ${generated.entities} glossary entries and a ${generated.articleChars}-character article in ${folder}`);
    let openStart = null;
    let exit = null;
    let started = false; // the workbench logs its own start-up chatter before the host's table
    const HEADER = 'Newsmark editor benchmark';
    code = await runSession({
      name: 'bench-editor',
      workspaceFrom: folder,
      testsPath: HOST,
      timeoutMs: 300_000,
      prepare: async (page) => {
        await page.addInitScript(watchForFirstHighlight);
        ({ exit } = await exposeTestHooks(page, (line, type) => {
          if (line.startsWith(OPEN_MARKER)) openStart = Number(line.slice(OPEN_MARKER.length));
          else if (type === 'error' || type === 'warn') console.error(line);
          else if ((started ||= line.startsWith(HEADER))) console.log(line);
        }));
      },
      drive: async ({ page }) => {
        if ((await exit) !== 0) fail('the benchmark could not run: see its output above');
        const shown = await page.evaluate(() => window.__newsmarkFirstHighlight);
        const onScreen = openStart && shown ? `${shown - openStart} ms` : 'not seen';
        console.log(`showTextDocument → first highlight on screen (workbench DOM, wall clock): ${onScreen}`);
      },
    });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  if (profiles) console.log(`CPU profiles of the extension host: ${process.env.NEWSMARK_BENCH_PROFILE}/{open,typing}.cpuprofile`);
  console.log('');
  console.log(describeSizes(await bundleSizes()));
  return code;
}

main().then((code) => process.exit(code), (error) => {
  console.error('[bench-editor] FAILED:', error.message);
  process.exit(1);
});
