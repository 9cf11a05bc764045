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
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SUITE = path.join(ROOT, 'out/test/integration/index');
const FIXTURE = path.join(ROOT, 'test/fixtures/workspace');
const TIMEOUT_MS = Number(process.env.NEWSMARK_TEST_TIMEOUT_MS || 180_000);
const SUMMARY = /^\d+ passed, \d+ failed$/;
// NEWSMARK_TEST_RESTRICTED=1: a second run with workspace trust on and the workspace not trusted
// (Restricted Mode), running only the suite's "Restricted Mode" tests.
const RESTRICTED = process.env.NEWSMARK_TEST_RESTRICTED === '1';
// code-server asks the public extension gallery at start; a closed loopback port keeps every
// request on this machine and fails it at once.
const CLOSED_GALLERY = '127.0.0.1:9';

const log = (...args) => console.log('[runner]', ...args);

function checkPrerequisites() {
  const needs = [
    [CODE_SERVER, 'run: bash scripts/setup-code-server.sh'],
    [CHROMIUM, 'run: apt-get install chromium (or set CHROMIUM to a Chromium binary)'],
    [path.join(ROOT, 'dist/extension.js'), 'run: npm run build'],
    [`${SUITE}.js`, 'run: npm run compile-tests'],
  ];
  const missing = needs.filter(([file]) => !fs.existsSync(file));
  for (const [file, fix] of missing) console.error(`[runner] missing ${file}; ${fix}`);
  if (missing.length) process.exit(2);
}

// Throwaway state: every run starts from empty user data, extensions and HOME, so nothing the
// developer installed or configured leaks into the test, and runs can go in parallel.
function makeState() {
  const runs = path.join(ROOT, '.vscode-test/runs');
  fs.mkdirSync(runs, { recursive: true });
  const dir = fs.mkdtempSync(path.join(runs, 'run-'));
  const home = path.join(dir, 'home');
  fs.mkdirSync(home);
  // The tests tag, export and edit files: they work on a copy, so the fixture stays as committed.
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(FIXTURE, workspace, { recursive: true });
  if (RESTRICTED) {
    // trust is on but never asked for: the workspace stays untrusted and no dialog waits for an answer
    const user = path.join(dir, 'user-data', 'User');
    fs.mkdirSync(user, { recursive: true });
    fs.writeFileSync(path.join(user, 'settings.json'), JSON.stringify({ 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' }));
  }
  return {
    dir,
    home,
    workspace,
    // VS Code puts IPC sockets in TMPDIR, and a unix socket path must stay under 108 bytes.
    tmp: fs.mkdtempSync(path.join(os.tmpdir(), 'nm-')),
  };
}

function startCodeServer(state) {
  const env = {
    ...process.env,
    HOME: state.home,
    XDG_CONFIG_HOME: path.join(state.home, '.config'),
    XDG_DATA_HOME: path.join(state.home, '.local/share'),
    XDG_CACHE_HOME: path.join(state.home, '.cache'),
    TMPDIR: state.tmp,
    ...(RESTRICTED ? { NEWSMARK_TEST_GREP: 'Restricted Mode' } : {}),
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: `http://${CLOSED_GALLERY}/gallery`, itemUrl: `http://${CLOSED_GALLERY}/items` }),
  };
  const server = spawn(CODE_SERVER, [
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0', // any free port: parallel runs on one machine must not collide
    '--config', path.join(state.dir, 'config.yaml'),
    '--user-data-dir', path.join(state.dir, 'user-data'),
    '--extensions-dir', path.join(state.dir, 'extensions'),
    '--disable-telemetry', '--disable-update-check', ...(RESTRICTED ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened',
  ], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }); // own process group: see stopCodeServer
  const serverLog = fs.createWriteStream(path.join(state.dir, 'code-server.log'));
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  const address = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60_000);
    server.stdout.on('data', (chunk) => {
      const listening = /HTTP server listening on http:\/\/([\d.]+:\d+)/.exec(String(chunk));
      if (listening) { clearTimeout(timer); resolve(listening[1]); }
    });
    server.on('exit', () => clearTimeout(timer));
  });
  // Rejects if code-server dies before we stop it, so a crash ends the run instead of timing out.
  const crashed = new Promise((_, reject) => {
    server.on('exit', (code, signal) => reject(new Error(`code-server exited (${signal ?? code}), see code-server.log`)));
  });
  crashed.catch(() => {}); // stopping it on purpose rejects too, after the run is settled
  return { server, address, crashed };
}

// code-server forks a server process, the extension host and a file watcher, which outlive the main
// process by a few seconds: stop the whole process group, and wait until it is gone.
async function stopCodeServer(server) {
  const group = -server.pid;
  const alive = () => { try { process.kill(group, 0); return true; } catch { return false; } };
  try { process.kill(group, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 50 && alive(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  if (alive()) { try { process.kill(group, 'SIGKILL'); } catch { /* already gone */ } }
}

function launchChromium(home) {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, HOME: home }, // Chromium's profile stays out of the real home
    // Playwright's own signal handlers close the browser and exit at once, which would leave
    // code-server running: main() handles the signals and stops both.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Opens the workbench on the fixture workspace with the test payload; resolves with the suite's exit
// code and closing line once the extension host has run it.
async function runSuite(browser, host, workspace) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  let summary = null;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The workbench forwards console calls unformatted: mocha's come as ('  %d passing (%s)', 3, '9ms').
    const line = util.format(...args);
    if (line.includes(`ECONNREFUSED ${CLOSED_GALLERY}`)) return; // our own closed gallery, expected
    if (SUMMARY.test(line.trim())) { summary = line.trim(); return; } // printed last, by main
    (type === 'error' || type === 'warn' ? console.error : console.log)(line);
  });
  let reportExit;
  const exitCode = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  page.on('pageerror', (error) => log('workbench error:', error.message));
  const remote = (file) => `vscode-remote://${host}${file}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(SUITE)],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(`http://${host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const code = await exitCode;
  return { code, summary };
}

async function main() {
  checkPrerequisites();
  const started = Date.now();
  const state = makeState();
  const { server, address, crashed } = startCodeServer(state);
  let browser = null;
  let stopping = null;
  const stop = () => (stopping ??= (async () => {
    await browser?.close().catch(() => {});
    await stopCodeServer(server);
    fs.rmSync(state.tmp, { recursive: true, force: true });
  })());
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => stop().finally(() => process.exit(130)));
  }

  const run = (async () => {
    const host = await address;
    log(`code-server (VS Code 1.100.3) on ${host} after ${Date.now() - started} ms`);
    browser = await launchChromium(state.home);
    return runSuite(browser, host, state.workspace);
  })();
  let timer;
  const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(null), TIMEOUT_MS); });
  let result = null;
  try {
    result = await Promise.race([run, timeout, crashed]);
    if (!result) log(`TIMEOUT: no result from the suite after ${TIMEOUT_MS} ms`);
  } catch (error) {
    log('error:', error.message.split('\n')[0]); // Playwright appends a long call log
  } finally {
    clearTimeout(timer);
    run.catch(() => {}); // after a timeout, stopping the browser fails the abandoned run: expected
    await stop();
  }
  const code = result ? result.code : 2;
  if (code === 0) fs.rmSync(state.dir, { recursive: true, force: true });
  else log(`kept the run's state and code-server.log in ${state.dir}`);
  log(`done in ${Date.now() - started} ms, exit code ${code}`);
  // The suite's closing line comes last, where CI looks for it.
  console.log(result?.summary ?? 'no result from the suite');
  process.exit(code);
}

main();
