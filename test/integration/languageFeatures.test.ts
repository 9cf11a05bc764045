import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hoverText, openArticle, positionOf, workspaceUri, writeText } from './helpers';

describe('hover, definition, references and outline', () => {
  after(closeAll);

  it('hovering "Lavrov" shows the card from the glossary, with counts and quotes', async () => {
    const { document } = await openArticle('articles/lavrov.txt');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Lavrov mentioned', 0, 2));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Sergey Lavrov\*\*/);
    assert.match(text, /Person/);
    assert.match(text, /Foreign Minister of Russia since 2004/);
    assert.match(text, /1950-03-21/);
    assert.match(text, /Also: Lavrov/);
    assert.match(text, /\(https:\/\/en\.wikipedia\.org\/wiki\/Sergey_Lavrov\)/);
    assert.match(text, /Mentioned \d+ times in this article/);
    assert.match(text, /outburst of violence/);
    assert.match(text, /\[Open in glossary\]\(command:newsmark\.openGlossaryEntry\?/);
  });

  it('hovering a quote shows its speaker and style', async () => {
    const { document } = await openArticle('articles/lavrov.txt');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Azerbaijan has regained the lands', 0, 20));
    const text = hoverText(hovers);
    assert.match(text, /\*\*Quote\*\* · _direct speech_/);
    assert.match(text, /Speaker: \*\*Sergey Lavrov\*\* \(from “He”\)/);
  });

  it('Go to Definition on a mention opens its glossary entry', async () => {
    const { document } = await openArticle('articles/lavrov.txt');
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'CSTO', 0, 1));
    assert.equal(found.length, 1);
    const location = found[0] as vscode.Location;
    assert.equal(location.uri.toString(), workspaceUri('glossary.yaml').toString());
    const glossary = await vscode.workspace.openTextDocument(location.uri);
    assert.match(glossary.lineAt(location.range.start.line).text, /id: csto/);
  });

  it('Find All References lists the mentions across the workspace articles', async () => {
    const { document } = await openArticle('articles/lavrov.txt');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'Lavrov', 1));
    const files = new Set(refs.map((r) => r.uri.path.split('/').pop()));
    assert.ok(files.has('lavrov.txt') && files.has('second.txt'), [...files].join());
    const inSecond = refs.filter((r) => r.uri.path.endsWith('second.txt'));
    assert.equal(inSecond.length, 2);
    assert.deepEqual([inSecond[0]!.range.start.line, inSecond[0]!.range.start.character], [0, 0]);
  });

  it('the Outline lists the entities with their mentions and the quotes', async () => {
    const { document } = await openArticle('articles/lavrov.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const lavrov = symbols.find((s) => s.name === 'Sergey Lavrov');
    assert.ok(lavrov && lavrov.children.length >= 5);
    assert.ok(symbols.some((s) => s.kind === vscode.SymbolKind.String && s.name.startsWith('“outburst of violence') && s.detail === '— Sergey Lavrov'));
  });

  it('Next and Previous Annotation move the selection through the annotations', async () => {
    const { document, editor } = await openArticle('articles/lavrov.txt');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsmark.nextAnnotation');
    const first = editor.selection.start;
    assert.ok(first.isAfter(new vscode.Position(0, 0)));
    assert.ok(document.getText(editor.selection).length > 0, 'the annotation is selected');
    await vscode.commands.executeCommand('newsmark.nextAnnotation');
    assert.ok(editor.selection.start.isAfter(first));
    await vscode.commands.executeCommand('newsmark.previousAnnotation');
    assert.ok(editor.selection.start.isEqual(first));
  });

  // last: the tests above count mentions across the workspace's articles
  it('the Outline lists at most 500 symbols and says how many annotations it leaves out', async () => {
    const uri = workspaceUri('big/many-mentions.txt');
    await writeText(uri, 'Armenia said.\n'.repeat(1200));
    try {
      const { document } = await openArticle('big/many-mentions.txt');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const armenia = symbols.find((s) => s.name === 'Armenia');
      assert.equal(armenia?.children.length, 499, 'the entity and 499 of its mentions');
      assert.equal(armenia?.detail, 'Place · 1200×');
      assert.equal(symbols[symbols.length - 1]?.name, '701 more annotations not listed');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(workspaceUri('big'), { recursive: true });
    }
  });
});
