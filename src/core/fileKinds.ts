// Which file names are glossaries and which are articles: one answer for the
// editor, the CLI and folder exports.

export const DEFAULT_GLOSSARY_GLOBS: readonly string[] = ['**/glossary.yaml', '**/glossary.yml', '**/*.glossary.yaml', '**/*.glossary.yml'];

/** Article extensions a folder export or `newsmark annotate FOLDER` picks up. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown', '.news', '.article'];

/** Folders never searched for articles or glossaries. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out']);

export function isGlossaryFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'glossary.yaml' || lower === 'glossary.yml' || lower.endsWith('.glossary.yaml') || lower.endsWith('.glossary.yml');
}

export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !lower.startsWith('.');
}
