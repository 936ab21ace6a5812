import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * Code themes for the site. The stock themes' comment and accent colours fail WCAG AA on their
 * own backgrounds (2.7:1 for the comments of the github theme, 3.0:1 for dracula), so we start from themes that
 * nearly pass and fix the few tokens that do not. tests/unit/codeBlocks/prismThemes.test.ts checks every
 * token colour against the background.
 */
function withTokenColour(theme: PrismTheme, tokenType: string, colour: string): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((style) =>
      style.types.includes(tokenType) ? {...style, style: {...style.style, color: colour}} : style,
    ),
  };
}

// vsLight's attr-name is pure red (#ff0000, 4.0:1 on white).
export const lightCodeTheme: PrismTheme = withTokenColour(themes.vsLight, 'attr-name', '#c00000');

// oceanicNext passes as shipped; it is here so both themes are chosen in one place.
export const darkCodeTheme: PrismTheme = themes.oceanicNext;

/**
 * Background of marked code lines (COPY --from, and lines that differ in a comparison): at least
 * 1.5:1 against the code background, so the mark shows without relying on a hue. Token colours on
 * it are darkened or lightened by ./codeHighlight.ts until they pass AA again.
 */
export const MARKED_LINE_BACKGROUND = {light: '#c8ced8', dark: '#4a5a66'} as const;
