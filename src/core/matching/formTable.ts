// What the matcher needs to know about the forms behind each trie key.

export interface FormTable {
  /** The forms of key k are formStart[k] .. formStart[k + 1] - 1, in glossary order. */
  readonly formStart: Int32Array;
  /** Glossary id of each form's entity. */
  readonly entityId: readonly string[];
  /** 0 for a name, i + 1 for alias i. */
  readonly formNumber: Int32Array;
  /** The text a case-sensitive form must show (folded but for case); undefined for any case. */
  readonly exact: readonly (string | undefined)[];
}
