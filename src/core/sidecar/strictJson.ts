// A strict JSON reader for sidecars that people edit, merge and truncate.
//
// JSON.parse says neither where nor why in a way that is the same across
// engines (V8, SpiderMonkey and JavaScriptCore word and place errors
// differently, and the core also runs in browsers), it keeps the last of two
// duplicate keys silently, and it hands back `__proto__` as an own key that
// the next Object.assign turns into a prototype. This reader reports
// "line L, column C: why", rejects duplicate and prototype-touching keys, and
// returns objects as Maps, whose keys are entries, never properties (and
// which, unlike Object.create(null) objects, stay fast in V8).

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export type JsonObject = ReadonlyMap<string, JsonValue>;

export type JsonReadResult = { readonly ok: true; readonly value: JsonValue } | { readonly ok: false; readonly error: string };

/** Keys that reach an object's prototype when copied with ordinary assignment. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper nesting is no sidecar, and unbounded recursion would overflow the stack. */
const MAX_DEPTH = 200;
const NUMBER_RE = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** What ends a plain run inside a string. */
const STRING_STOP = /["\\\x00-\x1f]/g;
const SPACE_RUN = /[ \t\n\r]*/y;

class JsonSyntaxError extends Error {
  constructor(readonly at: number, readonly reason: string) {
    super(reason);
  }
}

export function readJson(source: string): JsonReadResult {
  const reader = new Reader(source);
  try {
    return { ok: true, value: reader.document() };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, error: `${where(source, e.at)}: ${e.reason}` };
    throw e;
  }
}

function where(source: string, at: number): string {
  let line = 1, lineStart = 0;
  for (let i = 0; i < at; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && source.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${at - lineStart + 1}`;
}

/** An object, list or string being read, for "the file ends inside …" messages. */
interface Open {
  readonly what: string;
  readonly at: number;
}

class Reader {
  private pos = 0;

  constructor(private readonly src: string) {}

  document(): JsonValue {
    this.skipSpace();
    if (this.pos >= this.src.length) throw new JsonSyntaxError(this.pos, 'not JSON: the file is empty');
    if (!/[[{"tfn0-9-]/.test(this.src[this.pos]!)) throw new JsonSyntaxError(this.pos, `not JSON: ${this.found()} cannot start a JSON document`);
    const value = this.value(0, { what: 'the document', at: this.pos });
    this.skipSpace();
    if (this.pos < this.src.length) throw new JsonSyntaxError(this.pos, `${this.found()} after the end of the JSON document`);
    return value;
  }

  private value(depth: number, inside: Open): JsonValue {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError(this.pos, `nested deeper than ${MAX_DEPTH} levels`);
    const c = this.src.charCodeAt(this.pos);
    switch (c) {
      case 0x7b: // {
        return this.object(depth);
      case 0x5b: // [
        return this.array(depth);
      case 0x22: // "
        return this.string();
      case 0x74: // t
        return this.literal('true', true, inside);
      case 0x66: // f
        return this.literal('false', false, inside);
      case 0x6e: // n
        return this.literal('null', null, inside);
      default:
        if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number(inside);
        return this.fail('a value', inside);
    }
  }

  private object(depth: number): JsonObject {
    const open: Open = { what: 'the object', at: this.pos };
    const obj = new Map<string, JsonValue>();
    this.pos++;
    this.skipSpace();
    if (this.src.charCodeAt(this.pos) === 0x7d) {
      this.pos++;
      return obj;
    }
    for (;;) {
      this.skipSpace();
      if (this.src.charCodeAt(this.pos) !== 0x22) this.fail('a key in double quotes', open);
      const keyAt = this.pos;
      const key = this.string();
      if (FORBIDDEN_KEYS.has(key)) throw new JsonSyntaxError(keyAt, `key "${key}" is not allowed`);
      if (obj.has(key)) throw new JsonSyntaxError(keyAt, `duplicate key "${key}"`);
      this.skipSpace();
      if (this.src.charCodeAt(this.pos) !== 0x3a) this.fail(`':' after the key "${key}"`, open);
      this.pos++;
      this.skipSpace();
      obj.set(key, this.value(depth + 1, open));
      this.skipSpace();
      const c = this.src.charCodeAt(this.pos);
      if (c === 0x7d) {
        this.pos++;
        return obj;
      }
      if (c !== 0x2c) this.fail("',' or '}'", open);
      this.pos++;
    }
  }

  private array(depth: number): JsonValue[] {
    const open: Open = { what: 'the list', at: this.pos };
    const arr: JsonValue[] = [];
    this.pos++;
    this.skipSpace();
    if (this.src.charCodeAt(this.pos) === 0x5d) {
      this.pos++;
      return arr;
    }
    for (;;) {
      this.skipSpace();
      arr.push(this.value(depth + 1, open));
      this.skipSpace();
      const c = this.src.charCodeAt(this.pos);
      if (c === 0x5d) {
        this.pos++;
        return arr;
      }
      if (c !== 0x2c) this.fail("',' or ']'", open);
      this.pos++;
    }
  }

  private string(): string {
    const open: Open = { what: 'the string', at: this.pos };
    let out = '';
    let runStart = ++this.pos;
    for (;;) {
      // the regex engine finds the next quote, backslash or control character:
      // a loop over the characters here was most of the time of reading a sidecar
      STRING_STOP.lastIndex = this.pos;
      if (!STRING_STOP.test(this.src)) {
        this.pos = this.src.length;
        this.fail('a closing \'"\'', open);
      }
      this.pos = STRING_STOP.lastIndex - 1;
      const c = this.src.charCodeAt(this.pos);
      if (c === 0x22) {
        out += this.src.slice(runStart, this.pos++);
        return out;
      }
      if (c < 0x20) {
        const what = c === 0x0a || c === 0x0d ? 'line break' : 'control character';
        throw new JsonSyntaxError(this.pos, `a raw ${what} inside a string (JSON writes it as an escape such as \\n)`);
      }
      out += this.src.slice(runStart, this.pos) + this.escape(open);
      runStart = this.pos;
    }
  }

  private escape(open: Open): string {
    const at = this.pos;
    this.pos++;
    if (this.pos >= this.src.length) this.fail('an escaped character', open);
    const e = this.src[this.pos++]!;
    const simple = SIMPLE_ESCAPES.get(e);
    if (simple !== undefined) return simple;
    if (e !== 'u') throw new JsonSyntaxError(at, `unknown escape \\${e}`);
    const hex = this.src.slice(this.pos, this.pos + 4);
    if (/^[0-9a-fA-F]{4}$/.test(hex)) {
      this.pos += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    if (this.pos + hex.length >= this.src.length && /^[0-9a-fA-F]*$/.test(hex)) {
      this.pos = this.src.length;
      this.fail('four hex digits', open);
    }
    throw new JsonSyntaxError(at, '\\u must be followed by four hex digits');
  }

  private number(inside: Open): number {
    NUMBER_RE.lastIndex = this.pos;
    const m = NUMBER_RE.exec(this.src);
    const end = this.pos + (m ? m[0].length : 0);
    // "1." "-" "1e" lack their digits, "01" has a leading zero
    const next = this.src[end] ?? '';
    if (m && !/[0-9.eE]/.test(next)) {
      this.pos = end;
      return Number(m[0]);
    }
    if (/^[-+.eE0-9]*$/.test(this.src.slice(end))) {
      this.pos = this.src.length;
      this.fail('the rest of a number', inside);
    }
    throw new JsonSyntaxError(this.pos, 'malformed number');
  }

  private literal<T extends boolean | null>(word: string, value: T, inside: Open): T {
    const got = this.src.slice(this.pos, this.pos + word.length);
    if (got === word) {
      this.pos += word.length;
      return value;
    }
    if (this.pos + got.length === this.src.length && word.startsWith(got)) {
      this.pos = this.src.length;
      this.fail(`the rest of "${word}"`, inside);
    }
    return this.fail('a value', inside);
  }

  private skipSpace(): void {
    const c = this.src.charCodeAt(this.pos);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
    // a sidecar is indented: most runs of white space are a line break and several spaces
    SPACE_RUN.lastIndex = this.pos;
    SPACE_RUN.test(this.src);
    this.pos = SPACE_RUN.lastIndex;
  }

  /** Fails at the current position; at the end of the input that means the file was cut short. */
  private fail(expected: string, inside: Open): never {
    if (this.pos >= this.src.length) {
      throw new JsonSyntaxError(this.pos, `truncated: the file ends inside ${inside.what} that starts at ${where(this.src, inside.at)}`);
    }
    throw new JsonSyntaxError(this.pos, `expected ${expected} in ${inside.what} that starts at ${where(this.src, inside.at)}, found ${this.found()}`);
  }

  private found(): string {
    const cp = this.src.codePointAt(this.pos);
    if (cp === undefined) return 'the end of the file';
    if (cp < 0x20 || cp === 0x7f || cp === 0xfeff) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    return `'${String.fromCodePoint(cp)}'`;
  }
}

const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'], ['\\', '\\'], ['/', '/'], ['b', '\b'], ['f', '\f'], ['n', '\n'], ['r', '\r'], ['t', '\t'],
]);
