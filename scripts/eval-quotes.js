#!/usr/bin/env node
// Scores the quote finder against an attribution corpus (issue 6), the way the
// corpus's own scorer prescribes: annotate its articles with the built CLI and
// no glossary into a throwaway folder, then run the scorer on them.
//
//   npm run eval:quotes -- FOLDER [--scorer PATH] [--list]
//
// FOLDER is a corpus (text/ and attributions/, PolNeAR's brat layout) or a
// folder holding corpora beside their scorer (score-quotes.mjs). The scorer is
// --scorer PATH, else the score-quotes.mjs in FOLDER, else the one beside the
// corpus. Nothing is read from anywhere else: the corpus and its scorer stay
// outside the project (the texts carry no licence to copy them in).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const SCORER_NAME = 'score-quotes.mjs';
const CLI = path.resolve(__dirname, '..', 'dist', 'cli.js');
const USAGE = 'usage: npm run eval:quotes -- FOLDER [--scorer PATH] [--list]';

/** A one-line message and exit code 1 (bad input), as the CLI does. */
function fail(message) {
  console.error(`eval-quotes: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { folder: undefined, scorer: undefined, list: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--list') args.list = true;
    else if (arg === '--scorer') {
      args.scorer = argv[++i];
      if (!args.scorer) usage('--scorer needs a path');
    } else if (arg.startsWith('--scorer=')) args.scorer = arg.slice('--scorer='.length);
    else if (arg === '-h' || arg === '--help') { console.log(USAGE); process.exit(0); }
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (args.folder === undefined) args.folder = arg;
    else usage(`one folder only, got ${args.folder} and ${arg}`);
  }
  if (args.folder === undefined) usage('name the corpus folder');
  return args;
}

function usage(message) {
  console.error(`eval-quotes: ${message}\n${USAGE}`);
  process.exit(2);
}

function isFolder(p) {
  try { return fs.statSync(p).isDirectory(); } catch { return false; }
}

function isFile(p) {
  try { return fs.statSync(p).isFile(); } catch { return false; }
}

/** A corpus holds the articles in text/ and the gold standoff in attributions/. */
function isCorpus(folder) {
  return isFolder(path.join(folder, 'text')) && isFolder(path.join(folder, 'attributions'));
}

/** The corpora FOLDER names: itself, or its sub-folders that are corpora. */
function corporaOf(folder) {
  if (isCorpus(folder)) return [folder];
  return fs.readdirSync(folder).sort().map((name) => path.join(folder, name)).filter(isCorpus);
}

/** The scorer to use for `corpus`: --scorer, else the one in FOLDER, else the one beside the corpus. */
function scorerFor(args, folder, corpus) {
  if (args.scorer !== undefined) {
    const given = path.resolve(args.scorer);
    if (!isFile(given)) fail(`no scorer at ${args.scorer}`);
    return given;
  }
  const places = [...new Set([folder, corpus, path.dirname(corpus)])];
  const found = places.map((place) => path.join(place, SCORER_NAME)).find(isFile);
  if (!found) fail(`no ${SCORER_NAME} in ${places.join(' or ')}; give one with --scorer PATH`);
  return found;
}

/** Runs a child Node process; its output goes straight to ours. */
function node(script, args, cwd) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) fail(`could not run ${script}: ${result.error.message}`);
  return result.status ?? 1;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const folder = path.resolve(args.folder);
  if (!isFolder(folder)) fail(`no such folder: ${args.folder}`);
  if (!isFile(CLI)) fail(`${path.relative(process.cwd(), CLI)} is missing: build first (npm run build)`);
  const corpora = corporaOf(folder);
  if (corpora.length === 0) fail(`${args.folder} holds no corpus (a folder with text/ and attributions/)`);
  const scorers = corpora.map((corpus) => scorerFor(args, folder, corpus));

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-eval-'));
  let status = 0;
  try {
    // The CLI takes the glossaries under its working folder when given none:
    // an empty one means no glossary, as the scorer's procedure asks.
    const cwd = path.join(scratch, 'cwd');
    fs.mkdirSync(cwd);
    corpora.forEach((corpus, i) => {
      const pred = path.join(scratch, `pred-${i}`);
      if (corpora.length > 1) console.log(`${path.relative(folder, corpus)}:`);
      const annotated = node(CLI, ['annotate', path.join(corpus, 'text'), '-f', 'json', '-o', pred, '-q'], cwd);
      if (annotated !== 0) {
        console.error(`eval-quotes: annotating ${corpus} failed (exit ${annotated})`);
        status = 1;
        return;
      }
      const scored = node(scorers[i], [corpus, pred, ...(args.list ? ['--list'] : [])], cwd);
      if (scored !== 0) status = 1;
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  process.exit(status);
}

main();
