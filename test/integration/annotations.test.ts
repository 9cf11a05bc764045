import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, newsmark, openArticle, rangeOf, waitFor, workspaceUri, writeText } from './helpers';

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

  it('after a burst of typing, edits far apart in one change and an undo, annotates as if the text were opened afresh', async () => {
    const { document, editor, api } = await openArticle('articles/second.txt');
    const copy = workspaceUri('articles/typed-copy.txt');
    try {
      // a burst at one place: the edits are folded, and the analysis follows them at the next refresh
      editor.selection = new vscode.Selection(rangeOf(document, 'Tuesday').start, rangeOf(document, 'Tuesday').start);
      for (const ch of 'Armenia and ') await vscode.commands.executeCommand('type', { text: ch });
      await vscode.commands.executeCommand('deleteLeft');
      // two places in one change event, far apart when the text is padded between them
      await editor.edit((b) => {
        b.insert(new vscode.Position(0, 0), `${'Lavrov spoke. '.repeat(120)}\n`);
        b.insert(document.lineAt(document.lineCount - 1).range.end, '\n“We will meet again,” Lavrov said.');
      });
      await vscode.commands.executeCommand('undo');
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Armenia. '));
      const text = document.getText();
      const shown = () => JSON.stringify(api.annotations(document.uri)?.map((a) => [a.kind, a.start, a.end, a.text]));
      await writeText(copy, text);
      const fresh = await openArticle('articles/typed-copy.txt');
      const expected = JSON.stringify(fresh.api.annotations(fresh.document.uri)!.map((a) => [a.kind, a.start, a.end, a.text]));
      assert.ok(text.includes('Armenia andTuesday') && text.startsWith('Armenia. Lavrov meets'), `the typing is in the text: ${text.slice(0, 120)}`);
      assert.equal(shown(), expected);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(copy);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('a long article shows the mentions in view at once, and the whole analysis right after', async () => {
    const uri = workspaceUri('long/article.txt');
    const paragraph = 'Armenia and Azerbaijan met again. “We will talk again next week,” Sergey Lavrov said.\n';
    await writeText(uri, paragraph.repeat(Math.ceil(120_000 / paragraph.length)));
    const api = await newsmark();
    const painted: { partial: boolean; places: number; quotes: number }[] = [];
    const listener = api.onDidApplyDecorations((applied) => {
      if (applied.toString() !== uri.toString()) return;
      const { partial, ranges } = api.decorations(uri)!;
      painted.push({ partial, places: ranges['entity:place']?.length ?? 0, quotes: ranges['quote:direct']?.length ?? 0 });
    });
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await waitFor(() => painted.some((p) => !p.partial), 'the whole article to be painted');
      const [first] = painted;
      assert.ok(first?.partial, 'first the mentions in view');
      assert.ok(first.places > 0 && first.places < 1000 && first.quotes === 0, JSON.stringify(first));
      const last = painted[painted.length - 1]!;
      assert.ok(last.places > 2000 && last.quotes > 1000, JSON.stringify(last));
      assert.ok(api.annotations(uri)!.some((a) => a.kind === 'quote' && a.speaker?.entity === 'sergey-lavrov'));
      assert.match(api.status().text, /\$\(quote\) \d+/);
    } finally {
      listener.dispose();
      await closeAll();
      await vscode.workspace.fs.delete(workspaceUri('long'), { recursive: true });
    }
  });

  it('whoever asks for a long article\'s annotations gets them all, even before they are painted', async () => {
    const uri = workspaceUri('long/asked-early.txt'); // a document of its own: the one above may still be open
    await writeText(uri, 'Armenia and Azerbaijan met again. “We will talk again next week,” Sergey Lavrov said.\n'.repeat(1500));
    try {
      const api = await newsmark();
      const document = await vscode.workspace.openTextDocument(uri);
      const shown = vscode.window.showTextDocument(document);
      await new Promise<void>((resolve) => {
        const listener = api.onDidApplyDecorations((applied) => {
          if (applied.toString() !== uri.toString()) return;
          listener.dispose();
          resolve();
        });
      });
      const early = api.decorations(uri)!.partial ? api.annotations(uri)! : assert.fail('the first paint was not partial');
      assert.equal(early.filter((a) => a.kind === 'entity' && a.entity === 'armenia').length, 1500);
      assert.ok(early.filter((a) => a.kind === 'quote').length > 1000);
      await shown;
      await waitFor(() => api.decorations(uri)?.partial === false, 'the whole article to be painted');
      assert.deepEqual(api.annotations(uri), early, 'the same annotations as when asked early');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(workspaceUri('long'), { recursive: true });
    }
  });

  it('follows a change of line endings (every line break changes length)', async () => {
    const { document, editor, api } = await openArticle('articles/lavrov.txt');
    const places = () => (api.decorations(document.uri)?.ranges['entity:place'] ?? []).map((r) => document.getText(r));
    const before = places();
    assert.ok(before.length > 3);
    const refreshes = api.stats().refreshes;
    await editor.edit((b) => b.setEndOfLine(vscode.EndOfLine.CRLF));
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), ' '));
    assert.ok(document.getText().includes('\r\n'));
    // repainted on the same words: offsets that missed the two-character line breaks would drift
    await waitFor(() => api.stats().refreshes > refreshes && api.annotations(document.uri)![0]!.start === 3, 'a repaint of the edited text');
    assert.deepEqual(places(), before);
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
