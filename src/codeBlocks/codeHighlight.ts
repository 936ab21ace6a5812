/**
 * Build-time syntax highlighting. Code blocks are tokenised once, in Node.js, with the same
 * Prism that Docusaurus would ship to the browser (prism-react-renderer's, plus the languages
 * we register); pages get the tokens as HTML and the two code themes as CSS. Readers' browsers
 * neither download Prism nor tokenise or hydrate thousands of token spans, and the light/dark
 * switch is pure CSS.
 */
import {createRequire} from 'node:module';
import {Prism, normalizeTokens, type PrismTheme} from 'prism-react-renderer';
import {escapeHtml} from './highlightedLines';
import {withContrast} from './contrast';

/**
 * Prism languages beyond the ones prism-react-renderer bundles (which include json, yaml,
 * markdown, python, go…), from `prismjs/components/prism-*`. They cost readers nothing: only the
 * build uses them.
 */
export const ADDITIONAL_LANGUAGES = ['docker', 'bash'] as const;

const require = createRequire(import.meta.url);
const registered = new Set<string>();

/** Adds `prismjs/components/prism-<name>` grammars to prism-react-renderer's Prism instance. */
export function registerLanguages(names: readonly string[]): void {
  const global = globalThis as {Prism?: unknown};
  for (const name of names) {
    if (registered.has(name)) continue;
    // Prism components extend the instance found on globalThis.
    const before = global.Prism;
    global.Prism = Prism;
    try {
      require(`prismjs/components/prism-${name}`);
    } catch (error) {
      throw new Error(
        `Unknown Prism language "${name}": there is no prismjs/components/prism-${name}.js`,
        {cause: error},
      );
    } finally {
      if (before === undefined) delete global.Prism;
      else global.Prism = before;
    }
    registered.add(name);
  }
}

/**
 * The code's lines as HTML, one per line, joined with "\n": `<span class="token keyword">FROM</span>…`,
 * the markup Docusaurus' CodeBlock renders, without inline styles. Tokens of types no theme
 * colours stay plain text when `styledTypes` is given: fewer elements for the browser to lay out.
 * Null when Prism has no grammar for the language (shown as plain text, as Docusaurus does).
 */
export function highlightToHtml(
  code: string,
  language: string,
  styledTypes?: ReadonlySet<string>,
): string | null {
  const grammar = Prism.languages[language.toLowerCase()];
  if (!grammar) return null;
  const styled = (types: readonly string[]): boolean =>
    !styledTypes || types.some((type) => styledTypes.has(type));
  return normalizeTokens(Prism.tokenize(code, grammar))
    .map((line) =>
      line
        .filter((token) => !token.empty && token.content !== '')
        .map((token) =>
          styled(token.types)
            ? `<span class="${escapeHtml(['token', ...token.types].join(' '))}">${escapeHtml(token.content)}</span>`
            : escapeHtml(token.content),
        )
        .join(''),
    )
    .join('\n');
}

/** The token types that some entry of these themes colours. */
export function styledTypes(themes: readonly PrismTheme[]): Set<string> {
  return new Set(themes.flatMap((theme) => theme.styles.flatMap((entry) => entry.types)));
}

/**
 * The Prism theme Docusaurus is configured with, for both colour modes: colours are CSS variables
 * set by {@link codeThemeCss}, so the server-rendered markup is right in either mode and code
 * blocks need no re-render once the page knows the reader's mode.
 */
export const CSS_VARIABLE_THEME: PrismTheme = {
  plain: {color: 'var(--code-color)', backgroundColor: 'var(--code-background)'},
  styles: [],
};

type Style = Readonly<Record<string, string | number | undefined>>;

export interface CodeThemeRule {
  readonly mode: 'light' | 'dark';
  readonly type: string;
  readonly language?: string;
  readonly style: Style;
}

/** One rule per token type and theme entry, in the theme's order (later entries win, as in Prism). */
export function codeThemeRules(light: PrismTheme, dark: PrismTheme): CodeThemeRule[] {
  return (
    [
      ['light', light],
      ['dark', dark],
    ] as const
  ).flatMap(([mode, theme]) =>
    theme.styles.flatMap((entry) =>
      entry.types.flatMap((type) =>
        (entry.languages ?? [undefined]).map((language) => ({
          mode,
          type,
          language,
          style: entry.style as Style,
        })),
      ),
    ),
  );
}

const kebab = (property: string): string =>
  property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function declarations(style: Style): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([property, value]) => `${kebab(property)}: ${String(value)};`)
    .join(' ');
}

// Light is also what readers without JavaScript get: the data-theme attribute is set by a script.
const SCOPE = {light: "html:not([data-theme='dark'])", dark: "html[data-theme='dark']"} as const;

/** Marked code lines: Docusaurus' highlighted lines and the lines a comparison marks as different. */
const MARKED_LINE = ':is(.theme-code-block-highlighted-line, [data-diff])';

/**
 * The two code themes as CSS: plain colours as variables, token colours by class. With
 * `marked` backgrounds, marked lines get that background and every token colour adjusted to
 * stay AA on it.
 */
export function codeThemeCss(
  light: PrismTheme,
  dark: PrismTheme,
  marked?: Readonly<Record<'light' | 'dark', string>>,
): string {
  const themes = {light, dark};
  const plain = (mode: 'light' | 'dark', theme: PrismTheme): string => {
    const {color, backgroundColor, ...rest} = theme.plain;
    const extra = declarations(rest as Style);
    const markedVariables = marked
      ? ` --code-marked-background: ${marked[mode]}; --code-continuation: ${withContrast(String(color), String(backgroundColor), 3)};`
      : '';
    return [
      `${SCOPE[mode]} { --code-color: ${String(color)}; --code-background: ${String(backgroundColor)};${markedVariables} }`,
      ...(extra ? [`${SCOPE[mode]} .prism-code { ${extra} }`] : []),
    ].join('\n');
  };
  const rules = codeThemeRules(light, dark).map(({mode, type, language, style}) => {
    const within = language ? `.prism-code.language-${language}` : '.prism-code';
    return `${SCOPE[mode]} ${within} .token.${type} { ${declarations(style)} }`;
  });
  const markedRules = marked
    ? [
        ...(['light', 'dark'] as const).map(
          (mode) =>
            `${SCOPE[mode]} .prism-code ${MARKED_LINE} { background-color: ${marked[mode]}; color: ${withContrast(String(themes[mode].plain.color), marked[mode])}; }`,
        ),
        ...codeThemeRules(light, dark).flatMap(({mode, type, language, style}) => {
          if (typeof style.color !== 'string') return [];
          const within = language ? `.prism-code.language-${language}` : '.prism-code';
          return [
            `${SCOPE[mode]} ${within} ${MARKED_LINE} .token.${type} { color: ${withContrast(style.color, marked[mode])}; }`,
          ];
        }),
      ]
    : [];
  return [
    '/* Generated at build time by src/codeBlocks/index.ts from src/codeBlocks/prismThemes.ts. */',
    plain('light', light),
    plain('dark', dark),
    ...rules,
    ...markedRules,
    '',
  ].join('\n');
}
