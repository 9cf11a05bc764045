// A reader for the block-style YAML subset glossaries are written in.
//
// The `yaml` package needs about 12 s for a glossary of 100,000 entries
// (20 MB): too slow to run on every edit. This reader handles block mappings
// and sequences, one-line plain, quoted and flow-sequence scalars, block
// scalars and comments, and produces exactly what the `yaml` package would
// (a differential test holds it to that). Anything else throws UNSUPPORTED:
// inside an item of the top-level `entities` list only that item is handed
// to `readChunk`; elsewhere the whole file goes to the `yaml` package.
//
// The items of the first top-level `entities` block list go to `onEntity` as
// they are read, not into the tree, so that each entry's nodes die young:
// keeping 100,000 entries' nodes alive until the end doubled the time in GC.

import { readBlockScalar } from './fastBlockScalar';
import { expectLineEnd, findKeyColon, readFlowSeq, readKey, readPlainValue, readQuoted, skipSpaces } from './fastScalars';
import { LineCursor } from './lineCursor';
import { scalarNode, type MapNode, type PairNode, type SeqNode, type TreeNode } from './tree';
import { Unsupported, UNSUPPORTED } from './unsupported';

/** Reads the text from `start` to `end` (whole lines holding one item of `entities`) as that item. */
export type ChunkReader = (start: number, end: number) => TreeNode;

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const PIPE = 0x7c;
const GREATER = 0x3e;
const OPEN_BRACKET = 0x5b;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
/** Far deeper than a glossary goes; keeps hostile nesting off the call stack. */
const MAX_DEPTH = 32;

/**
 * The document's root (null when it is empty), or undefined when the `yaml`
 * package must read it. The list under the first top-level `entities` key, if
 * it is a block list, is left empty: its items went to `onEntity`.
 */
export function readFast(text: string, lineStarts: readonly number[], readChunk: ChunkReader, onEntity: (item: TreeNode) => void): TreeNode | null | undefined {
  try {
    return new FastReader(text, lineStarts, readChunk, onEntity).document();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

class FastReader {
  private readonly lines: LineCursor;
  private depth = 0;
  private entitiesSeen = false;

  constructor(
    private readonly text: string,
    lineStarts: readonly number[],
    private readonly readChunk: ChunkReader,
    private readonly onEntity: (item: TreeNode) => void,
  ) {
    this.lines = new LineCursor(text, lineStarts);
  }

  document(): TreeNode | null {
    const lines = this.lines;
    lines.skipIgnorable();
    if (lines.done) return null;
    const first = lines.next;
    if (lines.indent(first) !== 0) throw UNSUPPORTED;
    const root = this.blockNode(first, 0, false);
    lines.skipIgnorable();
    if (!lines.done) throw UNSUPPORTED;
    return root;
  }

  private isSeqEntry(line: number, column: number): boolean {
    const p = this.lines.start(line) + column;
    const end = this.lines.end(line);
    return this.text.charCodeAt(p) === DASH && (p + 1 === end || this.text.charCodeAt(p + 1) === SPACE);
  }

  /** The block collection whose first entry starts at `column` of `line` (the next line to take). */
  private blockNode(line: number, column: number, entityList: boolean): MapNode | SeqNode {
    if (++this.depth > MAX_DEPTH) throw UNSUPPORTED;
    const node = this.isSeqEntry(line, column) ? this.blockSeq(line, column, entityList) : this.blockMap(line, column);
    this.depth--;
    return node;
  }

  private blockMap(line: number, indent: number): MapNode {
    const { text, lines } = this;
    const pairs: PairNode[] = [];
    const start = lines.start(line) + indent;
    for (;;) {
      lines.take();
      const keyStart = lines.start(line) + indent, end = lines.end(line);
      const colon = findKeyColon(text, keyStart, end);
      if (colon < 0) throw UNSUPPORTED;
      const key = readKey(text, keyStart, colon);
      const isEntityList = this.depth === 1 && key.text === 'entities' && !this.entitiesSeen;
      if (isEntityList) this.entitiesSeen = true;
      pairs.push({ key, value: this.valueAfter(colon + 1, end, indent, isEntityList) });

      lines.skipIgnorable();
      if (lines.done) break;
      line = lines.next;
      const next = lines.indent(line);
      if (next < indent) break;
      if (next > indent || this.isSeqEntry(line, next)) throw UNSUPPORTED;
    }
    return { kind: 'map', pairs, start, end: start };
  }

  private blockSeq(line: number, indent: number, entityList: boolean): SeqNode {
    const lines = this.lines;
    const items: TreeNode[] = [];
    const start = lines.start(line) + indent;
    for (;;) {
      if (entityList) this.onEntity(this.entityItem(line, indent));
      else items.push(this.seqItem(line, indent));
      lines.skipIgnorable();
      if (lines.done) break;
      line = lines.next;
      const next = lines.indent(line);
      if (next < indent) break;
      if (next > indent) throw UNSUPPORTED;
      // a compact sequence (`key:` then `- …` at the key's indentation) ends at the next key
      if (!this.isSeqEntry(line, next)) break;
    }
    return { kind: 'seq', items, start, end: start };
  }

  private seqItem(line: number, indent: number): TreeNode {
    const { text, lines } = this;
    lines.take();
    const dash = lines.start(line) + indent, end = lines.end(line);
    const p = skipSpaces(text, dash + 1, end);
    if (p === end || text.charCodeAt(p) === HASH) return this.nestedOrNull(indent, false, false, dash + 1);
    const c = text.charCodeAt(p);
    if (c === DASH && (p + 1 === end || text.charCodeAt(p + 1) === SPACE)) throw UNSUPPORTED;
    if (findKeyColon(text, p, end) >= 0) {
      lines.next = line;
      return this.blockNode(line, p - lines.start(line), false);
    }
    return this.scalarValue(p, end, indent);
  }

  /** An item of `entities`; one the fast reader cannot read goes to `readChunk`, the rest of the list stays fast. */
  private entityItem(line: number, indent: number): TreeNode {
    const lines = this.lines;
    const depth = this.depth;
    try {
      const item = this.seqItem(line, indent);
      lines.skipIgnorable();
      if (!lines.done && lines.indent(lines.next) > indent) throw UNSUPPORTED;
      return item;
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      this.depth = depth;
      let end = line + 1;
      while (end < lines.count && (lines.isIgnorable(end) || lines.indent(end) > indent)) end++;
      lines.next = end;
      return this.readChunk(lines.start(line), end < lines.count ? lines.start(end) : this.text.length);
    }
  }

  /** The value after `key:` at `p` on the line just taken. */
  private valueAfter(p: number, end: number, indent: number, entityList: boolean): TreeNode {
    const q = skipSpaces(this.text, p, end);
    if (q === end || this.text.charCodeAt(q) === HASH) return this.nestedOrNull(indent, true, entityList, p);
    return this.scalarValue(q, end, indent);
  }

  private scalarValue(p: number, end: number, parentIndent: number): TreeNode {
    const text = this.text;
    switch (text.charCodeAt(p)) {
      case PIPE:
      case GREATER:
        return readBlockScalar(this.lines, p, end, parentIndent);
      case OPEN_BRACKET: {
        const seq = readFlowSeq(text, p, end);
        expectLineEnd(text, seq.end, end);
        return seq;
      }
      case DQUOTE:
      case SQUOTE: {
        const scalar = readQuoted(text, p, end);
        expectLineEnd(text, scalar.end, end);
        return scalar;
      }
      default:
        return readPlainValue(text, p, end);
    }
  }

  /** What follows an empty value: a more indented collection (or a compact sequence), else null. */
  private nestedOrNull(indent: number, compactSeq: boolean, entityList: boolean, at: number): TreeNode {
    const lines = this.lines;
    lines.skipIgnorable();
    if (!lines.done) {
      const line = lines.next;
      const next = lines.indent(line);
      if (next > indent || (compactSeq && next === indent && this.isSeqEntry(line, next))) {
        return this.blockNode(line, next, entityList);
      }
    }
    return scalarNode(null, at, at);
  }
}
