// Terminal colour, only where it helps: on a terminal, unless NO_COLOR says
// otherwise (https://no-color.org); FORCE_COLOR turns it on in pipes.

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  blue(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const plain = (s: string) => s;

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const on = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true : env.NO_COLOR === undefined && stream.isTTY === true && env.TERM !== 'dumb';
  if (!on) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain, magenta: plain, blue: plain };
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39), magenta: wrap(35, 39), blue: wrap(34, 39) };
}
