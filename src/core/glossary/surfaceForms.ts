// When two surface forms (names and aliases) are the same for the matcher.
//
// The matcher treats ' and ’ alike, the dashes alike, and any run of white
// space as one space (DESIGN "Matching rules"), so forms that differ only
// there, or in letter case where case is ignored, would match the same words.
// The first entity to claim a form keeps it.

import type { CaseMode } from '../model';
import { isApostrophe, isDash, isSpace } from '../chars';
import { hashString, HashSlots } from './hashSlots';

/** Printable ASCII: already NFC, and only spaces can need folding. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const SPACES_TO_FOLD = /^ | $| {2}/;
/** Anything foldForm would change besides NFC. */
const FOLDABLE = /[\u2019\u02bc\u2010\u2011\u2013\u2212\t-\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/** The form as the matcher sees it, letter case kept. */
export function foldForm(form: string): string {
  if (PRINTABLE_ASCII.test(form)) {
    if (!SPACES_TO_FOLD.test(form)) return form;
  } else {
    form = form.normalize('NFC');
    if (!FOLDABLE.test(form)) return form;
  }
  let folded = '';
  let pendingSpace = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = folded !== '';
      continue;
    }
    if (pendingSpace) folded += ' ';
    pendingSpace = false;
    folded += isApostrophe(c) ? "'" : isDash(c) ? '-' : form[i];
  }
  return folded;
}

/** Has letters and all of them are capitals (`EU`, `CSTO`): `case: auto` matches it only as written. */
export function isWrittenInCapitals(form: string): boolean {
  return form !== form.toLowerCase() && form === form.toUpperCase();
}

/** Whether some text would match both forms (each already folded). */
function collide(a: string, aMode: CaseMode, b: string, bMode: CaseMode): boolean {
  const caseTellsApart = (form: string, mode: CaseMode): boolean => mode === 'exact' || (mode === 'auto' && isWrittenInCapitals(form));
  return a === b || !(caseTellsApart(a, aMode) && caseTellsApart(b, bMode));
}

/** Hash of the form's lowercase, without building it for ASCII. */
function lowercaseHash(folded: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) {
    let c = folded.charCodeAt(i);
    if (c >= 0x80) return hashString(folded.toLowerCase());
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/**
 * Who claimed which form. Owners are the numbers 0, 1, 2, … in the order
 * their claims succeed; the caller keeps what they stand for (`textOf` and
 * `modeOf` turn them back into the form), so nothing per form stays alive here.
 */
export class FormClaims {
  private readonly slots = new HashSlots();

  constructor(private readonly textOf: (owner: number) => string, private readonly modeOf: (owner: number) => CaseMode) {}

  /** Claims the form for the next owner, or returns the earlier owner it collides with and claims nothing. */
  claim(text: string, mode: CaseMode): number | undefined {
    const folded = foldForm(text);
    const hash = lowercaseHash(folded);
    let key: string | undefined;
    const earlier = this.slots.find(hash, other => {
      const otherFolded = foldForm(this.textOf(other));
      key ??= folded.toLowerCase();
      return otherFolded.toLowerCase() === key && collide(otherFolded, this.modeOf(other), folded, mode);
    });
    if (earlier !== undefined) return earlier;
    this.slots.add(hash);
    return undefined;
  }
}
