// Quotation marks: which characters can open or close a quote, and which
// quotes pair with which. An apostrophe is decided from its neighbours in
// `pairing.ts`; here every candidate character is only classified.

/** Families of marks that pair with each other. */
export const enum Family {
  None = 0,
  /** " */
  StraightDouble = 1,
  /** “ ” „ ‟ */
  CurlyDouble = 2,
  /** ' */
  StraightSingle = 3,
  /** ‘ ’ ‚ ‛ */
  CurlySingle = 4,
  /** « » */
  Guillemet = 5,
  /** ‹ › */
  SingleGuillemet = 6,
}

export const QUOTATION_MARK = 0x22;
export const APOSTROPHE = 0x27;
export const LEFT_DOUBLE = 0x201c;
export const RIGHT_DOUBLE = 0x201d;
export const LOW_DOUBLE = 0x201e;
export const REVERSED_DOUBLE = 0x201f;
export const LEFT_SINGLE = 0x2018;
export const RIGHT_SINGLE = 0x2019;
export const LOW_SINGLE = 0x201a;
export const REVERSED_SINGLE = 0x201b;
export const LEFT_GUILLEMET = 0xab;
export const RIGHT_GUILLEMET = 0xbb;
export const LEFT_SINGLE_GUILLEMET = 0x2039;
export const RIGHT_SINGLE_GUILLEMET = 0x203a;

export function familyOf(c: number): Family {
  switch (c) {
    case QUOTATION_MARK: return Family.StraightDouble;
    case LEFT_DOUBLE: case RIGHT_DOUBLE: case LOW_DOUBLE: case REVERSED_DOUBLE: return Family.CurlyDouble;
    case APOSTROPHE: return Family.StraightSingle;
    case LEFT_SINGLE: case RIGHT_SINGLE: case LOW_SINGLE: case REVERSED_SINGLE: return Family.CurlySingle;
    case LEFT_GUILLEMET: case RIGHT_GUILLEMET: return Family.Guillemet;
    case LEFT_SINGLE_GUILLEMET: case RIGHT_SINGLE_GUILLEMET: return Family.SingleGuillemet;
    default: return Family.None;
  }
}

/** Single-quote families: their quotes must close in the paragraph that opens them. */
export function isSingleFamily(f: Family): boolean {
  return f === Family.StraightSingle || f === Family.CurlySingle || f === Family.SingleGuillemet;
}

/**
 * True when `c`, first on a line, reopens an open quote of family `f` whose
 * opening character was `opener` (the paragraph-continuation convention).
 */
export function reopens(c: number, f: Family, opener: number): boolean {
  if (familyOf(c) !== f) return false;
  switch (f) {
    case Family.StraightDouble: return true;
    case Family.CurlyDouble: return c === LEFT_DOUBLE || c === LOW_DOUBLE || c === REVERSED_DOUBLE || c === opener;
    case Family.CurlySingle: return c === LEFT_SINGLE || c === LOW_SINGLE || c === opener;
    default: return c === opener;
  }
}
