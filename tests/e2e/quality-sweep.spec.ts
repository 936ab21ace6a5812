import type {Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {test, expect, gotoHydrated, note} from './support/fixtures';
import {COLOUR_MODES, WCAG_TAGS, gotoInMode} from './support/axe';
import {sitemapPaths} from './support/sitemap';

/**
 * Quality gates on every page of the built sitemap: accessibility in both colour modes, console
 * and network hygiene, phones, reading without JavaScript, keyboard focus and links.
 */

/** axe rules switched off, each with its reason; printed with every run. */
const AXE_EXCEPTIONS: readonly {rule: string; reason: string}[] = [];

const PAGES = sitemapPaths();
const FOCUS_STOPS = 15;
// The page's main content: <main>, or the skip link's target where a plugin page has no <main>.
const CONTENT = 'main, #__docusaurus_skipToContent_fallback';

test.beforeEach(() => {
  note(`quality sweep: ${PAGES.length} pages from sitemap.xml: ${PAGES.join(', ')}`);
  for (const {rule, reason} of AXE_EXCEPTIONS) note(`axe exception ${rule}: ${reason}`);
});

for (const path of PAGES) {
  /** Pages that are tools rather than text, and what they say to readers without JavaScript. */
  const TOOL_PAGES: Readonly<Record<string, {message: string; link: string}>> = {
    '/laboratorio': {message: 'El laboratorio necesita JavaScript', link: 'capítulo 18'},
  };

  test.describe(`page ${path}`, () => {
    for (const mode of COLOUR_MODES) {
      test(`axe WCAG 2.1 A/AA: no violations in ${mode} mode`, async ({page}) => {
        await gotoInMode(page, path, mode);
        let builder = new AxeBuilder({page}).withTags(WCAG_TAGS);
        if (AXE_EXCEPTIONS.length > 0)
          builder = builder.disableRules(AXE_EXCEPTIONS.map((e) => e.rule));
        const {violations, passes} = await builder.analyze();
        note(`axe ${path} (${mode}): ${passes.length} rules passed, ${violations.length} violated`);
        const report = violations.map(
          (v) =>
            `${v.id} (${v.impact}) on ${path} in ${mode} mode: ${v.help}\n` +
            v.nodes
              .map(
                (n) =>
                  `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`,
              )
              .join('\n'),
        );
        expect(report, `axe violations on ${path} (${mode})`).toEqual([]);
      });
    }

    test('no console warning and no failed same-origin request', async ({page, baseURL}) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? '').origin;
      page.on('console', (message) => {
        if (message.type() === 'warning') problems.push(`console warning: ${message.text()}`);
      });
      page.on('requestfailed', (request) => {
        if (new URL(request.url()).origin === origin) {
          problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
        }
      });
      page.on('response', (response) => {
        if (new URL(response.url()).origin === origin && response.status() >= 400) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      await gotoHydrated(page, path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });

    test('fits a 390×844 phone and a 1280×800 desktop', async ({page}) => {
      await page.setViewportSize({width: 390, height: 844});
      await gotoHydrated(page, path);
      const phoneOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(phoneOverflow, `horizontal overflow at 390 px on ${path}`).toBe(0);

      await page.setViewportSize({width: 1280, height: 800});
      await gotoHydrated(page, path);
      // Elements wider than the viewport that no scrolling or clipping ancestor contains.
      const tooWide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const clipped = (el: Element): boolean => {
          for (let a = el.parentElement; a; a = a.parentElement) {
            const style = getComputedStyle(a);
            if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) {
              return a.getBoundingClientRect().right <= width + 1;
            }
          }
          return false;
        };
        return [...document.querySelectorAll('body *')]
          .filter((el) => {
            const rect = el.getBoundingClientRect();
            // Off-screen on purpose (the skip link until focused) is not overflow.
            const visible = rect.width > 0 && rect.right > 0 && rect.left < width;
            return visible && (rect.right > width + 1 || rect.left < -1) && !clipped(el);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`)
          .slice(0, 10);
      });
      expect(tooWide, `elements wider than 1280 px on ${path}`).toEqual([]);
    });

    test('reads the same without JavaScript', async ({page, browser, baseURL}) => {
      const tool = TOOL_PAGES[path];
      if (tool) {
        // A tool, not a text: without JavaScript it says what it needs and where the text is.
        const context = await browser.newContext({javaScriptEnabled: false, baseURL});
        const noJs = await context.newPage();
        await noJs.goto(path);
        // Playwright's text matching skips <noscript>; the rendered text (innerText) has it.
        await expect(noJs.getByRole('main')).toContainText(tool.message, {useInnerText: true});
        await expect(noJs.getByRole('main').getByRole('link', {name: tool.link})).toBeVisible();
        await context.close();
        return;
      }
      // Visible content, not controls: buttons and form fields show only once JavaScript can run
      // them, and closed disclosures hide the same text either way.
      const contentLength = (p: Page): Promise<number> =>
        p
          .locator(CONTENT)
          .first()
          .evaluate((root) => {
            const length = (el: HTMLElement): number =>
              el.innerText.replace(/\s+/g, ' ').trim().length;
            // Rendered ones only: hidden controls' innerText is their whole textContent.
            const controls = [
              ...root.querySelectorAll<HTMLElement>(
                'button, input, select, textarea, label, progress',
              ),
            ].filter((el) => el.checkVisibility());
            // Comparison panes the picker is not showing are still content, one choice away;
            // without JavaScript they are all shown.
            const unpicked = [...root.querySelectorAll<HTMLElement>('figure section[hidden]')]
              .filter((el) => !el.checkVisibility())
              .reduce(
                (sum, el) => sum + (el.textContent ?? '').replace(/\s+/g, ' ').trim().length,
                0,
              );
            return (
              length(root as HTMLElement) +
              unpicked -
              controls.reduce((sum, el) => sum + length(el), 0)
            );
          });
      await gotoHydrated(page, path);
      const hydrated = await contentLength(page);
      const context = await browser.newContext({javaScriptEnabled: false, baseURL});
      const noJs = await context.newPage();
      await noJs.goto(path);
      const serverOnly = await contentLength(noJs);
      await context.close();
      note(`text of ${path}: ${serverOnly} characters without JavaScript, ${hydrated} with it`);
      expect(hydrated).toBeGreaterThan(0);
      expect(Math.abs(serverOnly - hydrated) / hydrated).toBeLessThanOrEqual(0.05);
    });

    test('starts with a skip link and shows focus on every tab stop', async ({page}) => {
      await gotoHydrated(page, path);
      const firstStop = await page.evaluate(() => {
        const focusable = document.querySelector<HTMLElement>(
          'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])',
        );
        return focusable?.textContent?.trim();
      });
      expect(firstStop, `first tab stop on ${path}`).toBe('Saltar al contenido principal');
      const skip = page.getByRole('link', {name: 'Saltar al contenido principal'});
      if (await page.evaluate(() => document.activeElement === document.body)) {
        await page.keyboard.press('Tab');
        await expect(skip).toBeFocused();
        await expect(skip).toBeInViewport();
      }
      const invisible: string[] = [];
      for (let stop = 0; stop < FOCUS_STOPS; stop += 1) {
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const shadow = style.boxShadow !== 'none';
          const rect = el.getBoundingClientRect();
          return {
            name: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
            visible: (outline || shadow) && rect.width > 0 && rect.height > 0,
            focusVisible: el.matches(':focus-visible'),
          };
        });
        if (focus && !(focus.visible && focus.focusVisible)) invisible.push(focus.name);
        await page.keyboard.press('Tab');
      }
      expect(invisible, `tab stops without a visible focus indicator on ${path}`).toEqual([]);
    });

    test('every internal link and anchor resolves', async ({page, request, baseURL}) => {
      await gotoHydrated(page, path);
      const origin = new URL(baseURL ?? '').origin;
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const internal = [...new Set(hrefs.filter((href) => new URL(href).origin === origin))];
      const pages = new Map<string, string>();
      const broken: string[] = [];
      for (const href of internal) {
        const url = new URL(href);
        const key = url.pathname + url.search;
        if (!pages.has(key)) {
          const response = await request.get(key);
          if (response.status() !== 200) broken.push(`${href}: HTTP ${response.status()}`);
          pages.set(key, response.status() === 200 ? await response.text() : '');
        }
        if (url.hash.length > 1) {
          const id = decodeURIComponent(url.hash.slice(1));
          const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          if (!new RegExp(`\\bid=["']?${escaped}(["'\\s>])`).test(pages.get(key) ?? '')) {
            broken.push(`${href}: no element with id "${id}"`);
          }
        }
      }
      note(`links on ${path}: ${internal.length} internal links checked`);
      expect(broken, `broken internal links on ${path}`).toEqual([]);
    });
  });
}
