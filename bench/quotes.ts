// bench:quotes — quote finding and speakers over 5 MiB of news-like text
// (issue 4: ≤ 100 ms), and one paragraph re-scanned as after a keystroke.

import { paragraphSpans } from '../src/core/paragraphs';
import { findQuotes, INITIAL_QUOTE_STATE, scanQuoteParagraph, type QuoteContext } from '../src/core/quotes';
import { floorNow } from './timing';

const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 9;
const NO_GLOSSARY: QuoteContext = { mentions: [], entity: () => undefined };

// Sentences in the manner of wire copy, written for this benchmark.
const SENTENCES = [
  'The city council met on Tuesday to discuss the budget for the coming year.',
  '“We have no money left for the new bridge,” said Mayor Ana Lopez, who has led the city since 2019.',
  'Lopez said the plan was “a reasonable compromise for everyone involved.”',
  'Critics called it “a disgrace” and vowed to fight the proposal in court.',
  'According to the finance office, the deficit grew by 12 percent in the last quarter.',
  '“It is too early to say what the vote will bring,” Tom Reed, the party’s chairman, told reporters.',
  'He noted that “the count will take several days in the northern districts.”',
  'A spokesman for the campaign said the candidate would not comment on the report.',
  'The so-called “green plan” has been debated for months in the state’s capital.',
  'Officials from the ministry did not respond to requests for comment on Wednesday.',
  'Sen. Mary Cole (D-Ohio) said: “We will hold hearings on this matter in the spring.”',
  'She added that the committee’s work was “far from over, whatever the ’90s taught us.”',
  'Residents of the Smiths’ street gathered outside the hall with signs and flags.',
  'In a statement, the agency said it was reviewing “all available options at this time.”',
];

/** The benchmark text (exported so that a change can be checked to leave the output as it was). */
export function generate(): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const n = 2 + (i % 4);
    const para: string[] = [];
    for (let k = 0; k < n; k++) para.push(SENTENCES[(i * 7 + k * 3) % SENTENCES.length]!);
    const text = para.join(' ');
    parts.push(text);
    size += text.length + 2;
  }
  return parts.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

export async function benchQuotes(): Promise<void> {
  const text = generate();
  findQuotes(text.slice(0, 100_000), NO_GLOSSARY); // warm up the JIT and the character table
  const times: number[] = [];
  const floors: number[] = [];
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    // the floor, timed beside each run: the host is shared (see floorNow)
    floors.push(floorNow(text));
    const started = performance.now();
    found = findQuotes(text, NO_GLOSSARY).length;
    times.push(performance.now() - started);
  }
  const opening = text.split('“').length - 1;
  const mib = (text.length / 1024 / 1024).toFixed(1);
  const ms = median(times), floor = median(floors);
  console.log(`quotes: ${found} quotes (${opening} “ marks) in ${mib} MiB, median ${ms.toFixed(1)} ms over ${RUNS} runs (target ≤ 100 ms); ` +
    `floor ${floor.toFixed(1)} ms, ratio ${(ms / floor).toFixed(1)}×`);

  const paras = paragraphSpans(text);
  const one = paras[paras.length >> 1]!;
  const keystroke: number[] = [];
  for (let run = 0; run < 1000; run++) {
    const started = performance.now();
    scanQuoteParagraph(text, one, NO_GLOSSARY, INITIAL_QUOTE_STATE);
    keystroke.push(performance.now() - started);
  }
  console.log(`quotes: one paragraph re-scanned, median ${(median(keystroke) * 1000).toFixed(1)} µs`);
}

if (require.main === module) void benchQuotes();
