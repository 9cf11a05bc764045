#!/usr/bin/env node
// Checks the package, not the source: installs newsmark.vsix (from `npm run package`, or VSIX=path)
// into a throwaway code-server with `--install-extension` and starts it WITHOUT the development
// payload, so all Newsmark does there comes from the files inside the package. It checks that
//   - every file the manifest points at (entry points, icons, grammar, language configuration,
//     YAML schema) was packaged;
//   - opening the sample article draws highlights;
//   - resting the mouse on "Lavrov" shows the glossary card of "Sergey Lavrov".
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, fail, runSession } = require('./lib/session');
const { SAMPLES, requireSamples, openSample, hoverLavrov } = require('./lib/sample');

const VSIX = path.resolve(process.env.VSIX || path.join(ROOT, 'newsmark.vsix'));

/** The package-relative files a manifest refers to (codicons like "$(export)" and URLs are not files). */
function referencedFiles(manifest) {
  const c = manifest.contributes ?? {};
  const entry = (file) => (file && !path.extname(file) ? `${file}.js` : file);
  return [
    entry(manifest.main),
    entry(manifest.browser),
    manifest.icon,
    ...(c.languages ?? []).map((l) => l.configuration),
    ...(c.grammars ?? []).map((g) => g.path),
    ...Object.values(c.viewsContainers ?? {}).flat().map((v) => v.icon),
    ...Object.values(c.views ?? {}).flat().map((v) => v.icon),
    ...(c.yamlValidation ?? []).map((y) => y.url),
    ...(c.jsonValidation ?? []).map((j) => j.url),
  ].filter((file) => typeof file === 'string' && !file.startsWith('$(') && !/^[a-z]+:/i.test(file));
}

function filesUnder(folder) {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)));
}

/** Logs what was packaged; returns the files the manifest names that are not in the package. */
function missingPackagedFiles(folder, log) {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const files = filesUnder(folder);
  const bytes = files.reduce((sum, file) => sum + fs.statSync(path.join(folder, file)).size, 0);
  const top = [...new Set(files.map((file) => file.split(path.sep)[0]))].sort();
  log(`${manifest.publisher}.${manifest.name}@${manifest.version}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB: ${top.join(' ')}`);
  return [...new Set(referencedFiles(manifest))].filter((file) => !fs.existsSync(path.join(folder, file)));
}

async function verify({ page, installed, log }) {
  // A missing file fails the check, but only after the UI check ran: one run reports both.
  const missing = missingPackagedFiles(installed, log);
  await openSample(page, log);
  const { card } = await hoverLavrov(page);
  log('hover card:', JSON.stringify((await card.innerText()).split('\n')[0]));
  if (missing.length) fail(`the package lacks files its manifest names: ${missing.join(', ')}`);
  log('OK: Newsmark works from the installed package');
}

async function main() {
  requireSamples();
  return runSession({ name: 'verify-vsix', workspaceFrom: SAMPLES, vsix: VSIX, drive: verify });
}

main().then((code) => process.exit(code), (error) => {
  console.error('[verify-vsix] FAILED:', error.message);
  process.exit(1);
});
