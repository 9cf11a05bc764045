// annotation.conf and visual.conf for a folder of Newsmark brat sidecars.
// brat looks for them in the document's folder and its parents.

import { QUOTE_TYPE, SPEAKER_MENTION_TYPE, SPEAKER_RELATION, STYLE_ATTRIBUTE, bratLabel } from './bratNames';

/** Built-in types keep the same colours in every project. */
const BUILT_IN_COLORS: ReadonlyMap<string, string> = new Map([
  ['person', '#ffd8a8'],
  ['organization', '#a5d8ff'],
  ['treaty', '#d0bfff'],
  ['place', '#b2f2bb'],
  ['event', '#ffec99'],
  ['other', '#dee2e6'],
]);
/** Other types pick from these by a hash of their name, so a type keeps its colour as types are added. */
const PALETTE = ['#fcc2d7', '#99e9f2', '#c0eb75', '#eebefa', '#ffc9c9', '#bac8ff', '#96f2d7', '#ffe8cc'];
// brat's [drawing] turns '-' into ',' and splits on ',', so only plain colour values pass
const COLOR = /^(?:#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;

/**
 * The types, relation and attribute of Newsmark's .ann files. `entityTypes`
 * are glossary types as written; they are listed under their brat names
 * (see bratLabel), followed by Quote and Speaker_mention.
 */
export function bratAnnotationConf(entityTypes: readonly string[]): string {
  const entities = [...new Set(entityTypes.map(bratLabel))];
  return [
    '# Written by Newsmark: glossary entity types, quotations, and who said them.',
    `# A speaker mention that is not itself a glossary mention has the type ${SPEAKER_MENTION_TYPE}.`,
    '[entities]',
    ...entities,
    QUOTE_TYPE,
    SPEAKER_MENTION_TYPE,
    '',
    '[relations]',
    `${SPEAKER_RELATION}\tArg1:${QUOTE_TYPE}, Arg2:${[...entities, SPEAKER_MENTION_TYPE].join('|')}`,
    '# mentions sit inside quotes, and a speaker mention can be a glossary mention too',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `${STYLE_ATTRIBUTE}\tArg:${QUOTE_TYPE}, Value:direct|term`,
    '',
  ].join('\n');
}

/** Labels (the type as written, where brat's name differs) and colours; `colors` maps a glossary type to a colour. */
export function bratVisualConf(entityTypes: readonly string[], colors?: ReadonlyMap<string, string>): string {
  const seen = new Set<string>();
  const labels: string[] = [];
  const drawing: string[] = [];
  for (const type of entityTypes) {
    const label = bratLabel(type);
    if (seen.has(label)) continue;
    seen.add(label);
    labels.push(`${label} | ${type.replace(/[|\t\r\n]+/g, ' ').trim() || label}`);
    drawing.push(`${label}\tbgColor:${colorOf(type, colors)}`);
  }
  return [
    '[labels]',
    ...labels,
    `${QUOTE_TYPE} | Quote`,
    `${SPEAKER_MENTION_TYPE} | Speaker mention | Speaker`,
    `${SPEAKER_RELATION} | Speaker`,
    `${STYLE_ATTRIBUTE} | Style`,
    '',
    '[drawing]',
    'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
    'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
    ...drawing,
    `${QUOTE_TYPE}\tbgColor:#fff3bf`,
    `${SPEAKER_MENTION_TYPE}\tbgColor:#e9ecef`,
    `${SPEAKER_RELATION}\tcolor:#862e9c`,
    '',
  ].join('\n');
}

function colorOf(type: string, colors?: ReadonlyMap<string, string>): string {
  const chosen = colors?.get(type);
  if (chosen !== undefined && COLOR.test(chosen)) return chosen;
  const builtIn = BUILT_IN_COLORS.get(type);
  if (builtIn) return builtIn;
  let h = 0;
  for (let i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}
