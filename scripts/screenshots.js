#!/usr/bin/env node
// Takes the README's screenshots in a real VS Code (code-server, headless Chromium):
//   media/screenshots/article.png  the bundled sample article as Newsmark highlights it, with the
//                                  Annotations view in the side bar;
//   media/screenshots/hover.png    the glossary card shown when the mouse rests on "Lavrov".
// The extension is loaded from source (run `npm run build` first) or, with VSIX=path, from a package.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT, fail, runSession } = require('./lib/session');
const { runCommand, around } = require('./lib/workbench');
const { SAMPLES, requireSamples, openSample, hoverLavrov } = require('./lib/sample');

const OUT = path.join(ROOT, 'media/screenshots');

async function shoot({ page, log }) {
  await openSample(page, log);
  await runCommand(page, 'Newsmark: Focus on Annotations View');
  await page.locator('.pane-body .monaco-list-row').first().waitFor({ timeout: 10_000 })
    .catch(() => fail('the Newsmark Annotations view shows no rows'));
  await page.keyboard.press('Control+1'); // focus back on the editor: no focus frame around the view
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(OUT, 'article.png') });

  const { word, card } = await wholeHoverCard(page, log);
  const cardBox = await card.boundingBox();
  if (!cardBox) fail('the hover card has no box on screen');
  await page.screenshot({ path: path.join(OUT, 'hover.png'), clip: around(page, [word, cardBox], 48) });
  log('hover card:', JSON.stringify(await card.innerText()));
  for (const file of ['article.png', 'hover.png']) {
    log(`wrote media/screenshots/${file} (${fs.statSync(path.join(OUT, file)).size} bytes)`);
  }
}

// VS Code caps a hover card at a quarter of the editor's height (at least 250 px) and scrolls the
// rest. When the card scrolls, hover again in a window tall enough for all of it: the shot is
// cropped to the card anyway.
async function wholeHoverCard(page, log) {
  const contentHeight = (card) => card.locator('.monaco-hover-content')
    .evaluate((c) => ({ needed: c.scrollHeight, shown: c.clientHeight }));
  const first = await hoverLavrov(page);
  const { needed, shown } = await contentHeight(first.card);
  if (needed <= shown + 1) return first;
  const { width, height } = page.viewportSize();
  await page.mouse.move(width / 2, height - 60); // off the word, onto the editor's empty bottom
  await first.card.waitFor({ state: 'hidden', timeout: 5_000 });
  await page.setViewportSize({ width, height: Math.max(height, 4 * needed + 200) });
  await page.waitForTimeout(300); // the workbench lays out again
  const second = await hoverLavrov(page);
  const after = await contentHeight(second.card);
  if (after.needed > after.shown + 1) log(`warning: the hover card still scrolls (${after.shown} of ${after.needed} px shown)`);
  return second;
}

async function main() {
  requireSamples();
  fs.mkdirSync(OUT, { recursive: true });
  return runSession({ name: 'screenshots', workspaceFrom: SAMPLES, vsix: process.env.VSIX, drive: shoot });
}

main().then((code) => process.exit(code), (error) => {
  console.error('[screenshots] FAILED:', error.message);
  process.exit(1);
});
