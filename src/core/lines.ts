// Line numbers of offsets without a text editor: for views of articles that
// are not open and for lists of many annotations.

/** Offsets where each line starts (LF, CRLF and lone CR end lines). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // most texts have no CR at all: indexOf skips to each LF much faster than a loop over every
  // character (an editor asks for a megabyte's line starts after each keystroke)
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a) starts.push(i + 1);
  }
  return starts;
}

/** 0-based line holding `offset`, from the line starts of its text. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 0-based line and UTF-16 column of `offset`. */
export function lineAndColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  const line = lineOf(starts, offset);
  return { line, column: offset - starts[line]! };
}

/**
 * The line starts of a text after `edit`, from those of the text before it: the starts before the
 * edit are kept, those after it moved, and only the edited stretch is read. An editor needs them
 * after every keystroke, and reading a megabyte for its line breaks costs far more than moving
 * a few thousand numbers.
 */
export function lineStartsAfterEdit(starts: readonly number[], text: string, edit: { readonly start: number; readonly oldEnd: number; readonly newEnd: number }): number[] {
  // a line start s depends on text[s - 1] and text[s] only (CR then LF is one line break), so the
  // starts below edit.start stay, those above the old edit's end + 1 move, and the rest is read again
  const kept = edit.start === 0 ? 0 : lineOf(starts, edit.start - 1) + 1;
  const out = starts.slice(0, kept);
  if (edit.start === 0) out.push(0);
  const last = Math.min(edit.newEnd, text.length - 1);
  for (let i = Math.max(0, edit.start - 1); i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) out.push(i + 1);
  }
  const delta = edit.newEnd - edit.oldEnd;
  for (let i = lineOf(starts, edit.oldEnd + 1) + 1; i < starts.length; i++) out.push(starts[i]! + delta);
  return out;
}
