// Pieces of an article's text that are kept: an annotation's words, a
// speaker's name, the context a manual tag is re-anchored by.
//
// V8 makes a slice of 13 characters or more a view into the whole string, so
// a name kept from a 1 MB article keeps the megabyte (two, in UTF-16). In the
// editor every keystroke makes a new text and the annotations re-found near it
// keep slices of it: typing grew the extension host by about 0.9 MB per
// character (npm run bench:editor), none of it ever freed. A copy keeps only
// itself.

/** Views are at least this long (V8's SlicedString::kMinLength); shorter slices are copies already. */
const SHORTEST_VIEW = 13;

/**
 * Below this length a text is kept whole by its views. Each annotation keeps at most one version,
 * so what a short article's annotations keep adds up to a few megabytes at worst, and the CLI, whose
 * articles are mostly this short, makes no copies (a copy costs a call into V8's runtime).
 */
const COPY_FROM_TEXTS_OF = 16_384;

/** text.slice(start, end), as a string of its own that does not keep a long `text` alive. */
export function keptSlice(text: string, start: number, end: number): string {
  const piece = text.slice(start, end);
  return piece.length < SHORTEST_VIEW || text.length < COPY_FROM_TEXTS_OF ? piece : copyOf(piece);
}

// JavaScript has no way to ask for a copy. Slicing a joined string makes V8 lay the join out
// flat, in a new string one character longer than the piece, and the result is a view into
// that: it keeps the piece and one space alive, nothing of the article.
function copyOf(piece: string): string {
  return (' ' + piece).slice(1);
}
