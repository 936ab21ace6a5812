import {describe, expect, it} from 'vitest';
import {contrastRatio, withContrast} from '../../../src/codeBlocks/contrast';
import {codeThemeCss} from '../../../src/codeBlocks/codeHighlight';
import {
  MARKED_LINE_BACKGROUND,
  darkCodeTheme,
  lightCodeTheme,
} from '../../../src/codeBlocks/prismThemes';

describe('contrastRatio', () => {
  it('matches known WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgb(255, 0, 0)', '#fff')).toBeCloseTo(4.0, 1);
    expect(contrastRatio('hsl(0, 0%, 0%)', 'hsl(0, 0%, 100%)')).toBeCloseTo(21, 5);
  });
});

describe.each([
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
])('%s code theme', (_name, theme) => {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const colours = [
    {types: 'plain', colour: theme.plain.color},
    ...theme.styles.map((s) => ({types: s.types.join(','), colour: s.style.color})),
  ].filter((entry): entry is {types: string; colour: string} => Boolean(entry.colour));

  it.each(colours)('token "$types" ($colour) passes WCAG AA on the background', ({colour}) => {
    expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe.each([
  ['light', lightCodeTheme, MARKED_LINE_BACKGROUND.light],
  ['dark', darkCodeTheme, MARKED_LINE_BACKGROUND.dark],
] as const)('%s marked lines', (_name, theme, marked) => {
  const background = theme.plain.backgroundColor ?? '#ffffff';

  it('stand out from plain lines by their background alone (≥ 1.5:1)', () => {
    expect(contrastRatio(marked, background)).toBeGreaterThanOrEqual(1.5);
  });

  it('keep every token colour at AA once adjusted for them', () => {
    const css = codeThemeCss(lightCodeTheme, darkCodeTheme, MARKED_LINE_BACKGROUND);
    const markedColours = [
      ...css.matchAll(
        new RegExp(
          `${_name === 'dark' ? "html\\[data-theme='dark'\\]" : 'html:not'}[^{]*data-diff[^{]*\\{[^}]*?(?<![\\w-])color: (#[0-9a-f]{6})`,
          'g',
        ),
      ),
    ].map((match) => match[1]!);
    expect(markedColours.length).toBeGreaterThan(5);
    for (const colour of markedColours) {
      expect(contrastRatio(colour, marked), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('withContrast', () => {
  it('darkens on light backgrounds and lightens on dark ones, only as far as needed', () => {
    expect(withContrast('#000000', '#ffffff')).toBe('#000000');
    const darker = withContrast('#008000', '#c8ced8');
    expect(contrastRatio(darker, '#c8ced8')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(withContrast('#5fb3b3', '#4a5a66'), '#4a5a66')).toBeGreaterThanOrEqual(
      4.5,
    );
  });
});
