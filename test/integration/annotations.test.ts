import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, openArticle, rangeOf, waitFor } from './helpers';

describe('an open article is annotated', () => {
  after(closeAll);

  it('lists the glossary mentions and the quotes with their speakers, in code points', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    const annotations = api.annotations(document.uri)!;
    const lavrov = annotations.filter((a) => a.kind === 'entity' && a.entity === 'sergey-lavrov');
    assert.ok(lavrov.length >= 5, `Lavrov mentioned ${lavrov.length} times`);
    assert.deepEqual(lavrov.map((a) => a.text).slice(0, 2), ['Sergey Lavrov', 'Sergey Lavrov']);
    assert.ok(annotations.some((a) => a.kind === 'entity' && a.entity === 'russia-24' && a.type === 'media'), 'the custom type media');
    const quotes = annotations.filter((a) => a.kind === 'quote');
    const headline = quotes.find((q) => q.text === "Armenia Occupied Azerbaijan's Territories for Years");
    assert.equal(headline?.kind === 'quote' && headline.speaker?.entity, 'sergey-lavrov');
    const term = quotes.find((q) => q.text === 'pro-Azerbaijani');
    assert.ok(term && term.kind === 'quote' && term.style === 'term' && term.speaker === null);
  });

  it('paints each entity type and quote style with its own decoration, in one call per type', async () => {
    const { document, api } = await openArticle('articles/lavrov.txt');
    const applied = await waitFor(() => api.decorations(document.uri), 'decorations');
    const persons = applied.ranges['entity:person'] ?? [];
    assert.ok(persons.some((r) => r.isEqual(rangeOf(document, 'Sergey Lavrov'))), 'Sergey Lavrov in the headline is painted as a person');
    assert.ok((applied.ranges['entity:place'] ?? []).some((r) => r.isEqual(rangeOf(document, 'Armenia', 0))));
    assert.ok((applied.ranges['entity:media'] ?? []).length === 1, 'Russia 24 with its custom type');
    assert.ok((applied.ranges['quote:term'] ?? []).some((r) => r.isEqual(rangeOf(document, 'pro-Azerbaijani'))));
    assert.ok((applied.ranges['quote:direct'] ?? []).length >= 3);
    assert.equal(applied.hidden, 0);
    // one call per decoration type known, painted or cleared: never one per range
    assert.ok(applied.calls >= Object.keys(applied.ranges).length && applied.calls <= 12, `${applied.calls} setDecorations calls for one refresh`);
  });

  it('re-annotates the edited text as the reader types', async () => {
    const { document, editor, api } = await openArticle('articles/second.txt');
    const before = api.annotations(document.uri)!.filter((a) => a.kind === 'entity').length;
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'Azerbaijan and Armenia talk.\n'));
    await waitFor(() => api.annotations(document.uri)!.filter((a) => a.kind === 'entity').length === before + 2, 'two new mentions');
    const azerbaijan = api.annotations(document.uri)!.find((a) => a.kind === 'entity' && a.entity === 'azerbaijan');
    assert.equal(azerbaijan?.text, 'Azerbaijan');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  // VS Code reports the first change of a clean document as clean (the dirty flag follows in a
  // message of its own): it is still the reader typing, not a reload, and costs no full analysis.
  it('follows the first keystroke in a clean article without analysing it again', async () => {
    const { document, editor, api } = await openArticle('articles/second.txt');
    assert.equal(document.isDirty, false);
    const analyses = api.stats().analyses;
    const mentions = api.annotations(document.uri)!.filter((a) => a.kind === 'entity').length;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Armenia. '));
    await waitFor(() => api.annotations(document.uri)!.filter((a) => a.kind === 'entity').length === mentions + 1, 'the new mention');
    assert.equal(api.stats().analyses, analyses, 'no full analysis for a keystroke');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => api.annotations(document.uri)!.filter((a) => a.kind === 'entity').length === mentions, 'the reverted text');
    assert.equal(api.stats().analyses, analyses, 'nor for the revert');
  });
});
