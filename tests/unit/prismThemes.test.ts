import {describe, expect, it} from 'vitest';
import {contrastRatio} from '../../src/utils/contrast';
import {darkCodeTheme, lightCodeTheme} from '../../src/utils/prismThemes';

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
