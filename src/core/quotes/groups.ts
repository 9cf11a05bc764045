// Speakers that "they" can stand for: a group of people ("officials at the
// ministry", "Democrats") or a body that speaks as one ("the campaign", a
// glossary organization). Asked once per attributed quote, never per word.

import type { Entity, Speaker } from '../model';

/** Plural heads that are not plain English plurals, or capitalised ones. */
const PLURAL_HEADS = new Set(['police', 'people', 'staff', 'democrats', 'republicans', 'authorities', 'spokespeople', 'spokesmen', 'spokeswomen']);

/** Bodies that speak as one and are referred to as "they" in news copy. */
const BODIES = new Set([
  'administration', 'agency', 'campaign', 'committee', 'company', 'council', 'department', 'firm', 'government',
  'group', 'ministry', 'office', 'organization', 'party', 'team', 'union', 'board', 'court', 'commission',
]);

const PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'in', 'with', 'on', 'to']);

/** True when a quote's speaker is a group or a body (see above). */
export function isGroupSpeaker(speaker: Speaker, entity: (id: string) => Entity | undefined): boolean {
  if (speaker.entity !== null) return entity(speaker.entity)?.type === 'organization';
  const head = headWord(speaker.text);
  if (head === '') return false;
  const lower = head.toLowerCase();
  if (PLURAL_HEADS.has(lower) || BODIES.has(lower)) return true;
  // a lower-case word ending in -s is a plural ("officials", "aides"); a capitalised one is a name ("Jones")
  return head === lower && lower.length > 3 && lower.endsWith('s') && !/(?:ss|us|is)$/.test(lower);
}

/** The head noun of a description: its last word before a preposition ("officials" in "officials at the ministry"). */
function headWord(text: string): string {
  const words = text.split(/\s+/).filter((w) => w !== '');
  let head = '';
  for (const word of words) {
    if (PREPOSITIONS.has(word.toLowerCase())) break;
    head = word.replace(/[’']s$|[^\p{L}]+$/u, '');
  }
  return head;
}
