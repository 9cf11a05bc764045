// Entity matcher benchmark (issue 4 targets): scans 5 MiB of generated news
// text with generated glossaries of 1,000 to 100,000 entries, times the
// compiled matcher against the regex approaches it replaces, and checks that
// they find the same mentions.
//
// Everything is generated from fixed seeds, so runs differ only by timing
// (BENCH_VERBOSE=1 prints every run's time, not only the median).
// The 10,000- and 1,000-entry glossaries are the first entries of the
// 100,000-entry one, and the big glossary is timed on the same text as the
// 10,000 one: any difference is the glossary's size, not the text.

import { compileMatcher, type CompiledMatcher } from '../src/core/matching';
import type { CaseMode, Entity, Mention } from '../src/core/model';
import { generateGlossary, generateText, seeded, vocabulary, withCase } from './workload';
import { collectGarbage, floorNow, time, timed, type Timing } from './timing';

const TEXT_LENGTH = 5 * 1024 * 1024;

// --- the regex approaches the matcher replaces ------------------------------

const WORD = "(?!['’ʼ])[\\p{L}\\p{N}\\p{M}]";
const APOSTROPHES = "'’ʼ";
const DASHES = '-‐‑–−';
const SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

const escaped = (ch: string) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function formsOf(entities: readonly Entity[]): { entity: string; form: number; text: string }[] {
  return entities.flatMap((e) => [e.name, ...e.aliases].map((text, form) => ({ entity: e.id, form, text })));
}

/** One regex per form, straight on the text, then overlaps settled as DESIGN.md says: longest, then earliest. */
function regexPerForm(entities: readonly Entity[], text: string): Mention[] {
  const candidates: Mention[] = [];
  for (const f of formsOf(entities)) {
    const pattern = [...f.text.trim()]
      .map((ch) => (APOSTROPHES.includes(ch) ? `[${APOSTROPHES}]` : DASHES.includes(ch) ? '[\\-‐‑–−]' : SPACE.test(ch) ? `${SPACE.source}+` : escaped(ch)))
      .join('');
    const re = new RegExp(`(?<!${WORD})${pattern}(?!${WORD})`, 'gu');
    for (const match of text.matchAll(re)) candidates.push({ start: match.index!, end: match.index! + match[0].length, entity: f.entity, form: f.form });
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept = candidates.filter((c) => {
    for (let i = c.start; i < c.end; i++) if (taken[i]) return false;
    taken.fill(1, c.start, c.end);
    return true;
  });
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * One alternation of every form, longest first. Character classes (`\s+`,
 * `['’]`) in an alternation of thousands take V8's regex engine off its fast
 * path (hours for 5 MiB), so the text is first folded into a copy with
 * plain spaces, apostrophes, dashes (and lower case for `ignore`), whose
 * offsets map back to the text's.
 */
function combinedRegex(entities: readonly Entity[], ignoreCase: boolean): (text: string) => Mention[] {
  const fold = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    const lower = ignoreCase ? ch.toLowerCase() : ch;
    fold[c] = APOSTROPHES.includes(ch) ? 0x27 : DASHES.includes(ch) ? 0x2d : SPACE.test(ch) ? 0x20 : lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  const folded = (s: string) => String.fromCharCode(...[...s.trim().replace(new RegExp(`${SPACE.source}+`, 'g'), ' ')].map((ch) => fold[ch.charCodeAt(0)]!));
  const byText = new Map<string, { entity: string; form: number }>();
  for (const f of formsOf(entities)) if (!byText.has(folded(f.text))) byText.set(folded(f.text), f);
  const alternatives = [...byText.keys()].sort((a, b) => b.length - a.length).map((form) => [...form].map(escaped).join(''));
  const re = new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'gu');
  return (text) => {
    const copy = new Uint16Array(text.length);
    const origin = new Int32Array(text.length);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = fold[text.charCodeAt(i)]!;
      if (c === 0x20 && n > 0 && copy[n - 1] === 0x20) continue;
      origin[n] = i;
      copy[n++] = c;
    }
    const foldedText = new TextDecoder('utf-16le').decode(copy.subarray(0, n));
    const found: Mention[] = [];
    for (const match of foldedText.matchAll(re)) {
      const f = byText.get(match[0])!;
      const last = match.index! + match[0].length - 1;
      found.push({ start: origin[match.index!]!, end: origin[last]! + 1, entity: f.entity, form: f.form });
    }
    return found;
  };
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  return a.length === b.length && a.every((m, i) => m.start === b[i]!.start && m.end === b[i]!.end && m.entity === b[i]!.entity && m.form === b[i]!.form);
}

/** Heap and typed-array memory in use once collections have run (typed arrays are freed a tick later). */
async function memoryInUse(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

interface Row {
  readonly what: string;
  readonly ms: string;
  /** The floor (see floorNow) just before this row was timed; none for rows that are not times. */
  readonly floor?: number;
  readonly target: string;
  readonly ok?: boolean;
}

const WHAT_WIDTH = 92;

/** Prints each row as soon as it is measured: the regex baselines take a while. */
function printRow(row: Row): void {
  const verdict = row.ok === undefined ? '' : row.ok ? '  ok' : '  MISSED';
  const floor = row.floor === undefined ? '' : row.floor.toFixed(1);
  console.log(`${row.what.padEnd(WHAT_WIDTH)} | ${row.ms.padStart(16)} | ${floor.padStart(5)} | ${row.target}${verdict}`);
}

export async function benchMatcher(): Promise<void> {
  const ms = (t: Timing) => `${t.median.toFixed(1)} (${t.min.toFixed(1)})`;
  const r = seeded(20240611);
  const words = vocabulary(r);
  const glossary100k = generateGlossary(r, words, 100_000);
  const glossary10k = glossary100k.slice(0, 10_000);
  const glossary1k = glossary100k.slice(0, 1_000);
  const text = generateText(r, glossary10k, words.filler, TEXT_LENGTH);
  const text1k = generateText(r, glossary1k, words.filler, TEXT_LENGTH);

  console.log(`${'matcher: 5 MiB of text (5,242,880 UTF-16 units)'.padEnd(WHAT_WIDTH)} | ${'ms median (min)'.padStart(16)} | floor | target (on the median)`);
  console.log(`${'-'.repeat(WHAT_WIDTH)}-|-${'-'.repeat(16)}-|-------|-${'-'.repeat(22)}`);

  let floor = floorNow();
  const compile10k = timed(5, () => compileMatcher(glossary10k));
  printRow({ what: 'compile 10,000 entries', ms: ms(compile10k), floor, target: '≤ 150', ok: compile10k.median <= 150 });
  floor = floorNow();
  const compile100k = timed(3, () => compileMatcher(glossary100k));
  printRow({ what: 'compile 100,000 entries', ms: ms(compile100k), floor, target: '≤ 1500', ok: compile100k.median <= 1500 });
  const before = await memoryInUse();
  const kept = compileMatcher(glossary100k);
  const heap = ((await memoryInUse()) - before) / 2 ** 20;
  if (kept.size === 0) throw new Error('the 100,000 entries compiled to nothing');
  printRow({ what: 'memory kept by the compiled 100,000 entries (heap + typed arrays)', ms: heap.toFixed(1) + ' MiB', target: '≤ 100 MB', ok: heap <= 100 });

  const scans = new Map<CaseMode, Timing>();
  const matchers = new Map<CaseMode, CompiledMatcher>();
  for (const mode of ['auto', 'exact', 'ignore'] as const) {
    const matcher = compileMatcher(withCase(glossary10k, mode));
    const floor = floorNow();
    const scan = timed(11, () => matcher.scan(text), 4);
    matchers.set(mode, matcher);
    scans.set(mode, scan);
    const found = matcher.scan(text).length;
    printRow({ what: `scan, 10,000 entries (${matcher.size} forms), case ${mode}: ${found} mentions`, ms: ms(scan), floor, target: '≤ 60', ok: scan.median <= 60 });
  }
  for (const mode of ['auto', 'ignore'] as const) {
    const matcher = compileMatcher(withCase(glossary100k, mode));
    const floor = floorNow();
    const scan = timed(11, () => matcher.scan(text), 4);
    const ratio = scan.median / scans.get(mode)!.median;
    printRow({ what: `scan, 100,000 entries, case ${mode}, same text: × ${ratio.toFixed(2)} the 10,000 scan`, ms: ms(scan), floor, target: '≤ 1.5×', ok: ratio <= 1.5 });
  }

  for (const mode of ['exact', 'ignore'] as const) {
    const regex = combinedRegex(withCase(glossary10k, mode), mode === 'ignore');
    let found: Mention[] = [];
    const regexMs = timed(3, () => (found = regex(text)));
    const speedup = regexMs.median / scans.get(mode)!.median;
    const same = sameMentions(found, matchers.get(mode)!.scan(text));
    printRow({
      what: `combined regex, 10,000 entries, case ${mode}: matcher × ${speedup.toFixed(1)} faster, ${same ? 'same mentions' : 'MENTIONS DIFFER'}`,
      ms: ms(regexMs),
      target: 'matcher ≥ 4×',
      ok: speedup >= 4 && same,
    });
  }

  const exact1k = withCase(glossary1k, 'exact');
  const matcher1k = compileMatcher(exact1k);
  const scan1k = timed(11, () => matcher1k.scan(text1k), 4);
  printRow({ what: `scan, 1,000 entries, case exact (another text, names from these)`, ms: ms(scan1k), target: '' });
  let perForm: Mention[] = [];
  const perFormMs = time(() => (perForm = regexPerForm(exact1k, text1k)));
  const same1k = sameMentions(perForm, matcher1k.scan(text1k));
  printRow({
    what: `one regex per form, 1,000 entries (${formsOf(exact1k).length} regexes), run once: matcher × ${(perFormMs / scan1k.median).toFixed(0)}, ${same1k ? 'same mentions' : 'MENTIONS DIFFER'}`,
    ms: perFormMs.toFixed(1),
    target: 'same mentions',
    ok: same1k,
  });
}

if (require.main === module) void benchMatcher();
