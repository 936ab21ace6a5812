import {test as base, expect, type Page} from '@playwright/test';
import {chapterPageId, labChapter} from '../../../src/data/course';

/**
 * Shared fixture for every journey:
 * - fails the test on any console error or uncaught page error (allowlist entries need a reason);
 * - blocks every request to another origin, and records it, so a journey can assert that a page
 *   contacts no third-party host (and the offline CI machine never waits on one).
 */
interface Fixtures {
  thirdPartyRequests: string[];
  /** Console errors a journey expects (e.g. the 404 response of a missing page), with a reason. */
  expectedConsoleErrors: readonly {pattern: RegExp; reason: string}[];
}

const CONSOLE_ERROR_ALLOWLIST: readonly {pattern: RegExp; reason: string}[] = [
  // Blocked third-party requests are the test's doing, not the page's; journeys assert on them.
  {pattern: /net::ERR_FAILED/, reason: 'a request the test itself blocked'},
];

export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], {option: true}],
  thirdPartyRequests: async ({}, use) => {
    await use([]);
  },
  page: async ({page, baseURL, thirdPartyRequests, expectedConsoleErrors}, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      const allowed = [...CONSOLE_ERROR_ALLOWLIST, ...expectedConsoleErrors];
      if (!allowed.some(({pattern}) => pattern.test(text))) {
        consoleErrors.push(`${page.url()}: ${text}`);
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
    await page.route(
      (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
      async (route) => {
        thirdPartyRequests.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    await use(page);
    expect(consoleErrors, 'console errors on the page').toEqual([]);
  },
});

export {expect};

/**
 * Opens a path of the built site and waits for Docusaurus' own signal that React has hydrated
 * it. Specs wait on this; `networkidle` only after it, where a test asserts what did or did not
 * download.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

/** The chapter with the lab's exercises (chapter 18), from the course data. */
export const CHAPTER_PATH = `/${labChapter.slug}`;
const [recipes] = labChapter.pages ?? [];
if (!recipes) throw new Error('src/data/course.ts: the lab chapter has no recipes page');
/** Chapter 18's second page, its per-language recipes. */
export const RECIPES_PATH = `/${chapterPageId(labChapter, recipes)}`;
/** The lesson's MDX file, as its «Editar esta página» link names it (doc id = slug). */
export const CHAPTER_SOURCE = `docs/${labChapter.slug}.mdx`;

/** `text` matched literally inside a regular expression. */
export const literally = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Records a diagnostic (what was checked, how much) in the report instead of the console, so
 * that a passing run prints only the reporter's lines. It shows in the HTML report and the JSON.
 */
export function note(description: string): void {
  test.info().annotations.push({type: 'note', description});
}
