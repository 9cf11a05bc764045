// The bundled sample both UI scripts drive: the article, its glossary, and the mention whose hover
// card shows that Newsmark works.
'use strict';
const path = require('node:path');
const { ROOT, requireFile } = require('./session');
const { openFile, waitForDecorations, wordBox, hoverCard } = require('./workbench');

const SAMPLES = path.join(ROOT, 'samples');
const ARTICLE = '000_03eb9b906080eadc.txt';
// The body's "Lavrov" (not the headline's): its card then opens over the article text.
const HOVER = { word: 'Lavrov', phrase: 'Lavrov mentioned', card: 'Sergey Lavrov' };

function requireSamples() {
  requireFile(path.join(SAMPLES, ARTICLE), 'the sample article is missing');
  requireFile(path.join(SAMPLES, 'glossary.yaml'), 'the sample glossary is missing');
}

/** Opens the sample article with Quick Open and waits for Newsmark's highlights. */
async function openSample(page, log) {
  await openFile(page, ARTICLE);
  const highlights = await waitForDecorations(page);
  log(`${ARTICLE} open, ${highlights} highlight elements drawn`);
}

/** Rests the mouse on "Lavrov"; resolves with the word's box and its hover card. */
async function hoverLavrov(page) {
  const word = await wordBox(page, HOVER.word, HOVER.phrase);
  const card = await hoverCard(page, word, HOVER.card);
  return { word, card };
}

module.exports = { SAMPLES, requireSamples, openSample, hoverLavrov };
