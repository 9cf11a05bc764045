#!/usr/bin/env node
// Weighs the production bundles (issue 4: dist/extension.js minified ≤ 300 KB) without touching
// dist/: builds them in memory with esbuild.js's own settings and prints each one's size and, for
// the extension, what takes the room. It reports; it never fails on the numbers.
'use strict';
const path = require('node:path');
const esbuild = require('esbuild');
const { buildsFor } = require('../esbuild.js');

const ROOT = path.resolve(__dirname, '..');
const LIMIT_BYTES = 300 * 1000;

/** Sizes of the production bundles: [{ file, bytes, parts: [[group, bytes], …] }]. */
async function bundleSizes() {
  const results = [];
  for (const build of buildsFor(true)) {
    const out = await esbuild.build({ ...build, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'error' });
    const file = path.relative(ROOT, build.outfile);
    const output = out.outputFiles.find((f) => f.path.endsWith(build.outfile.replace(/^dist/, '')));
    const inputs = Object.values(out.metafile.outputs)[0].inputs;
    const parts = new Map();
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const group = groupOf(input);
      parts.set(group, (parts.get(group) ?? 0) + bytesInOutput);
    }
    results.push({ file, bytes: output.contents.length, parts: [...parts].sort((a, b) => b[1] - a[1]) });
  }
  return results;
}

// node_modules/yaml/dist/… → "yaml"; src/core/quotes/x.ts → "src/core/quotes"
function groupOf(input) {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (npm) return npm[1];
  const parts = input.split('/');
  return parts.slice(0, Math.min(3, parts.length - 1)).join('/') || input;
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** The lines bench:editor and this script print. */
function describeSizes(results) {
  const lines = ['Production bundles (minified, as `npm run build:prod` writes them; target: dist/extension.js ≤ 300 KB)'];
  for (const { file, bytes, parts } of results) {
    const verdict = file === 'dist/extension.js' ? (bytes <= LIMIT_BYTES ? '  within 300 KB' : '  OVER 300 KB') : '';
    lines.push(`  ${file.padEnd(22)} ${String(bytes).padStart(8)} bytes (${kb(bytes)})${verdict}`);
    if (file === 'dist/extension.js') {
      const top = parts.slice(0, 6).map(([group, n]) => `${group} ${kb(n)}`).join(', ');
      lines.push(`    largest parts: ${top}`);
    }
  }
  return lines.join('\n');
}

if (require.main === module) {
  bundleSizes().then((results) => console.log(describeSizes(results)), (error) => {
    console.error('[bundle-size] could not build:', error.message);
    process.exit(1);
  });
}

module.exports = { bundleSizes, describeSizes };
