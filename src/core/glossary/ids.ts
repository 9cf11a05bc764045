// What an entity or type id may be: letters (with their marks), digits,
// '-', '_' and '.'. The JSON schema repeats ID_PATTERN_SOURCE.

export const ID_PATTERN_SOURCE = '^[\\p{L}\\p{M}\\p{N}_.-]+$';
const ID_PATTERN = new RegExp(ID_PATTERN_SOURCE, 'u');

export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/** Longer suggestions are cut at a word boundary: an id is a handle, not the name. */
const MAX_SUGGESTED_LENGTH = 64;

/** A fresh id from a name: lowercase, letters/digits/'-', unique against `taken`. */
export function suggestEntityId(name: string, taken: ReadonlySet<string>): string {
  let base = name
    .normalize('NFKD')
    // accents off Latin letters (é → e), but marks that are part of other scripts' letters stay
    .replace(/(\p{Script=Latin})\p{Mn}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['\u2019\u02bc]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length > MAX_SUGGESTED_LENGTH) {
    const cut = base.lastIndexOf('-', MAX_SUGGESTED_LENGTH);
    base = base.slice(0, cut > 0 ? cut : MAX_SUGGESTED_LENGTH);
  }
  if (base === '') base = 'entity';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
