// What a person does in the workbench, as playwright-core gestures: open a file with Quick Open,
// run a command from the palette, wait for an extension's highlights, rest the mouse on a word and
// wait for its hover card. Sessions come from ./session.js.
'use strict';
const { fail, sleep } = require('./session');

async function quickPick(page, shortcut, query) {
  await page.keyboard.press(shortcut);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(query);
  const row = page.locator('.quick-input-list .monaco-list-row').first();
  await row.waitFor({ state: 'visible', timeout: 20_000 }).catch(() => fail(`nothing in the ${shortcut} list for "${query}"`));
  return row;
}

/** Opens a workspace file with Quick Open (Ctrl+P), as a user would; waits for its text. */
async function openFile(page, fileName) {
  await page.locator('.monaco-workbench .part.editor').click({ position: { x: 400, y: 300 } });
  const row = await quickPick(page, 'Control+P', fileName);
  if (!(await row.innerText()).includes(fileName)) fail(`Quick Open did not find ${fileName}`);
  await page.keyboard.press('Enter');
  const tab = page.locator('.tabs-container .tab.active', { hasText: fileName });
  await tab.waitFor({ timeout: 20_000 }).catch(() => fail(`${fileName} did not open in an editor`));
  await page.waitForSelector('.part.editor .monaco-editor .view-lines .view-line', { timeout: 20_000 });
}

/** Runs a command by its palette title (F1), e.g. "Newsmark: Focus on Annotations View". */
async function runCommand(page, title) {
  const row = await quickPick(page, 'F1', title);
  const label = (await row.getAttribute('aria-label')) ?? (await row.innerText());
  if (!label.includes(title)) fail(`the command palette has no "${title}" (first match: "${label}")`);
  await page.keyboard.press('Enter');
}

// Extension decorations carry class names VS Code generates per decoration type ("ced-…"): the
// backgrounds render in .view-overlays, inline styles as spans in .view-lines.
const DECORATION = '.part.editor .monaco-editor :is(.view-overlays, .view-lines) [class*="ced-"]';

/** Waits until an extension has drawn at least `min` decorations in the editor; returns how many. */
async function waitForDecorations(page, min = 1) {
  await page.waitForFunction(([selector, least]) => document.querySelectorAll(selector).length >= least,
    [DECORATION, min], { timeout: 20_000 }).catch(() => fail('no highlights were drawn in the editor'));
  await sleep(500); // the rest of a batch lands in the next frames
  return page.locator(DECORATION).count();
}

/**
 * The on-screen box of `word` where it starts `phrase` (or its first occurrence) in the editor's
 * rendered lines. Decorations and tokens split a line into many text nodes, so the phrase is found
 * in the line's whole text and its offsets mapped back to nodes.
 */
async function wordBox(page, word, phrase = word) {
  const box = await page.evaluate(([w, p]) => {
    const normal = (s) => s.replace(/\u00a0/g, ' '); // Monaco renders some spaces as no-break spaces
    for (const line of document.querySelectorAll('.part.editor .monaco-editor .view-lines .view-line')) {
      const at = normal(line.textContent ?? '').indexOf(p);
      if (at < 0) continue;
      const start = at + p.indexOf(w);
      const range = document.createRange();
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node; (node = walker.nextNode());) {
        const length = node.textContent.length;
        if (seen <= start && start < seen + length) range.setStart(node, start - seen);
        if (seen < start + w.length && start + w.length <= seen + length) { range.setEnd(node, start + w.length - seen); break; }
        seen += length;
      }
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, [word, phrase]);
  if (!box || box.width === 0) fail(`"${phrase}" is not shown in the editor`);
  return box;
}

/** Moves the mouse over a box and waits for the hover card that contains `expected`; returns it. */
async function hoverCard(page, box, expected) {
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const card = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expected }).first();
  await card.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
    const shown = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts();
    fail(`no hover card with "${expected}" (hovers shown: ${JSON.stringify(shown)})`);
  });
  await sleep(300); // the card fades in
  return card;
}

/** The smallest rectangle around all `boxes`, padded and kept inside the page. */
function around(page, boxes, padding) {
  const viewport = page.viewportSize();
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - padding);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - padding);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + padding);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + padding);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

module.exports = { openFile, runCommand, waitForDecorations, wordBox, hoverCard, around };
