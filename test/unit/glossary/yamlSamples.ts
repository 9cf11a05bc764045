// Glossary YAML for the differential tests: realistic entries written in
// every style a person might use, valid or not, so that the fast reader is
// compared with the `yaml` package where it matters.

import fc from 'fast-check';

const WORDS = ['Sergey', 'Lavrov', 'Azerbaijan’s', "O'Brien", 'EU', 'Nagorno-Karabakh', 'é', 'Ünal', '1950-03-21', '0x1F', '.5', '12', 'null', '~', 'true'];
/** Pieces that give YAML trouble in one style or another. */
const RISKY = ['a: b', 'C#', 'x #y', '[sic]', 'a, b', '{x}', '"q"', "'s'", '\\', '-5', '- item', '&a', '*a', '!tag', '?', '%', '@', '`', '|', '>', ':', '\t'];

const word = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 6 }, { arbitrary: fc.constantFrom(...RISKY), weight: 1 });
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map(words => words.join(' '));

/** A scalar in a style picked at random: whether that style can hold the text is the point of the test. */
const scalar = fc.tuple(text, fc.constantFrom('plain', 'plain', 'single', 'double', 'double-escaped')).map(([t, style]) => {
  switch (style) {
    case 'single':
      return `'${t.replace(/'/g, "''")}'`;
    case 'double':
      return JSON.stringify(t);
    case 'double-escaped':
      return `"${t.replace(/[\\"]/g, c => `\\${c}`).replace(/é/g, '\\u00e9').replace(/ /g, '\\x20')}"`;
    default:
      return t;
  }
});

const comment = fc.constantFrom('', '', '', ' # note', '  #', ' #: x');

const blockScalar = fc
  .tuple(fc.constantFrom('|', '|-', '>', '>-', '|+', '>2'), fc.array(fc.constantFrom('line one', 'line two: yes', '', '  indented', '# not a comment', 'é ’'), { minLength: 1, maxLength: 5 }))
  .map(([header, lines]) => ({ header, lines }));

type Value = { kind: 'inline'; text: string } | { kind: 'block'; header: string; lines: string[] } | { kind: 'list'; items: string[]; flow: boolean } | { kind: 'map'; pairs: [string, string][] };

const value: fc.Arbitrary<Value> = fc.oneof(
  scalar.map(t => ({ kind: 'inline' as const, text: t })),
  blockScalar.map(b => ({ kind: 'block' as const, ...b })),
  fc.tuple(fc.array(scalar, { maxLength: 3 }), fc.boolean()).map(([items, flow]) => ({ kind: 'list' as const, items, flow })),
  fc.array(fc.tuple(fc.constantFrom('born', 'office', 'in office since', 'seat'), scalar), { maxLength: 3 }).map(pairs => ({ kind: 'map' as const, pairs })),
);

const field = fc.tuple(fc.constantFrom('id', 'name', 'type', 'aliases', 'summary', 'description', 'facts', 'links', 'case', 'extra'), value, comment);

const entry = fc.array(field, { minLength: 1, maxLength: 6 });

function renderValue(v: Value, indent: string, note: string): string[] {
  switch (v.kind) {
    case 'inline':
      return [` ${v.text}${note}`];
    case 'block':
      return [` ${v.header}${note}`, ...v.lines.map(l => (l === '' ? '' : `${indent}  ${l}`))];
    case 'list':
      if (v.flow) return [` [${v.items.join(', ')}]${note}`];
      return [note, ...v.items.map(i => `${indent}  - ${i}`)];
    case 'map':
      return [note, ...v.pairs.map(([k, t]) => `${indent}  ${k}: ${t}`)];
  }
}

export const glossaryYaml: fc.Arbitrary<string> = fc
  .record({
    entries: fc.array(entry, { minLength: 1, maxLength: 5 }),
    itemIndent: fc.constantFrom(0, 2, 4),
    crlf: fc.boolean(),
    blankBetween: fc.boolean(),
    types: fc.boolean(),
  })
  .map(({ entries, itemIndent, crlf, blankBetween, types }) => {
    const lines = ['# a glossary', ''];
    if (types) lines.push('types:', '  media:', '    label: Media outlet', '    color: teal');
    lines.push('entities:');
    const dash = ' '.repeat(itemIndent);
    const keyIndent = ' '.repeat(itemIndent + 2);
    for (const fields of entries) {
      if (blankBetween) lines.push('');
      fields.forEach(([key, v, note], i) => {
        const [first, ...rest] = renderValue(v, keyIndent, note);
        lines.push(`${i === 0 ? `${dash}- ` : keyIndent}${key}:${first}`, ...rest);
      });
    }
    return lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
  });

/** Text made of YAML's significant pieces in any order: mostly not YAML at all. */
export const yamlishText: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom('- ', '-', ': ', ':', '#', ' #', "'", '"', '[', ']', ', ', '\n', '\n', '\n', '  ', ' ', '|', '|-', '>', 'a', 'bc', '~', 'null',
      '\\', '\\n', '\\u00e9', "''", '\r\n', 'entities', 'id', '{', '}', '&a', '*a', '!', '?', '1950-03-21', 'é', '  - ', '\n  ', '\n- ', '---', '...', '\t'),
    { maxLength: 40 },
  )
  .map(parts => parts.join(''));
