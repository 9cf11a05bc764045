// The names Newsmark's brat files use, shared by the .ann writer, its reader
// and the two .conf files so that they always agree.

/** Quotations are text-bound annotations of this type. */
export const QUOTE_TYPE = 'Quote';
/**
 * brat relations connect text-bound annotations, so a speaker needs one. The
 * quote's speaker relation points at the glossary mention itself when the
 * speaker is one ("Sergey Lavrov said"); any other mention ("He noted", a
 * name not in the glossary) becomes a text-bound annotation of this type.
 */
export const SPEAKER_MENTION_TYPE = 'Speaker_mention';
/** The relation from a quote (Arg1) to its speaker's mention (Arg2). */
export const SPEAKER_RELATION = 'Speaker';
/** The attribute holding a quote's style. */
export const STYLE_ATTRIBUTE = 'Style';
/** Normalisations name the glossary as their database: `Reference T1 Glossary:<id>`. */
export const GLOSSARY_DB = 'Glossary';

const RESERVED: ReadonlySet<string> = new Set([QUOTE_TYPE, SPEAKER_MENTION_TYPE, SPEAKER_RELATION, STYLE_ATTRIBUTE]);

/**
 * The brat type name of a glossary type. brat stores types as
 * [A-Za-z0-9_-]+ (its projectconfig replaces anything else with '_'), so
 * accents are dropped and every other character becomes '_': "Media outlet"
 * is Media_outlet, "état" is etat. A type that would be taken for one of
 * Newsmark's own names gets "_type" appended ("Quote" → Quote_type).
 */
export function bratLabel(type: string): string {
  let label = type.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9_-]/gu, '_');
  // a conf line of hyphens alone is a separator, and an empty name is no name
  if (/^-*$/.test(label)) label = `_${label}`;
  return RESERVED.has(label) ? `${label}_type` : label;
}
