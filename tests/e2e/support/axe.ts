import AxeBuilder from '@axe-core/playwright';
import {expect, type Page} from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export type ColourMode = 'light' | 'dark';
export const COLOUR_MODES: readonly ColourMode[] = ['light', 'dark'];

/** Opens `path` in the given colour mode (the site follows prefers-color-scheme). */
export async function gotoInMode(page: Page, path: string, mode: ColourMode): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
  await page.goto(path);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
}

/** Runs axe with the WCAG 2.1 A/AA rules and fails with a readable list of what broke. */
export async function expectNoAxeViolations(
  page: Page,
  options: {readonly include?: string; readonly impacts?: readonly string[]} = {},
): Promise<void> {
  let builder = new AxeBuilder({page}).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  const {violations} = await builder.analyze();
  const relevant = violations.filter(
    (violation) => !options.impacts || options.impacts.includes(violation.impact ?? ''),
  );
  const report = relevant.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`)
        .join('\n'),
  );
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}
