import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/core/model';
import { parseNative, serializeNative, toNativeSidecar } from '../../../src/core/sidecar';
import { ARTICLE, ORPHAN, SOURCE, articleAnnotations, articleSuppressed, find } from './article';
import { essentials } from './essentials';

function roundTrip(text: string, annotations: readonly Annotation[], suppressed: readonly Annotation[] = []) {
  const json = serializeNative(toNativeSidecar(text, { ...SOURCE, length: [...text].length }, annotations, suppressed));
  const read = parseNative(json, text);
  assert.ok(read.ok, read.ok ? '' : read.error);
  return { json, read: read.value, warnings: read.warnings };
}

describe('native sidecar', () => {
  it('reads back the annotations it wrote', () => {
    const { read, warnings } = roundTrip(ARTICLE, articleAnnotations(), articleSuppressed());
    assert.deepEqual(essentials(read.annotations), essentials(articleAnnotations()));
    assert.deepEqual(essentials(read.suppressed), essentials(articleSuppressed()));
    assert.deepEqual(warnings, []);
  });

  it('writes code point offsets after an emoji and reads UTF-16 ones back', () => {
    const lavrov = find(ARTICLE, 'Sergey Lavrov', 1);
    const { read } = roundTrip(ARTICLE, articleAnnotations());
    const written = read.doc.annotations.find((a) => a.kind === 'entity' && a.text === 'Sergey Lavrov' && a.start > 0)!;
    // 🇷🇺 is two regional indicators, each a surrogate pair: two code points fewer than UTF-16 units
    assert.equal(written.start, lavrov.start - 2);
    assert.equal(written.start, [...ARTICLE.slice(0, lavrov.start)].length);
    assert.equal([...ARTICLE].slice(written.start, written.end).join(''), 'Sergey Lavrov');
    const back = read.annotations.find((a) => a.id === written.id)!;
    assert.deepEqual([back.start, back.end], [lavrov.start, lavrov.end]);
  });

  it('counts the speaker mention in code points too', () => {
    const { read } = roundTrip(ARTICLE, articleAnnotations());
    const he = find(ARTICLE, 'He');
    const q = read.doc.annotations.find((a) => a.kind === 'quote' && a.speaker?.text === 'He')!;
    assert.ok(q.kind === 'quote' && q.speaker);
    assert.equal(q.speaker.start, he.start - 2);
    assert.deepEqual(q.speaker, { entity: 'sergey-lavrov', name: 'Sergey Lavrov', text: 'He', start: he.start - 2, end: he.end - 2 });
  });

  it('round-trips a CRLF article, counting each \\r as a code point', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const { read } = roundTrip(crlf, articleAnnotations(crlf));
    assert.deepEqual(essentials(read.annotations), essentials(articleAnnotations(crlf)));
    const baku = read.doc.annotations.find((a) => a.text === 'Baku')!;
    assert.equal([...crlf].slice(baku.start, baku.end).join(''), 'Baku');
    const multiLine = read.doc.annotations.find((a) => a.kind === 'quote' && a.text.includes('\r\n'));
    assert.ok(multiLine, 'the quote over the line break keeps its CRLF');
  });

  it('counts offsets in the BOM-less text the caller passes, as brat and W3C do', () => {
    const file = `\uFEFF${ARTICLE}`;
    const text = file.slice(1); // what decode.ts hands over
    const doc = toNativeSidecar(text, SOURCE, articleAnnotations(text));
    assert.equal(doc.source.length, [...file].length - 1);
    const baku = doc.annotations.find((a) => a.text === 'Baku')!;
    assert.equal([...file].slice(1).slice(baku.start, baku.end).join(''), 'Baku');
  });

  it('reads a sidecar file that starts with a BOM', () => {
    const json = serializeNative(toNativeSidecar(ARTICLE, SOURCE, articleAnnotations()));
    const read = parseNative(`\uFEFF${json}`, ARTICLE);
    assert.ok(read.ok);
    assert.equal(read.value.annotations.length, articleAnnotations().length);
  });

  it('stores the text around each span for re-anchoring', () => {
    const doc = toNativeSidecar(ARTICLE, SOURCE, articleAnnotations());
    const baku = doc.annotations.find((a) => a.text === 'Baku')!;
    // 32 UTF-16 units either side: the 😀 counts as two
    assert.equal(baku.prefix, ' "pro-Azerbaijani" stance of 😀 ');
    assert.equal(baku.suffix, ' was criticised by Maria Zakharo');
    const headline = doc.annotations[0]!;
    assert.equal(headline.prefix, '');
  });

  it('writes the same file whatever order the annotations come in', () => {
    const forward = serializeNative(toNativeSidecar(ARTICLE, SOURCE, articleAnnotations()));
    const backward = serializeNative(toNativeSidecar(ARTICLE, SOURCE, articleAnnotations().reverse()));
    assert.equal(backward, forward);
  });

  it('serializes as two-space JSON with a final newline, keys in the documented order', () => {
    const json = serializeNative(toNativeSidecar(ARTICLE, SOURCE, articleAnnotations()));
    assert.ok(json.startsWith('{\n  "format": "newsmark.annotations",\n  "version": 1,\n  "source": {\n    "file": "lavrov.txt",'));
    assert.ok(json.endsWith('}\n') && !json.endsWith('\n\n'));
    const doc = JSON.parse(json) as { annotations: object[] };
    const entity = doc.annotations.find((a) => (a as { kind: string }).kind === 'entity')!;
    assert.deepEqual(Object.keys(entity), ['id', 'kind', 'type', 'entity', 'start', 'end', 'text', 'prefix', 'suffix', 'origin']);
    const q = doc.annotations.find((a) => (a as { kind: string }).kind === 'quote')!;
    assert.deepEqual(Object.keys(q), ['id', 'kind', 'style', 'start', 'end', 'text', 'prefix', 'suffix', 'speaker', 'origin']);
  });

  it('writes a quote nobody is named for with "speaker": null', () => {
    const doc = toNativeSidecar(ARTICLE, SOURCE, articleAnnotations());
    const term = doc.annotations.find((a) => a.kind === 'quote' && a.style === 'term')!;
    assert.ok(term.kind === 'quote');
    assert.equal(term.speaker, null);
    assert.ok(serializeNative(doc).includes('"speaker": null'));
  });

  it('leaves out "suppressed" when nothing was rejected', () => {
    const doc = toNativeSidecar(ARTICLE, SOURCE, articleAnnotations(), []);
    assert.ok(!('suppressed' in doc));
  });

  it('keeps an orphaned annotation where it was last seen, flagged, and reads it back', () => {
    const { read, json } = roundTrip(ARTICLE, [...articleAnnotations(), ORPHAN]);
    const written = read.doc.annotations.find((a) => a.id === ORPHAN.id)!;
    assert.equal(written.orphaned, true);
    assert.equal(written.text, 'Nikol Pashinyan');
    assert.equal(written.prefix, ORPHAN.prefix);
    assert.ok(written.end > read.doc.source.length, 'its offsets are beyond the current text');
    assert.ok(json.includes('"orphaned": true'));
    const back = read.annotations.find((a) => a.id === ORPHAN.id)!;
    assert.equal(back.orphaned, true);
    assert.equal(back.text, 'Nikol Pashinyan');
  });

  it('writes an annotation that does not fit in the text as orphaned, so the file stays readable', () => {
    const stale = { ...articleAnnotations()[1]!, start: ARTICLE.length + 5, end: ARTICLE.length + 18 };
    const { read } = roundTrip(ARTICLE, [stale]);
    assert.equal(read.doc.annotations[0]!.orphaned, true);
    assert.equal(read.doc.annotations[0]!.text, 'Sergey Lavrov');
  });

  it('keeps code point offsets when read without the text', () => {
    const json = serializeNative(toNativeSidecar(ARTICLE, SOURCE, articleAnnotations()));
    const read = parseNative(json);
    assert.ok(read.ok);
    const lavrov = find(ARTICLE, 'Sergey Lavrov', 1);
    assert.ok(read.value.annotations.some((a) => a.text === 'Sergey Lavrov' && a.start === lavrov.start - 2));
  });
});
