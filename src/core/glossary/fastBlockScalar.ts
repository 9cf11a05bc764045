// Block scalars (`|`, `|-`, `>`, `>-`) for the fast reader: the usual form of
// a glossary's `description`. Keep chomping (`+`), explicit indentation,
// leading blank lines and more-indented lines of a folded scalar are left to
// the `yaml` package.

import type { LineCursor } from './lineCursor';
import { expectLineEnd } from './fastScalars';
import { scalarNode, type ScalarNode } from './tree';
import { UNSUPPORTED } from './unsupported';

const PIPE = 0x7c;
const DASH = 0x2d;
const SPACE = 0x20;

/** Reads the block scalar whose header is at `p` on the line just taken; `parentIndent` is its collection's. */
export function readBlockScalar(lines: LineCursor, p: number, lineEnd: number, parentIndent: number): ScalarNode {
  const text = lines.text;
  const literal = text.charCodeAt(p) === PIPE;
  let headerEnd = p + 1;
  const strip = text.charCodeAt(headerEnd) === DASH;
  if (strip) headerEnd++;
  expectLineEnd(text, headerEnd, lineEnd);

  if (lines.done || lines.isBlank(lines.next)) throw UNSUPPORTED;
  const indent = lines.indent(lines.next);
  if (indent <= parentIndent) throw UNSUPPORTED;

  const parts: string[] = [];
  while (!lines.done) {
    const line = lines.next;
    if (lines.isBlank(line)) {
      // spaces beyond the indentation would be content
      if (lines.end(line) - lines.start(line) > indent) throw UNSUPPORTED;
      parts.push('');
    } else if (lines.indent(line) < indent) {
      break;
    } else {
      const content = text.slice(lines.start(line) + indent, lines.end(line));
      if (!literal && content.charCodeAt(0) === SPACE) throw UNSUPPORTED;
      parts.push(content);
    }
    lines.take();
  }
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();

  const value = literal ? parts.join('\n') : fold(parts);
  return scalarNode(strip ? value : value + '\n', p, headerEnd);
}

/** Folding: a single line break becomes a space; n blank lines become n line breaks. */
function fold(parts: readonly string[]): string {
  let value = '';
  let blanks = 0;
  for (const part of parts) {
    if (part === '') {
      blanks++;
      continue;
    }
    if (value !== '') value += blanks > 0 ? '\n'.repeat(blanks) : ' ';
    value += part;
    blanks = 0;
  }
  return value;
}
