// The hover card's Markdown. Glossary and sidecar text is untrusted: it is
// appended as text (escaped, clipped), links are shown only for http(s), no
// HTML is rendered, and the only command link the card may run is our own
// "Open in glossary".

import * as vscode from 'vscode';
import type { Annotation, Entity, QuoteAnnotation } from '../../core/model';
import type { CompiledGlossary } from '../../core/engine/compiledGlossary';

const MAX_FIELD = 600;
const MAX_QUOTES = 5;
/** Longer web addresses are left off the card: no real reference needs one, and each is rendered whole. */
const MAX_URL = 2048;
const QUOTE_WIDTH = 140;

export const OPEN_ENTRY_COMMAND = 'newsmark.openGlossaryEntry';

export function entityCard(entity: Entity, all: readonly Annotation[], glossary: CompiledGlossary): vscode.MarkdownString {
  const md = card();
  md.appendMarkdown('**');
  text(md, clip(entity.name, 200));
  md.appendMarkdown('** · _');
  text(md, clip(glossary.typeInfo(entity.type)?.label ?? entity.type, 100));
  md.appendMarkdown('_\n\n');
  if (entity.summary) paragraph(md, entity.summary);
  if (entity.description) paragraph(md, entity.description);
  if (entity.facts.length) {
    md.appendMarkdown('| | |\n|---|---|\n');
    for (const [key, value] of entity.facts.slice(0, 20)) {
      md.appendMarkdown(`| ${cell(key)} | ${cell(value)} |\n`);
    }
    md.appendMarkdown('\n');
  }
  if (entity.aliases.length) {
    md.appendMarkdown('Also: ');
    text(md, clip(entity.aliases.join(', '), MAX_FIELD));
    md.appendMarkdown('\n\n');
  }
  const links = entity.links.filter((l) => l.length <= MAX_URL && isWebLink(l)).slice(0, 5);
  if (links.length) md.appendMarkdown(links.map((l) => `[${escapeLinkText(l)}](${safeHref(l)})`).join(' · ') + '\n\n');

  const mentions = all.filter((a) => a.kind === 'entity' && a.entity === entity.id).length;
  md.appendMarkdown(`Mentioned ${mentions} time${mentions === 1 ? '' : 's'} in this article`);
  const quotes = all.filter((a): a is QuoteAnnotation => a.kind === 'quote' && a.speaker?.entity === entity.id);
  if (quotes.length) {
    md.appendMarkdown(` · ${quotes.length} quote${quotes.length === 1 ? '' : 's'}:\n\n`);
    for (const q of quotes.slice(0, MAX_QUOTES)) {
      md.appendMarkdown('- “');
      text(md, clip(q.text.replace(/\s+/g, ' '), QUOTE_WIDTH));
      md.appendMarkdown('”\n');
    }
    if (quotes.length > MAX_QUOTES) md.appendMarkdown(`- … and ${quotes.length - MAX_QUOTES} more\n`);
  } else {
    md.appendMarkdown('\n');
  }
  const args = encodeURIComponent(JSON.stringify([{ entity: entity.id }]));
  md.appendMarkdown(`\n[Open in glossary](command:${OPEN_ENTRY_COMMAND}?${args} "Open this entry in the glossary file")`);
  return md;
}

export function quoteCard(quote: QuoteAnnotation, glossary: CompiledGlossary): vscode.MarkdownString {
  const md = card();
  md.appendMarkdown(quote.style === 'direct' ? '**Quote** · _direct speech_' : '**Term** · _scare quote or name_');
  if (quote.origin === 'manual') md.appendMarkdown(' · tagged by hand');
  md.appendMarkdown('\n\n');
  if (quote.speaker) {
    md.appendMarkdown('Speaker: **');
    text(md, clip(quote.speaker.name, 200));
    md.appendMarkdown('**');
    if (quote.speaker.text && quote.speaker.text !== quote.speaker.name) {
      md.appendMarkdown(' (from “');
      text(md, clip(quote.speaker.text, 200));
      md.appendMarkdown('”)');
    }
    const entity = quote.speaker.entity ? glossary.entity(quote.speaker.entity) : undefined;
    if (entity?.summary) {
      md.appendMarkdown(' — ');
      text(md, clip(entity.summary, 300));
    }
  } else if (quote.style === 'direct') {
    md.appendMarkdown('Speaker: _not named in the text_');
  }
  return md;
}

function card(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: [OPEN_ENTRY_COMMAND] };
  return md;
}

/** Glossary text as paragraphs: a blank line separates them, a single line break (a wrapped YAML block) does not. */
function paragraph(md: vscode.MarkdownString, value: string): void {
  const paragraphs = clip(value.trim(), MAX_FIELD).split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' '));
  for (const p of paragraphs) {
    text(md, p);
    md.appendMarkdown('\n\n');
  }
}

/**
 * Untrusted text, shown as it is written. MarkdownString.appendText escapes Markdown's
 * punctuation but not `<`, so `<command:…>`, `<file:///…>` or `<javascript:…>` in a glossary
 * would still become a link (an autolink); `<` and `&` go in as character references instead.
 */
function text(md: vscode.MarkdownString, value: string): void {
  md.appendText(value.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** A table cell: escaped text without the characters that would break the row. */
function cell(text: string): string {
  return escapeMarkdown(clip(text.replace(/[\r\n|]+/g, ' '), 200));
}

/** Escapes what Markdown would read as markup inside a line or a table cell. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

function escapeLinkText(url: string): string {
  return escapeMarkdown(clip(url.replace(/^https?:\/\//, ''), 80));
}

export function isWebLink(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function safeHref(url: string): string {
  return new URL(url).href.replace(/[()\s<>"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
