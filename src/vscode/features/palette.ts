// The colours of annotation types. Built-in types and quotes use theme
// colours contributed in package.json, so themes and users can change them;
// custom glossary types use the glossary's `color:` or one of the
// contributed custom slots, chosen by the type's name so it stays stable.

import * as vscode from 'vscode';
import { BUILT_IN_TYPES } from '../../core/model';
import type { EntityTypeInfo } from '../../core/model';

export const CUSTOM_SLOTS = 6;

export type DecorationKey = `entity:${string}` | 'quote:direct' | 'quote:term' | 'speaker';

export function colorIdForType(type: string): string {
  if ((BUILT_IN_TYPES as readonly string[]).includes(type)) return `newsmark.${type}Background`;
  let h = 0;
  for (let i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) >>> 0;
  return `newsmark.custom${(h % CUSTOM_SLOTS) + 1}Background`;
}

/** A glossary's `color:` is used only when it is plainly a colour: it ends up in the editor's CSS. */
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|rgba?\(\s*[\d.]+%?\s*(,\s*[\d.]+%?\s*){2,3}\))$/i;

export function entityDecoration(type: string, info: EntityTypeInfo | undefined, overviewRuler: boolean): vscode.DecorationRenderOptions {
  const own = info?.color && SAFE_COLOR.test(info.color) ? info.color : undefined;
  const color: string | vscode.ThemeColor = own ?? new vscode.ThemeColor(colorIdForType(type));
  return {
    backgroundColor: color,
    borderRadius: '2px',
    ...(overviewRuler ? { overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Right } : {}),
  };
}

export function quoteDecoration(style: 'direct' | 'term', overviewRuler: boolean): vscode.DecorationRenderOptions {
  if (style === 'term') {
    return { textDecoration: 'underline dotted', color: new vscode.ThemeColor('newsmark.quoteTermForeground') };
  }
  const color = new vscode.ThemeColor('newsmark.quoteDirectBackground');
  return {
    backgroundColor: color,
    ...(overviewRuler ? { overviewRulerColor: new vscode.ThemeColor('newsmark.quoteDirectRuler'), overviewRulerLane: vscode.OverviewRulerLane.Left } : {}),
  };
}

export function speakerDecoration(): vscode.DecorationRenderOptions {
  return { textDecoration: 'underline', fontWeight: 'bold' };
}
