import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {compile} from '@mdx-js/mdx';
import type {Code, Root} from 'mdast';
import {Prism, normalizeTokens, type PrismTheme} from 'prism-react-renderer';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import remarkHighlightCode from '../../../src/codeBlocks/remark';
import {
  ADDITIONAL_LANGUAGES,
  codeThemeCss,
  codeThemeRules,
  highlightToHtml,
  registerLanguages,
  styledTypes,
} from '../../../src/codeBlocks/codeHighlight';
import {lineHtml} from '../../../src/codeBlocks/highlightedLines';
import {darkCodeTheme, lightCodeTheme} from '../../../src/codeBlocks/prismThemes';

registerLanguages(ADDITIONAL_LANGUAGES);

describe('highlightToHtml', () => {
  it('gives one line of token spans per line of code, with Prism types as classes', () => {
    const html = highlightToHtml('FROM node:20 AS build\n\nCOPY --from=build /a /b', 'dockerfile');
    const lines = html?.split('\n') ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('<span class="token instruction keyword">FROM</span>');
    expect(lines[1]).toBe('');
    expect(lines[2]).toContain('<span class="token instruction options property">--from</span>');
  });

  it('escapes the code, so it can never inject markup', () => {
    const html = highlightToHtml('RUN echo "<script>alert(1)</script>" && true', 'docker') ?? '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&amp;&amp;');
  });

  it('leaves tokens that no theme colours as plain text', () => {
    const styled = styledTypes([lightCodeTheme, darkCodeTheme]);
    expect(styled.has('keyword')).toBe(true);
    expect(styled.has('instruction')).toBe(false);
    expect(highlightToHtml('FROM alpine AS base', 'docker', styled)).toBe(
      '<span class="token instruction keyword">FROM</span> alpine <span class="token instruction keyword">AS</span> base',
    );
  });

  it('returns null for a language Prism does not know (shown as plain text)', () => {
    expect(highlightToHtml('hola', 'klingon')).toBeNull();
  });

  it('names the missing Prism component of an unknown additional language', () => {
    expect(() => registerLanguages(['no-such-language'])).toThrow(
      /prismjs\/components\/prism-no-such-language/,
    );
  });
});

describe('remarkHighlightCode', () => {
  const compileWith = async (markdown: string): Promise<string> =>
    String(
      await compile(markdown, {
        remarkPlugins: [[remarkHighlightCode, {languages: ADDITIONAL_LANGUAGES}]],
      }),
    );

  it('hands fenced Dockerfiles their highlighted HTML as a prop of the code element', async () => {
    const js = await compileWith('```dockerfile\nFROM alpine\n```\n');
    expect(js).toMatch(
      /highlightedHtml: "<span class=\\"token instruction keyword\\">FROM<\/span>/,
    );
  });

  it('leaves blocks without a language or in an unknown one alone', async () => {
    expect(await compileWith('```\nFROM alpine\n```\n')).not.toContain('highlightedHtml');
    expect(await compileWith('```klingon\nFROM alpine\n```\n')).not.toContain('highlightedHtml');
  });
});

describe('lineHtml', () => {
  const rawCode = 'FROM alpine\n# highlight-next-line\nRUN apk add curl\n';
  const highlighted = {rawCode, html: 'A\nB\nC'};

  it('uses the build-time line for each shown line', () => {
    expect(lineHtml('FROM alpine\n# highlight-next-line\nRUN apk add curl', highlighted)).toEqual([
      'A',
      'B',
      'C',
    ]);
  });

  it('skips the lines Docusaurus removed (magic comments)', () => {
    expect(lineHtml('FROM alpine\nRUN apk add curl', highlighted)).toEqual(['A', 'C']);
  });

  it('falls back to escaped plain text when the shown code is not the highlighted one', () => {
    expect(lineHtml('FROM alpine\nRUN <otra>', highlighted)).toEqual([
      '<span class="token plain">FROM alpine</span>',
      '<span class="token plain">RUN &lt;otra&gt;</span>',
    ]);
    expect(lineHtml('x\n\ny', null)).toEqual([
      '<span class="token plain">x</span>',
      '',
      '<span class="token plain">y</span>',
    ]);
  });
});

describe('codeThemeCss', () => {
  const css = codeThemeCss(lightCodeTheme, darkCodeTheme);

  it('sets the plain colours of each mode as variables; light is the default without JS', () => {
    expect(css).toContain(
      `html:not([data-theme='dark']) { --code-color: ${lightCodeTheme.plain.color}; --code-background: ${lightCodeTheme.plain.backgroundColor}; }`,
    );
    expect(css).toContain(
      `html[data-theme='dark'] { --code-color: ${darkCodeTheme.plain.color}; --code-background: ${darkCodeTheme.plain.backgroundColor}; }`,
    );
  });

  it('gives every token type of both themes a rule in its mode', () => {
    for (const [scope, theme] of [
      ["html:not([data-theme='dark'])", lightCodeTheme],
      ["html[data-theme='dark']", darkCodeTheme],
    ] as const) {
      for (const type of theme.styles.flatMap((entry) => entry.types)) {
        expect(css).toContain(`${scope} .prism-code .token.${type} {`);
      }
    }
  });
});

/**
 * prism-react-renderer's own colouring (themeToDict + getTokenProps, v2.4), the reference the
 * generated CSS has to reproduce: entries merge per type in theme order, token types in order.
 */
function prismStyle(theme: PrismTheme, language: string, types: readonly string[]): object {
  const dict: Record<string, object> = {};
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const type of entry.types) dict[type] = {...dict[type], ...entry.style};
  }
  if (types.length === 1 && types[0] === 'plain') return {};
  return Object.assign({}, ...types.map((type) => dict[type]));
}

/** What the browser does with our CSS: every matching rule applies; later and more specific win. */
function cssStyle(mode: 'light' | 'dark', language: string, types: readonly string[]): object {
  const rules = codeThemeRules(lightCodeTheme, darkCodeTheme).filter(
    (rule) =>
      rule.mode === mode &&
      types.includes(rule.type) &&
      (rule.language === undefined || rule.language === language),
  );
  const bySpecificity = [
    ...rules.filter((rule) => rule.language === undefined),
    ...rules.filter((rule) => rule.language !== undefined),
  ];
  return Object.assign({}, ...bySpecificity.map((rule) => rule.style));
}

// Every fenced block with a language in docs/, as remark sees it.
const docsDir = path.join(__dirname, '../../../docs');
const blocks: Code[] = [];
const collect = () => (tree: Root) =>
  visit(tree, 'code', (node: Code) => {
    if (node.lang) blocks.push(node);
  });
const docNames = readdirSync(docsDir, {recursive: true, encoding: 'utf8'});
for (const name of docNames.filter((file) => /\.mdx?$/.test(file))) {
  await compile(readFileSync(path.join(docsDir, name), 'utf8'), {remarkPlugins: [collect]});
}
describe('the generated CSS colours every token of docs/ as prism-react-renderer would', () => {
  const combos = new Map<string, {language: string; types: readonly string[]}>();
  for (const block of blocks) {
    const language = (block.lang ?? '').toLowerCase();
    const grammar = Prism.languages[language];
    if (!grammar) continue;
    for (const line of normalizeTokens(Prism.tokenize(block.value, grammar))) {
      for (const {types} of line) combos.set(`${language}:${types.join(' ')}`, {language, types});
    }
  }

  it('finds the highlighted blocks', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
    expect(combos.size).toBeGreaterThanOrEqual(5);
    const styled = [...combos.values()].filter(
      ({language, types}) => Object.keys(prismStyle(lightCodeTheme, language, types)).length > 0,
    );
    expect(styled.length).toBeGreaterThanOrEqual(3);
  });

  it.each([...combos.keys()])('%s', (key) => {
    const {language, types} = combos.get(key)!;
    expect(cssStyle('light', language, types)).toEqual(prismStyle(lightCodeTheme, language, types));
    expect(cssStyle('dark', language, types)).toEqual(prismStyle(darkCodeTheme, language, types));
  });
});
