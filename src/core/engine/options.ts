// What the reader can switch off in annotation (settings of the same names).

export interface AnnotateOptions {
  /** Find quotations and speakers (setting newsmark.quotes.enabled). */
  readonly quotes: boolean;
}

export const DEFAULT_ANNOTATE_OPTIONS: AnnotateOptions = { quotes: true };
