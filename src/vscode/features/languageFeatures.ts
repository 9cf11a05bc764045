// Hover cards, Go to Definition, Find All References and the Outline, all
// read from the article models: no provider scans text on its own.

import * as vscode from 'vscode';
import type { Annotation, EntityAnnotation, QuoteAnnotation } from '../../core/model';
import type { ArticleStore } from '../articleStore';
import type { GlossaryStore } from '../glossaryStore';
import type { NewsmarkConfig } from '../config';
import type { WorkMeter } from '../util/workMeter';
import { entityCard, quoteCard } from './hoverCard';
import { findReferences } from './references';
import { documentSymbols } from './symbols';

export function registerLanguageFeatures(articles: ArticleStore, glossaries: GlossaryStore, config: () => NewsmarkConfig, meter: WorkMeter): vscode.Disposable[] {
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }, { language: 'news' }];
  const at = (document: vscode.TextDocument, position: vscode.Position) => annotationsAt(articles, document, position);

  return [
    vscode.languages.registerHoverProvider(selector, {
      async provideHover(document, position) {
        if (!config().hoverEnabled) return undefined;
        await glossaries.ready();
        const model = articles.ensure(document);
        if (!model) return undefined;
        await articles.whenAnalysed(model);
        const hits = at(document, position);
        const mention = hits.find((a): a is EntityAnnotation => a.kind === 'entity');
        const entity = mention?.entity ? model.compiledGlossary.entity(mention.entity) : undefined;
        const quote = hits.find((a): a is QuoteAnnotation => a.kind === 'quote');
        const cards: vscode.MarkdownString[] = [];
        if (mention && entity) cards.push(entityCard(entity, model.annotations, model.compiledGlossary));
        if (quote) cards.push(quoteCard(quote, model.compiledGlossary));
        if (!cards.length) return undefined;
        const range = mention && entity ? mention : quote!;
        return new vscode.Hover(cards, new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)));
      },
    }),
    vscode.languages.registerDefinitionProvider(selector, {
      async provideDefinition(document, position) {
        await glossaries.ready();
        const mention = at(document, position).find((a): a is EntityAnnotation => a.kind === 'entity' && !!a.entity);
        const entity = mention?.entity ? glossaries.glossary.entity(mention.entity) : undefined;
        if (!entity?.source) return undefined;
        return new vscode.Location(vscode.Uri.parse(entity.source.file), new vscode.Position(entity.source.line, entity.source.column));
      },
    }),
    vscode.languages.registerReferenceProvider(selector, {
      provideReferences(document, position, _context, token) {
        const mention = at(document, position).find((a): a is EntityAnnotation => a.kind === 'entity' && !!a.entity);
        if (!mention?.entity) return undefined;
        return findReferences(mention.entity, articles, glossaries, config().maxFileSize, token);
      },
    }),
    vscode.languages.registerDocumentSymbolProvider(selector, {
      async provideDocumentSymbols(document) {
        // VS Code caches the outline per document version and asks as soon as the editor opens:
        // answering before the glossary is loaded would leave the Outline empty until the next edit
        await glossaries.ready();
        const model = articles.ensure(document);
        if (!model) return undefined;
        await articles.whenAnalysed(model);
        return meter.time('symbols', () => documentSymbols(model));
      },
    }, { label: 'Newsmark' }),
  ];
}

/** Annotations under a position, innermost (shortest) first. */
export function annotationsAt(articles: ArticleStore, document: vscode.TextDocument, position: vscode.Position): Annotation[] {
  const model = articles.ensure(document);
  if (!model) return [];
  const offset = document.offsetAt(position);
  return model.annotations.filter((a) => a.start <= offset && offset <= a.end && a.end > a.start).sort((a, b) => a.end - a.start - (b.end - b.start));
}
