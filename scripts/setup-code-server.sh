#!/usr/bin/env bash
# Installs a real VS Code for the integration tests: code-server 4.100.3 (= VS Code 1.100.3, the
# engine our manifest targets) into .vscode-test/code-server, using only the npm registry.
# Why code-server: our machines reach npm and Debian's archive only, so @vscode/test-electron cannot
# download desktop VS Code; code-server is the same VS Code server + workbench, published on npm.
# 4.100.3 is the newest release whose postinstall accepts Node 20 (our engine).
#
# Needs (Debian): chromium libkrb5-dev ripgrep, plus make g++ python3 and Node's headers
# (.ci/run installs what is missing). Idempotent: a stamp written after a verified install makes a
# second run return at once.
set -euo pipefail

readonly CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep as pinned by code-server 4.100.3's shrinkwrap, and the rg release its postinstall fetches.
readonly RIPGREP_PACKAGE_VERSION=1.15.11
readonly RIPGREP_TAG=v13.0.0-10

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/.vscode-test/code-server"
STAMP="$DEST/installed-$CODE_SERVER_VERSION"
# Two test runs started at once in one checkout must not both install into $DEST.
mkdir -p "$ROOT/.vscode-test"
exec 9>"$ROOT/.vscode-test/code-server.lock"
flock 9
if [ -f "$STAMP" ] && [ -x "$DEST/code-server" ]; then
  echo "code-server $CODE_SERVER_VERSION already installed in $DEST"
  exit 0
fi

missing=()
for tool in rg make g++ python3 krb5-config; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-code-server: missing ${missing[*]}; install with:" >&2
  echo "  apt-get install -y --no-install-recommends ripgrep make g++ python3 libkrb5-dev chromium" >&2
  exit 1
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" != 20 ]; then
  echo "setup-code-server: code-server $CODE_SERVER_VERSION needs Node 20, found $(node -v)" >&2
  exit 1
fi

# Under `npm run`, the parent npm exports its own identity and project: the nested installs would
# take them over (code-server's postinstall reads the Node version from npm_config_user_agent).
unset npm_config_user_agent npm_node_execpath npm_execpath npm_config_local_prefix npm_config_allow_scripts

# Native addons (node-pty, kerberos, spdlog, argon2, ...) build from source: prebuilt binaries come
# from GitHub, which we cannot reach. node-gyp would also download Node's headers; use the installed ones.
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -f "$NODE_PREFIX/include/node/node.h" ]; then export npm_config_nodedir="$NODE_PREFIX"; fi

rm -rf "$DEST"
mkdir -p "$DEST/tmp"
cd "$DEST"

# @vscode/ripgrep's postinstall downloads rg from GitHub, but first looks in
# $TMPDIR/vscode-ripgrep-cache-<version>/ripgrep-<tag>-<target>.tar.gz: seed that with Debian's rg.
case "$(uname -m)" in
  x86_64) RG_TARGET=x86_64-unknown-linux-musl ;;
  aarch64) RG_TARGET=aarch64-unknown-linux-musl ;;
  *) echo "setup-code-server: no ripgrep target for $(uname -m)" >&2; exit 1 ;;
esac
mkdir -p "tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
tar czf "tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION/ripgrep-$RIPGREP_TAG-$RG_TARGET.tar.gz" \
  -C "$(dirname "$(command -v rg)")" rg

# npm 11 reviews dependency install scripts against package.json#allowScripts (never a CLI flag in a
# project install). code-server's postinstall installs VS Code's own dependencies and argon2 builds a
# native addon: approve both by name, and make sure no inherited config turns scripts off or turns the
# unreviewed ones (the nested install's node-pty, kerberos, ...) into errors.
cat > package.json <<JSON
{
  "name": "newsmark-code-server-host",
  "private": true,
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON

# unsafe_perm: code-server's postinstall refuses to run as root unless it sees this variable (npm 11
# itself no longer knows the setting and warns about it).
# yes: node-pty's postinstall runs `npx node-gyp`, which must not stop to ask.
# TMPDIR: where the ripgrep postinstall finds the seeded cache.
echo "installing code-server $CODE_SERVER_VERSION (builds native modules; about a minute)"
if ! TMPDIR="$DEST/tmp" npm_config_unsafe_perm=true npm_config_yes=true \
  npm_config_ignore_scripts=false npm_config_strict_allow_scripts=false \
  npm install --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" \
  >"$DEST/install.log" 2>&1; then
  tail -40 "$DEST/install.log" >&2
  echo "setup-code-server: npm install failed, full log in $DEST/install.log" >&2
  exit 1
fi

# A skipped or failed postinstall does not fail npm install: check what the postinstalls make.
VSCODE="$DEST/node_modules/code-server/lib/vscode"
node - "$DEST/node_modules/code-server" "$VSCODE" <<'JS' || { echo "setup-code-server: see $DEST/install.log" >&2; exit 1; }
const { createRequire } = require('module');
const fs = require('fs');
const path = require('path');
const [codeServer, vscode] = process.argv.slice(2);
const problems = [];
const load = (from, name) => {
  try { createRequire(path.join(from, 'package.json'))(name); } catch (e) { problems.push(`${name}: ${e.message.split('\n')[0]}`); }
};
load(codeServer, 'argon2');
for (const name of ['node-pty', 'kerberos', '@vscode/spdlog', '@parcel/watcher', 'native-watchdog', '@vscode/deviceid']) load(vscode, name);
if (!fs.existsSync(path.join(vscode, 'node_modules/node-pty/build/Release/pty.node'))) problems.push('node-pty: pty.node not built');
if (!fs.existsSync(path.join(vscode, 'node_modules/@vscode/ripgrep/bin/rg'))) problems.push('@vscode/ripgrep: bin/rg missing');
if (!fs.existsSync(path.join(vscode, 'node_modules.asar'))) problems.push('code-server postinstall did not finish (no node_modules.asar link)');
if (problems.length) { console.error('setup-code-server: incomplete install:\n  ' + problems.join('\n  ')); process.exit(1); }
JS

# The wrapper pins the Node the native modules were built for (their ABI), whatever PATH says later.
cat > code-server <<WRAP
#!/bin/sh
exec "$(command -v node)" "$DEST/node_modules/code-server/out/node/entry.js" "\$@"
WRAP
chmod +x code-server
rm -rf tmp
# code-server --version starts the CLI, not the server: a cheap proof that the entry point loads.
echo "installed: code-server $(HOME="$DEST/home" ./code-server --version | tail -1), in $SECONDS s"
touch "$STAMP"
