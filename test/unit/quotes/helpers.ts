import type { Quote } from '../../../src/core/model';
import { findQuotes, type QuoteContext } from '../../../src/core/quotes';

export const NO_GLOSSARY: QuoteContext = { mentions: [], entity: () => undefined };

export interface Seen {
  text: string;
  style: Quote['style'];
  speaker: string | null;
  name: string | null;
}

/** The quotes of `text` as words, for readable assertions. */
export function quotes(text: string, context = NO_GLOSSARY): Seen[] {
  return findQuotes(text, context).map((q) => ({
    text: text.slice(q.start, q.end),
    style: q.style,
    speaker: q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null,
    name: q.speaker ? q.speaker.name : null,
  }));
}

export function texts(text: string): string[] {
  return quotes(text).map((q) => q.text);
}

/** The one direct quote of `text` and who it rests on. */
export function speakerOf(text: string): string | null {
  const direct = quotes(text).filter((q) => q.style === 'direct');
  if (direct.length !== 1) throw new Error(`expected one direct quote, got ${JSON.stringify(direct)}`);
  return direct[0]!.speaker;
}
