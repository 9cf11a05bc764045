// Fixed-seed workloads for the benchmarks: generated glossaries (multi-word
// names, aliases, names that are prefixes of others, Cyrillic, Greek and CJK
// names) and news-like text that names them in every form a reader meets.

import type { CaseMode, Entity } from '../src/core/model';

// --- fixed-seed data -------------------------------------------------------

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

const LATIN = ['ka', 'ro', 'mi', 'sa', 've', 'lo', 'tan', 'bek', 'dor', 'vi', 'na', 'zu', 'gar', 'el', 'om', 'ti', 'ras', 'ul', 'fen', 'po', 'shi', 'ar', 'nov', 'ki'];
const CYRILLIC = ['ка', 'ро', 'ми', 'са', 'ве', 'ло', 'тан', 'бек', 'дор', 'ви', 'на', 'зу', 'ов', 'ин'];
// no final sigma: /iu and one-unit lowercasing disagree about ς
const GREEK = ['κα', 'ρο', 'μι', 'σα', 'βε', 'λο', 'τα', 'νι', 'πο', 'δη'];
const CJK = ['北', '京', '上', '海', '山', '川', '田', '中', '東', '西', '南', '大', '新', '明'];
const ORG_WORDS = ['Institute', 'Foundation', 'Council', 'Agency', 'Bank', 'Group', 'Party', 'Fund'];
const PLACE_WORDS = ['Autonomous Oblast', 'Region', 'Republic', 'District'];

function syllables(r: Random, from: readonly string[], min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let word = '';
  for (let i = 0; i < n; i++) word += pick(r, from);
  return word;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Words for names, and filler words that never coincide with them: every match lies inside an inserted name. */
export interface Vocabulary {
  readonly latin: readonly string[];
  readonly cyrillic: readonly string[];
  readonly greek: readonly string[];
  readonly filler: readonly string[];
}

export function vocabulary(r: Random): Vocabulary {
  const pool = (from: readonly string[], size: number) => {
    const words = new Set<string>();
    while (words.size < size) words.add(capitalised(syllables(r, from, 2, 3)));
    return [...words];
  };
  const latin = pool(LATIN, 6000);
  const cyrillic = pool(CYRILLIC, 1500);
  const greek = pool(GREEK, 800);
  const taken = new Set([...latin, ...cyrillic, ...greek].map((w) => w.toLowerCase()));
  const filler = new Set<string>(['the', 'of', 'and', 'said', 'in', 'to', 'a', 'on', 'that']);
  while (filler.size < 5000) {
    const word = syllables(r, LATIN, 1, 3);
    if (!taken.has(word)) filler.add(word);
  }
  return { latin, cyrillic, greek, filler: [...filler] };
}

/** People, organisations named after them, places and their regions, media with numbers, non-Latin names. */
export function generateGlossary(r: Random, words: Vocabulary, entries: number): Entity[] {
  const entities: Entity[] = [];
  const add = (name: string, aliases: string[]) =>
    entities.push({ id: `e${entities.length}`, name, type: 'other', aliases, facts: [], links: [], case: 'auto' });
  while (entities.length < entries) {
    const kind = r();
    const first = pick(r, words.latin);
    const last = pick(r, words.latin);
    if (kind < 0.35) {
      add(`${first} ${last}`, r() < 0.5 ? [last] : r() < 0.5 ? [`${first[0]}. ${last}`] : []);
    } else if (kind < 0.55) {
      const name = `${first} ${last} ${pick(r, ORG_WORDS)}`;
      add(name, [name.split(' ').map((w) => w[0]).join('')]);
      if (r() < 0.5) add(`${first} ${last}`, []); // a name that is a prefix of another
    } else if (kind < 0.7) {
      const place = `${first}-${last}`;
      add(place, r() < 0.3 ? [`${first}'${last.toLowerCase()}`] : []);
      if (r() < 0.5) add(`${place} ${pick(r, PLACE_WORDS)}`, []);
    } else if (kind < 0.78) {
      add(`${first} ${10 + Math.floor(r() * 90)}`, []);
      add(first, []);
    } else if (kind < 0.88) {
      const surname = pick(r, words.cyrillic);
      add(`${pick(r, words.cyrillic)} ${surname}`, [surname]);
    } else if (kind < 0.94) {
      add(`${pick(r, words.greek)} ${pick(r, words.greek)}`, []);
    } else {
      add(syllables(r, CJK, 2, 4), []);
    }
  }
  return entities.slice(0, entries);
}

export function withCase(entities: readonly Entity[], mode: CaseMode): Entity[] {
  return entities.map((e) => ({ ...e, case: mode }));
}

/** How a name may look in running text: other case, wider white space, another dash, a possessive. */
function written(r: Random, form: string): string {
  let text = form;
  const roll = r();
  if (roll < 0.08) text = text.toLowerCase();
  else if (roll < 0.12) text = text.toUpperCase();
  if (r() < 0.05) text = text.replace(' ', r() < 0.5 ? '  ' : '\n');
  if (r() < 0.3) text = text.replace('-', '–');
  if (r() < 0.15) text += r() < 0.5 ? "'s" : '’s';
  return text;
}

/** Filler words with a name (any form) in about one word slot in 17, punctuation, line breaks and the odd emoji. */
export function generateText(r: Random, entities: readonly Entity[], filler: readonly string[], length: number): string {
  const parts: string[] = [];
  let size = 0;
  let wordsInParagraph = 0;
  while (size < length) {
    let piece = pick(r, filler);
    const roll = r();
    if (roll < 0.06) {
      const e = pick(r, entities);
      // a filler word after every name: no mention can run from one name into the next
      piece = `${written(r, pick(r, [e.name, ...e.aliases]))} ${piece}`;
    } else if (roll < 0.062) piece = `😀 ${piece}`;
    if (r() < 0.08) piece += pick(r, [',', '.', ';']);
    wordsInParagraph++;
    const end = wordsInParagraph > 60 + r() * 60 ? pick(r, ['.\n', '.\r\n', '.\n\n']) : ' ';
    if (end !== ' ') wordsInParagraph = 0;
    parts.push(piece, end);
    size += piece.length + end.length;
  }
  return parts.join('').slice(0, length);
}


// Quotations in the manner of wire copy, with the speech verbs, titles and
// pronouns the speaker rules read; `{name}` is a glossary name.
const QUOTE_SENTENCES = [
  '“We have no money left for the new bridge,” said {name}, who has led the city since 2019.',
  '{name} said the plan was “a reasonable compromise for everyone involved.”',
  'Critics called it “a disgrace” and vowed to fight the proposal in court.',
  '“It is too early to say what the vote will bring,” {name}, the party’s chairman, told reporters.',
  'He noted that “the count will take several days in the northern districts.”',
  'According to {name}, “the talks were useful and frank.”',
  '{name}: “We will hold hearings on this matter in the spring.”',
];

/** A news article of about `length` UTF-16 units: generated paragraphs that name entities, with quotations between them. */
export function generateArticle(r: Random, entities: readonly Entity[], filler: readonly string[], length: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < length) {
    const body = generateText(r, entities, filler, 300 + Math.floor(r() * 500)).replace(/\s+$/, '').replace(/\r?\n+/g, ' ');
    const quote = pick(r, QUOTE_SENTENCES).replace('{name}', pick(r, entities).name);
    const paragraph = r() < 0.5 ? `${body}. ${quote}` : `${quote} ${body}.`;
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, length);
}

/** The glossary as a user would write it: one YAML block per entity, at most `limit` of them. */
export function glossaryYaml(entities: readonly Entity[], limit = entities.length): string {
  const quoted = (s: string) => JSON.stringify(s);
  const lines = ['entities:'];
  // a careful editor gives each form to one entity: no warnings to print
  const taken = new Set<string>();
  let written = 0;
  for (const e of entities) {
    if (lines.length > 1 && written >= limit) break;
    if (taken.has(e.name.toLowerCase())) continue;
    written++;
    taken.add(e.name.toLowerCase());
    const aliases = e.aliases.filter((a) => !taken.has(a.toLowerCase()));
    for (const a of aliases) taken.add(a.toLowerCase());
    lines.push(`  - id: ${e.id}`, `    name: ${quoted(e.name)}`, `    type: ${e.type}`);
    if (aliases.length) lines.push(`    aliases: [${aliases.map(quoted).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}
