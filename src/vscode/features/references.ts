// Find All References on a mention: every mention of that entity across the
// workspace's articles. Open articles answer from their models; the others
// are read and scanned once each, with the same matcher.

import * as vscode from 'vscode';
import { decodeArticle } from '../../core/decode';
import { ARTICLE_EXTENSIONS } from '../../core/fileKinds';
import { lineAndColumn, lineStarts } from '../../core/lines';
import type { ArticleStore } from '../articleStore';
import type { GlossaryStore } from '../glossaryStore';

const MAX_FILES = 5000;

/** Every mention of `entityId` in the workspace's articles; files over `maxFileSize` characters are left out, as the editor leaves them unannotated. */
export async function findReferences(entityId: string, articles: ArticleStore, glossaries: GlossaryStore, maxFileSize: number, token: vscode.CancellationToken): Promise<vscode.Location[]> {
  const glob = `**/*{${ARTICLE_EXTENSIONS.join(',')}}`;
  const files = await vscode.workspace.findFiles(glob, '**/{node_modules,.git}/**', MAX_FILES, token);
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const locations: vscode.Location[] = [];
  const seen = new Set<string>();
  const matcher = glossaries.glossary.matcher;
  for (const uri of [...files, ...vscode.workspace.textDocuments.map((d) => d.uri)]) {
    if (token.isCancellationRequested) break;
    const key = uri.toString();
    if (seen.has(key)) continue;
    seen.add(key);
    const document = open.get(key);
    const model = document && articles.ensure(document);
    if (document && model) {
      for (const a of model.annotations) {
        if (a.kind === 'entity' && a.entity === entityId) locations.push(new vscode.Location(uri, new vscode.Range(document.positionAt(a.start), document.positionAt(a.end))));
      }
      continue;
    }
    if (document || glossaries.isGlossary(uri)) continue;
    let text: string;
    try {
      const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
      if (!decoded.ok || decoded.text.length > maxFileSize) continue;
      text = decoded.text;
    } catch {
      continue;
    }
    const lines = lineStarts(text);
    for (const m of matcher.scan(text)) {
      if (m.entity === entityId) locations.push(new vscode.Location(uri, new vscode.Range(positionIn(lines, m.start), positionIn(lines, m.end))));
    }
  }
  return locations;
}

function positionIn(starts: readonly number[], offset: number): vscode.Position {
  const { line, column } = lineAndColumn(starts, offset);
  return new vscode.Position(line, column);
}
