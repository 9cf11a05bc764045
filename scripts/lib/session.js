// Starts a real VS Code for one scripted session: code-server 4.100.3 (installed by
// scripts/setup-code-server.sh) serves the workbench and headless Debian Chromium (driven by
// playwright-core) shows it. Every session runs on throwaway state (user data, extensions, HOME, a
// copy of the workspace), so nothing the developer installed or configured shows up, and it always
// stops Chromium and code-server's process group, on failure and on Ctrl+C too.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '../..');
const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// code-server asks the public extension gallery at start; a closed loopback port keeps every
// request on this machine and fails it at once.
const CLOSED_GALLERY = '127.0.0.1:9';
const VIEWPORT = { width: 1280, height: 800 };
const SESSION_TIMEOUT_MS = Number(process.env.NEWSMARK_UI_TIMEOUT_MS || 120_000);

// What a clean shot needs: no welcome page, tips, trust prompt or update checks; no title bar (the
// command center and layout controls bring one, saying "[Extension Development Host]"); a quick
// hover; wrapped lines so a whole article fits; no minimap taking width from the text.
const CLEAN_SETTINGS = {
  'workbench.startupEditor': 'none',
  'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
  'workbench.tips.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  // The state folder sits inside this repository: without this, Git offers to open it in a toast.
  'git.enabled': false,
  'editor.hover.delay': 150,
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
};

// Trust on but never asked for: the workspace stays untrusted and no dialog waits for an answer.
const RESTRICTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
};

class UiError extends Error {}

function fail(message) {
  throw new UiError(message);
}

function requireFile(file, fix) {
  if (!fs.existsSync(file)) fail(`missing ${path.relative(ROOT, file) || file}; ${fix}`);
}

function checkPrerequisites() {
  requireFile(CODE_SERVER, 'run: bash scripts/setup-code-server.sh');
  requireFile(CHROMIUM, 'run: apt-get install chromium (or set CHROMIUM to a Chromium binary)');
}

// A fresh state folder under .vscode-test/runs; the workspace is a copy of `workspaceFrom`, so
// sidecars or edits made during a session never touch the committed files.
function makeState(name, workspaceFrom, settings) {
  const runs = path.join(ROOT, '.vscode-test/runs');
  fs.mkdirSync(runs, { recursive: true });
  const dir = fs.mkdtempSync(path.join(runs, `${name}-`));
  const home = path.join(dir, 'home');
  const userDir = path.join(dir, 'user-data', 'User');
  fs.mkdirSync(home);
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ ...CLEAN_SETTINGS, ...settings }, null, 2));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(workspaceFrom, workspace, { recursive: true });
  return {
    dir,
    home,
    workspace,
    extensions: path.join(dir, 'extensions'),
    // VS Code puts IPC sockets in TMPDIR, and a unix socket path must stay under 108 bytes.
    tmp: fs.mkdtempSync(path.join(os.tmpdir(), 'nm-')),
  };
}

// The extension loaded from source, through a link in the state folder. code-server is installed
// inside the repository, so with the repository itself as extensionDevelopmentPath VS Code takes
// every built-in theme for one the extension under development contributes and applies the first
// (Light+), whatever workbench.colorTheme says.
function developmentLink(state) {
  const link = path.join(state.dir, 'extension');
  fs.symlinkSync(ROOT, link, 'dir');
  return link;
}

function codeServerEnv(state, env = {}) {
  return {
    ...process.env,
    ...env,
    HOME: state.home,
    XDG_CONFIG_HOME: path.join(state.home, '.config'),
    XDG_DATA_HOME: path.join(state.home, '.local/share'),
    XDG_CACHE_HOME: path.join(state.home, '.cache'),
    TMPDIR: state.tmp,
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: `http://${CLOSED_GALLERY}/gallery`, itemUrl: `http://${CLOSED_GALLERY}/items` }),
  };
}

function stateArgs(state) {
  return ['--config', path.join(state.dir, 'config.yaml'), '--user-data-dir', path.join(state.dir, 'user-data'),
    '--extensions-dir', state.extensions];
}

/** Installs a .vsix into the session's own extensions folder; returns the installed extension's folder. */
function installVsix(state, vsix) {
  requireFile(vsix, 'run: npm run package');
  const output = execFileSync(CODE_SERVER, [...stateArgs(state), '--force', '--install-extension', vsix],
    { env: codeServerEnv(state), encoding: 'utf8' }).trim();
  const { publisher, name } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const prefix = `${publisher}.${name}-`.toLowerCase();
  const installed = fs.existsSync(state.extensions)
    ? fs.readdirSync(state.extensions).find((entry) => entry.toLowerCase().startsWith(prefix)) : undefined;
  if (!installed) fail(`code-server did not install ${path.basename(vsix)}: ${output}`);
  return path.join(state.extensions, installed);
}

function startCodeServer(state, { restricted, env }) {
  const server = spawn(CODE_SERVER, [
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0', // any free port: parallel sessions on one machine must not collide
    ...stateArgs(state),
    '--disable-telemetry', '--disable-update-check', ...(restricted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--ignore-last-opened',
  ], { env: codeServerEnv(state, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true }); // own process group: see stopCodeServer
  const serverLog = fs.createWriteStream(path.join(state.dir, 'code-server.log'));
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  const address = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new UiError('code-server did not start within 60 s')), 60_000);
    server.stdout.on('data', (chunk) => {
      const listening = /HTTP server listening on http:\/\/([\d.]+:\d+)/.exec(String(chunk));
      if (listening) { clearTimeout(timer); resolve(listening[1]); }
    });
    server.on('exit', () => clearTimeout(timer));
  });
  // Rejects if code-server dies before we stop it, so a crash ends the session instead of timing out.
  const crashed = new Promise((_, reject) => {
    server.on('exit', (code, signal) => reject(
      new UiError(`code-server exited (${signal ?? code}), see ${path.join(state.dir, 'code-server.log')}`)));
  });
  crashed.catch(() => {}); // stopping it on purpose rejects too, after the session is settled
  return { server, address, crashed };
}

// code-server forks a server process, the extension host and a file watcher, which outlive the main
// process by a few seconds: stop the whole process group, and wait until it is gone.
async function stopCodeServer(server) {
  const group = -server.pid;
  const alive = () => { try { process.kill(group, 0); return true; } catch { return false; } };
  try { process.kill(group, 'SIGTERM'); } catch { return; }
  for (let i = 0; i < 50 && alive(); i++) await sleep(100);
  if (alive()) { try { process.kill(group, 'SIGKILL'); } catch { /* already gone */ } }
}

function launchChromium(home) {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, HOME: home }, // Chromium's profile stays out of the real home
    // Playwright's own signal handlers close the browser and exit at once, which would leave
    // code-server running: runSession handles the signals and stops both.
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens the workbench on `folder`. With `developmentPath` the extension there is loaded from source
 * through the workbench's extensionDevelopmentPath payload; with `testsPath` as well, the extension
 * host then runs that module's run(), as in VS Code's own browser integration tests. `prepare(page)`
 * runs before the workbench loads (to expose functions or add init scripts).
 */
async function openWorkbench(browser, host, { folder, developmentPath, testsPath, prepare }) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (error) => console.error('[workbench] error:', error.message));
  if (prepare) await prepare(page);
  const remote = (file) => `vscode-remote://${host}${file}`;
  const entries = [];
  if (developmentPath) entries.push(['extensionDevelopmentPath', remote(developmentPath)]);
  if (developmentPath && testsPath) entries.push(['extensionTestsPath', remote(testsPath)]);
  const payload = entries.length ? '&payload=' + encodeURIComponent(JSON.stringify([...entries, ['skipWelcome', 'true']])) : '';
  await page.goto(`http://${host}/?folder=${encodeURIComponent(folder)}${payload}`);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 }); // workspace loaded
  return page;
}

/**
 * Runs `drive({ page, installed, log })` in a fresh workbench on a copy of `workspaceFrom`, with the
 * extension from `vsix` (installed first; `installed` is its folder) or else from the repository's
 * source (and then, with `testsPath`, the extension-test module there; see openWorkbench).
 * Always stops Chromium and code-server's process group; keeps the state folder (with
 * code-server.log and failure.png) only when the session failed. With `restricted`, workspace trust
 * is on and never granted (Restricted Mode); `env` goes to code-server and its extension host. Resolves with the exit code: what
 * `drive` resolved with (0 when nothing), or `failureCode` when the session failed or timed out.
 */
async function runSession({ name, workspaceFrom, settings = {}, vsix, testsPath, prepare, drive,
  restricted = false, env = {}, timeoutMs = SESSION_TIMEOUT_MS, failureCode = 1 }) {
  const started = Date.now();
  const log = (...args) => console.log(`[${name}]`, ...args);
  let state = null;
  let server = null;
  let browser = null;
  let page = null;
  let stopping = null;
  const stop = () => (stopping ??= (async () => {
    await browser?.close().catch(() => {});
    if (server) await stopCodeServer(server);
    if (state) fs.rmSync(state.tmp, { recursive: true, force: true });
  })());
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      interrupted = true;
      log(`${signal}: stopping`);
      stop().finally(() => {
        if (state) fs.rmSync(state.dir, { recursive: true, force: true });
        process.exit(130);
      });
    });
  }

  const run = (async () => {
    checkPrerequisites();
    state = makeState(name, workspaceFrom, restricted ? { ...settings, ...RESTRICTED_SETTINGS } : settings);
    let installed = null;
    if (vsix) {
      installed = installVsix(state, path.resolve(vsix));
      log(`installed ${path.basename(vsix)} in ${Date.now() - started} ms: ${path.basename(installed)}`);
    } else {
      requireFile(path.join(ROOT, 'dist/extension.js'), 'run: npm run build');
    }
    const codeServer = startCodeServer(state, { restricted, env });
    server = codeServer.server;
    const host = await Promise.race([codeServer.address, codeServer.crashed]);
    log(`code-server on ${host} after ${Date.now() - started} ms`);
    browser = await launchChromium(state.home);
    const developmentPath = vsix ? undefined : developmentLink(state);
    page = await Promise.race([
      openWorkbench(browser, host, { folder: state.workspace, developmentPath, testsPath, prepare }), codeServer.crashed]);
    log(`workbench ready after ${Date.now() - started} ms`);
    return Promise.race([drive({ page, installed, log }), codeServer.crashed]);
  })();
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new UiError(`timed out after ${timeoutMs} ms`)), timeoutMs);
  });
  let code = 0;
  try {
    code = (await Promise.race([run, timeout])) ?? 0;
  } catch (error) {
    code = failureCode;
    if (interrupted) return new Promise(() => {}); // the signal handler cleans up and exits
    // Our own errors say what is missing; anything else (Playwright) carries a long call log.
    const message = error instanceof UiError ? error.message : String(error.stack ?? error).split('\n').slice(0, 3).join('\n');
    console.error(`[${name}] FAILED:`, message);
    if (page && state) await page.screenshot({ path: path.join(state.dir, 'failure.png') }).catch(() => {});
  } finally {
    clearTimeout(timer);
    run.catch(() => {}); // after a timeout, stopping the browser fails the abandoned run: expected
    await stop();
  }
  if (state && code === 0) fs.rmSync(state.dir, { recursive: true, force: true });
  else if (state) log(`kept the session's state, code-server.log and failure.png in ${state.dir}`);
  log(`done in ${Date.now() - started} ms, exit code ${code}`);
  return code;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

module.exports = { ROOT, fail, requireFile, sleep, runSession };
