// Paragraphs are the unit of incremental work: an edit re-scans only the
// paragraphs it touched (and those whose input state it changed).
//
// A paragraph ends at a line break. News files put one paragraph on a line
// more often than they separate paragraphs with blank lines, and a quote that
// runs over several paragraphs is reopened at each line start, so the line
// is what the quote rules see as a paragraph too.

import type { Span } from './model';

/** Spans of the paragraphs of `text`, each without its line break; blank lines are skipped. */
export function paragraphSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = [];
  for (let span = nextParagraph(text, from, to); span; span = nextParagraph(text, span.end, to)) spans.push(span);
  return spans;
}

/**
 * The first paragraph starting at or after `from` (a line start, or the end
 * of the previous paragraph): an edit's re-scan reads paragraphs one at a
 * time and stops early, so it must not split the rest of the text.
 */
export function nextParagraph(text: string, from: number, to = text.length): Span | undefined {
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d || c === 0x2029) {
      if (hasNonSpace(text, start, i)) return { start, end: i };
      if (c === 0x0d && i + 1 < to && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  return undefined;
}

/** Whether text[start, end) holds more than spaces and tabs: a line of only those is no paragraph. */
export function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c && c !== 0x0b && c !== 0xa0) return true;
  }
  return false;
}
