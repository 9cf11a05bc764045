// Builds the extension (Node and web bundles) and the CLI into dist/.
// Type-checking is its own step (`npm run typecheck`): esbuild only strips types.
const esbuild = require('esbuild');

/** The bundles; scripts/bundle-size.js builds the production ones in memory to weigh them. */
function buildsFor(production) {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
  };

  return [
    {
      ...common,
      entryPoints: ['src/vscode/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
    },
    {
      ...common,
      entryPoints: ['src/vscode/extension.ts'],
      outfile: 'dist/web/extension.js',
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      // src/vscode/util/fsAtomic.ts requires node:fs lazily, only in a Node extension host
      external: ['vscode', 'node:*'],
      define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    },
    {
      ...common,
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      banner: { js: '#!/usr/bin/env node' },
      define: { NEWSMARK_VERSION: JSON.stringify(require('./package.json').version) },
    },
    {
      // the CLI's sidecar writer thread, started from dist/cli.js (src/cli/backgroundWrites.ts)
      ...common,
      entryPoints: ['src/cli/writerThread.ts'],
      outfile: 'dist/writerThread.js',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
    },
  ];
}

async function main() {
  const builds = buildsFor(process.argv.includes('--production'));
  if (process.argv.includes('--watch')) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}

module.exports = { buildsFor };
