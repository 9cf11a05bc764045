// IRIs as the W3C sidecar writes them. The test suite checks ids and sources
// with JSON Schema's "uri" format (RFC 3986: ASCII only), so whatever the
// caller passes (a path with spaces or accents, an annotation id typed by a
// person) is percent-encoded as UTF-8 first. Existing %XX escapes are kept.

// RFC 3986 unreserved, sub-delims, ':' '@', and the delimiters of an IRI without fragment
const URI_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?[\]]/;
const URI_ALREADY = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?[\]]|%[0-9A-Fa-f]{2})*$/;
// inside a fragment, '#' and the brackets are data, not delimiters
const FRAGMENT_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;
const FRAGMENT_ALREADY = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const utf8 = new TextEncoder();

/** `iri` percent-encoded into a URI; throws when it is not absolute (has no scheme) or has a fragment. */
export function absoluteUri(iri: string, what: string): string {
  if (!SCHEME.test(iri)) throw new Error(`${what} must be an absolute IRI, not "${iri}"`);
  if (iri.includes('#')) throw new Error(`${what} must not have a fragment: "${iri}"`);
  return URI_ALREADY.test(iri) ? iri : encode(iri, URI_CHAR);
}

/** `text` percent-encoded for use after '#'. */
export function uriFragment(text: string): string {
  return FRAGMENT_ALREADY.test(text) ? text : encode(text, FRAGMENT_CHAR);
}

function encode(text: string, allowed: RegExp): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) out += ch;
    else if (allowed.test(ch)) out += ch;
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      for (const b of utf8.encode(String.fromCodePoint(cp))) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}
