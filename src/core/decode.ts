// Turns an article file's bytes into text, or says why it cannot.
//
// Offsets in every sidecar count code points of the UTF-8 decoded text with
// the BOM dropped (DESIGN), so this is the one place that decides what the
// text is. A file that is not UTF-8 is reported, never guessed at and
// mangled: Latin-1 decoded as UTF-8 would put U+FFFD in every accented word.

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly hadBom: boolean }
  | { readonly ok: false; readonly reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  const binaryAt = findBinary(bytes);
  if (binaryAt >= 0) {
    return { ok: false, reason: `binary content (byte 0x${bytes[binaryAt]!.toString(16).padStart(2, '0')} at offset ${binaryAt}): not a text article` };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      reason: `not valid UTF-8 (byte 0x${bytes[at]!.toString(16)} at offset ${at}); it looks like Latin-1 or Windows-1252: convert it to UTF-8 first`,
    };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
}

/** Index of a NUL or other control byte that text files do not hold, or -1. */
function findBinary(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 1 << 16);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0 || (b < 0x08) || (b > 0x0d && b < 0x1a) || (b > 0x1b && b < 0x20)) return i;
  }
  return -1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
