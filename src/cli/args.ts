// Command-line parsing for `newsmark annotate` and `newsmark check` (DESIGN,
// "The command line"). Hand-written: two commands and five options do not
// earn a dependency.

import { usageError } from './errors';

export const USAGE = `usage:
  newsmark annotate [PATH…] [-g GLOSSARY]… [-f json,w3c,brat] [-o DIR] [--stdout] [-q] [--no-cache]
  newsmark check GLOSSARY…

  annotate   annotate articles (files, or folders of .txt/.md/.news/.article files) and write sidecars;
             with no PATH, annotates the bundled sample with the bundled glossary (the demo)
  check      print every problem of the glossary files as file:line:col: message

options:
  -g, --glossary FILE   a glossary file (repeatable); without it, glossary.yaml, glossary.yml,
                        *.glossary.yaml and *.glossary.yml under the current folder are used
  -f, --format LIST     sidecar formats, comma-separated: json, w3c, brat (default: all three)
  -o, --out DIR         write sidecars into DIR instead of beside each article
      --stdout          one article, one format: print the sidecar instead of writing it
      --no-quotes       do not detect quotations
      --no-cache        compile the glossary afresh and keep no copy (the compiled glossary is
                        otherwise kept for the next run in NEWSMARK_CACHE_DIR or ~/.cache/newsmark)
  -q, --quiet           print only problems
  -h, --help            this help
      --version         the version

exit codes: 0 done, 1 bad input, 2 wrong usage`;

export type Command =
  | { readonly command: 'annotate'; readonly paths: string[]; readonly glossaries: string[]; readonly formats: string[]; readonly out?: string; readonly stdout: boolean; readonly quiet: boolean; readonly quotes: boolean; readonly cache: boolean }
  | { readonly command: 'check'; readonly glossaries: string[] }
  | { readonly command: 'help' }
  | { readonly command: 'version' };

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'check') {
    const files = rest.filter((a) => a !== '--');
    const option = files.find((a) => a.startsWith('-'));
    if (option) throw usageError(`check: unknown option ${option}`);
    if (files.length === 0) throw usageError('check: name at least one glossary file');
    return { command: 'check', glossaries: files };
  }
  if (command !== 'annotate') throw usageError(`unknown command '${command}' (expected annotate or check)`);

  const paths: string[] = [];
  const glossaries: string[] = [];
  const formats: string[] = [];
  let out: string | undefined;
  let stdout = false, quiet = false, quotes = true, cache = true, onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw usageError(`annotate: ${flag} needs a value`);
      return v;
    };
    if (onlyPaths || !flag.startsWith('-') || flag === '-') paths.push(arg);
    else if (flag === '--') onlyPaths = true;
    else if (flag === '-g' || flag === '--glossary') glossaries.push(value());
    else if (flag === '-f' || flag === '--format') formats.push(value());
    else if (flag === '-o' || flag === '--out') {
      if (out !== undefined) throw usageError('annotate: -o given twice');
      out = value();
    } else if (flag === '--stdout') stdout = true;
    else if (flag === '-q' || flag === '--quiet') quiet = true;
    else if (flag === '--no-quotes') quotes = false;
    else if (flag === '--no-cache') cache = false;
    else if (flag === '-h' || flag === '--help') return { command: 'help' };
    else throw usageError(`annotate: unknown option ${flag}`);
  }
  if (stdout && out !== undefined) throw usageError('annotate: --stdout and -o exclude each other');
  return { command: 'annotate', paths, glossaries, formats, ...(out !== undefined ? { out } : {}), stdout, quiet, quotes, cache };
}
