// Content hashes for the sidecars' `source.sha256`, through Web Crypto so the
// same code runs in Node 20 and in a browser (the core imports no node:*).

/** Lowercase hex of the SHA-256 digest of `bytes` (the article file's bytes, BOM included). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Web Crypto's typings want a view on a plain ArrayBuffer; copy when the bytes live on a shared one.
  const data = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data);
  return toHex(new Uint8Array(digest));
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
