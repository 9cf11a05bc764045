// A glossary is text anyone can write, and a sidecar too: on a hover card it is shown as plain text.
// No link it carries is live except http(s) ones, no HTML is rendered, the only command the card
// may run is Newsmark's own, and huge strings are cut short.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, hoverText, newsmark, openArticle, positionOf, rangeOf, waitFor, workspaceUri, writeText } from './helpers';

const GLOSSARY = workspaceUri('hostile.glossary.yaml');
const HUGE = 'A'.repeat(200_000);
const OUR_COMMAND = 'newsmark.openGlossaryEntry';

const ATTACKS = [
  '[Click me](command:workbench.action.terminal.new)',
  '<command:workbench.action.quit>',
  '<a href="command:workbench.action.quit">quit</a>',
  '<img src=x onerror=alert(1)>',
  '[file](file:///etc/passwd)',
  '<file:///etc/passwd>',
  '[js](javascript:alert(1))',
  '<javascript:alert(1)>',
  '![pixel](https://tracker.example/p.png)',
  '<script>alert(1)</script>',
  '&lt;command:workbench.action.quit&gt;',
];

function yamlString(value: string): string {
  return JSON.stringify(value); // a JSON string is a YAML double-quoted scalar
}

const YAML = [
  'types:',
  '  hostile:',
  `    label: ${yamlString('<b>Bold</b> [type](command:workbench.action.quit) ' + 'L'.repeat(5000))}`,
  'entities:',
  '  - id: evil-corp',
  '    name: Evil Corp',
  '    type: hostile',
  `    summary: ${yamlString(ATTACKS.join(' '))}`,
  '    description: |',
  ...ATTACKS.map((a) => `      ${a}`),
  '      ',
  '      [ref]: command:workbench.action.quit',
  '      [x][ref]',
  `      ${HUGE}`,
  '    facts:',
  `      ${yamlString('[k](command:workbench.action.quit)')}: ${yamlString("<a href='javascript:alert(1)'>v</a> <command:x>")}`,
  `      huge: ${yamlString(HUGE)}`,
  `    aliases: [${yamlString('Evil <command:workbench.action.quit> Corp')}]`,
  '    links:',
  '      - https://example.org/evil-corp',
  '      - "javascript:alert(1)"',
  '      - "file:///etc/passwd"',
  '      - "command:workbench.action.quit"',
  '      - "https://example.org/a)(command:workbench.action.quit"',
  `      - ${yamlString('https://example.org/' + 'x'.repeat(100_000))}`,
  '',
].join('\n');

/**
 * Every link target a Markdown renderer could make of `md`, read conservatively: escaped characters
 * cannot form syntax, and an autolink counts even unclosed. Also every HTML tag.
 */
function linkTargets(md: string): { hrefs: string[]; tags: string[] } {
  const plain = md.replace(/\\[\s\S]/g, ' ');
  const hrefs = [
    ...[...plain.matchAll(/\]\(\s*<?([^\s)>]+)/g)].map((m) => m[1]!), // [text](href), ![alt](src)
    ...[...plain.matchAll(/<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)/g)].map((m) => m[1]!), // <scheme:…>
    ...[...plain.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?\s*$/gm)].map((m) => m[1]!), // [ref]: href
  ];
  const tags = [...plain.matchAll(/<(?:\/?[a-zA-Z][a-zA-Z0-9-]*(?=[\s/>]|$)|[!?])/gm)].map((m) => m[0]);
  return { hrefs, tags };
}

describe('hostile glossary text on hover cards', () => {
  before(async () => {
    await writeText(GLOSSARY, YAML);
    await writeText(workspaceUri('hostile/article.txt'), 'Evil Corp said "we mean no harm at all, really."\n');
    const api = await newsmark();
    await waitFor(async () => {
      await api.ready();
      return api.glossary().entities.includes('evil-corp');
    }, 'the hostile glossary to be loaded');
  });
  after(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(GLOSSARY);
  });

  it('the scanner of this test finds the links it must find', () => {
    const found = linkTargets('[a](command:x) <file:///etc> <b>x</b>\n[r]: javascript:y\n\\[no\\]\\(command:z\\) \\<command:w>');
    assert.deepEqual(found.hrefs, ['command:x', 'file:///etc', 'javascript:y']);
    assert.equal(found.tags.length, 2);
  });

  it('an entity card shows every hostile string as text: no live link but http(s) and our own command, no HTML, huge strings cut', async () => {
    const { document } = await openArticle('hostile/article.txt');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'Evil Corp', 0, 2));
    assert.ok(hovers.length > 0, 'a card');
    const cards = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => c instanceof vscode.MarkdownString);
    const markdown = cards.map((c) => c.value).join('\n');
    for (const card of cards) {
      assert.ok(!card.supportHtml, 'HTML is not rendered');
      assert.deepEqual(card.isTrusted, { enabledCommands: [OUR_COMMAND] }, 'only our own command may run');
    }
    const { hrefs, tags } = linkTargets(markdown);
    assert.deepEqual(tags, [], 'no HTML tag');
    const bad = hrefs.filter((h) => !/^https?:\/\//.test(h) && !h.startsWith(`command:${OUR_COMMAND}?`));
    assert.deepEqual(bad, [], 'no live link but http(s) and our own command');
    assert.ok(hrefs.some((h) => h.startsWith(`command:${OUR_COMMAND}?`)), 'our own link is there');
    assert.ok(hrefs.includes('https://example.org/evil-corp'), 'the http(s) link is there');
    assert.ok(!hrefs.some((h) => h.includes('x'.repeat(5000))), 'a huge address is left off');

    const shown = hoverText(hovers);
    assert.ok(shown.includes('command:workbench.action.terminal.new'), 'the hostile text is shown, as text');
    assert.ok(markdown.length < 20_000, `the card has ${markdown.length} characters`);
    assert.ok(!shown.includes('A'.repeat(1000)) && shown.includes('…'), 'huge strings are cut short');
  });

  it('a quote card shows a hostile speaker name from a manual tag as text', async () => {
    const { document } = await openArticle('hostile/article.txt');
    const name = '[quit](command:workbench.action.quit) <command:workbench.action.quit> <img src=x onerror=alert(1)>';
    await vscode.commands.executeCommand('newsmark.tagQuote', { uri: document.uri, range: rangeOf(document, 'we mean no harm at all, really.'), speaker: name });
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'no harm'));
    const markdown = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : '')).join('\n');
    assert.match(markdown, /Speaker:/);
    const { hrefs, tags } = linkTargets(markdown);
    assert.deepEqual(tags, []);
    assert.deepEqual(hrefs.filter((h) => !/^https?:\/\//.test(h) && !h.startsWith(`command:${OUR_COMMAND}?`)), []);
  });
});
