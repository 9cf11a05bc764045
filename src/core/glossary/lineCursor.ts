// Line-by-line access to a text for the fast reader. `next` is the first line
// not yet consumed; `take` consumes it, refusing a line with characters the
// fast reader leaves to the `yaml` package (tabs, control characters).

import { UNSUPPORTED } from './unsupported';

const SPACE = 0x20;
const HASH = 0x23;
/** In a line's content (its "\r\n" cut off). */
const ODD_CHARS = /[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]/;
/** The same in the whole text, where "\r\n" ends lines; "\r" is looked for apart (an alternation here is three times slower). */
const ODD_CHARS_BUT_CR = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;
const LONE_CR = /\r(?!\n)/;
/** Most glossaries are printable ASCII in "\n" lines: one quick scan says so. */
const NOT_PRINTABLE_ASCII_LINES = /[^\n\x20-\x7e]/;

export class LineCursor {
  next = 0;
  readonly count: number;
  private readonly hasOddChars: boolean;

  constructor(readonly text: string, private readonly starts: readonly number[]) {
    this.count = starts.length;
    this.hasOddChars = NOT_PRINTABLE_ASCII_LINES.test(text) && (ODD_CHARS_BUT_CR.test(text) || (text.includes('\r') && LONE_CR.test(text)));
  }

  get done(): boolean {
    return this.next >= this.count;
  }

  start(line: number): number {
    return this.starts[line]!;
  }

  /** Where the line's content ends, before "\n" or "\r\n". */
  end(line: number): number {
    if (line + 1 >= this.count) return this.text.length;
    let end = this.starts[line + 1]! - 1;
    if (end > this.starts[line]! && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }

  /** Number of leading spaces. */
  indent(line: number): number {
    const start = this.starts[line]!, end = this.end(line);
    let i = start;
    while (i < end && this.text.charCodeAt(i) === SPACE) i++;
    return i - start;
  }

  isBlank(line: number): boolean {
    return this.start(line) + this.indent(line) === this.end(line);
  }

  /** Blank, or nothing but a comment. */
  isIgnorable(line: number): boolean {
    const i = this.start(line) + this.indent(line);
    return i === this.end(line) || this.text.charCodeAt(i) === HASH;
  }

  skipIgnorable(): void {
    while (this.next < this.count && this.isIgnorable(this.next)) this.take();
  }

  take(): number {
    const line = this.next++;
    if (this.hasOddChars && ODD_CHARS.test(this.text.slice(this.start(line), this.end(line)))) throw UNSUPPORTED;
    if (this.isDocumentMarker(line)) throw UNSUPPORTED;
    return line;
  }

  /** `---` or `...` at the start of a line: a new YAML document, or the end of one. */
  private isDocumentMarker(line: number): boolean {
    const start = this.start(line);
    const c = this.text.charCodeAt(start);
    if ((c !== 0x2d && c !== 0x2e) || this.text.charCodeAt(start + 1) !== c || this.text.charCodeAt(start + 2) !== c) return false;
    return start + 3 === this.end(line) || this.text.charCodeAt(start + 3) === SPACE;
  }
}
