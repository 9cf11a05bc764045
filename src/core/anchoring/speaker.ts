// A quote's speaker mention moves with its quote. It is searched near the
// quote only, as an exact whole-word occurrence: the nearest one to where it
// would be had it moved as much as the quote did. A mention that cannot be
// found keeps its name, glossary id and text, but not a place: start and end
// become -1, so that writers skip the mention and a later re-anchoring can
// look for it again.

import type { Span, Speaker } from '../model';
import { foldSpaces, type FoldedText } from './foldedText';
import { splitsWord } from './wordEdges';

/** How far (UTF-16 units) before or after its quote a speaker mention is searched. */
const SPEAKER_REACH = 500;

/** The speaker of a quote that moved from `oldQuote` to `newQuote` in `text`. */
export function reanchorSpeaker(text: string, folded: () => FoldedText, speaker: Speaker, oldQuote: Span, newQuote: Span): Speaker {
  const shift = newQuote.start - oldQuote.start;
  if (speaker.start >= 0) {
    const start = speaker.start + shift;
    const end = start + speaker.text.length;
    if (start >= 0 && text.slice(start, end) === speaker.text && isWholeWords(text, start, end)) {
      return { ...speaker, start, end };
    }
  }
  const place = nearestMention(folded(), foldSpaces(speaker.text), newQuote, speaker.start >= 0 ? speaker.start + shift : newQuote.start);
  return place ? { ...speaker, start: place.start, end: place.end, text: text.slice(place.start, place.end) } : { ...speaker, start: -1, end: -1 };
}

function nearestMention(folded: FoldedText, mention: string, quote: Span, expected: number): Span | undefined {
  if (mention.length === 0) return undefined;
  const text = folded.folded;
  const from = folded.toFolded(Math.max(0, quote.start - SPEAKER_REACH));
  const to = folded.toFolded(Math.min(folded.raw.length, quote.end + SPEAKER_REACH));
  let nearest: Span | undefined;
  for (let at = text.indexOf(mention, from); at >= 0 && at + mention.length <= to; at = text.indexOf(mention, at + 1)) {
    if (!isWholeWords(text, at, at + mention.length)) continue;
    const place = folded.toRaw(at, at + mention.length);
    if (!nearest || Math.abs(place.start - expected) < Math.abs(nearest.start - expected)) nearest = place;
  }
  return nearest;
}

function isWholeWords(text: string, start: number, end: number): boolean {
  return !splitsWord(text, start) && !splitsWord(text, end);
}
