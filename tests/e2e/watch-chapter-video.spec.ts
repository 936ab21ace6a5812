import {test, expect, gotoHydrated, note, CHAPTER_PATH} from './support/fixtures';
import {COLOUR_MODES, expectNoAxeViolations, gotoInMode} from './support/axe';

const PLAY = 'Reproducir vídeo: Dockerfiles Multi-Stage y Distroless';
const GOOGLE_HOSTS =
  /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|google\.com|googleapis\.com|gstatic\.com|googlevideo\.com|doubleclick\.net|ggpht\.com)$/;

function googleRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => GOOGLE_HOSTS.test(new URL(url).hostname));
}

test.describe('watch the chapter video', () => {
  test('loading and scrolling the chapter contacts no third-party host', async ({
    page,
    thirdPartyRequests,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => window.scrollTo(0, 0));
    note(`third-party requests on chapter load: ${thirdPartyRequests.length}`);
    expect(thirdPartyRequests).toEqual([]);
  });

  test('pressing play swaps in the youtube-nocookie player without moving anything', async ({
    page,
    thirdPartyRequests,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const play = page.getByRole('button', {name: PLAY});
    const figure = page
      .getByRole('figure')
      .filter({has: page.getByRole('link', {name: 'Ver en YouTube'})});
    // Position in the document, not the viewport: focusing the player may scroll the page.
    const boxInDocument = () =>
      figure.evaluate((el) => {
        const rect = el.getBoundingClientRect();
        return {
          x: rect.x + window.scrollX,
          y: rect.y + window.scrollY,
          w: rect.width,
          h: rect.height,
        };
      });
    const before = await boxInDocument();
    expect(googleRequests(thirdPartyRequests)).toEqual([]);
    await play.click();
    const player = figure.locator('iframe');
    await expect(player).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/6p-z8ozXlqM?autoplay=1',
    );
    await expect(player).toHaveAttribute('title', 'Vídeo: Dockerfiles Multi-Stage y Distroless');
    await expect(player).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    await expect(player).toHaveAttribute('allowfullscreen', '');
    await expect(player).toBeFocused();
    expect(await boxInDocument()).toEqual(before);
    // The only host contacted is youtube-nocookie (and the test blocked it: CI is offline).
    await expect.poll(() => thirdPartyRequests.length).toBeGreaterThan(0);
    expect(
      thirdPartyRequests.every((url) => url.startsWith('https://www.youtube-nocookie.com/')),
    ).toBe(true);
  });

  for (const key of ['Enter', 'Space']) {
    test(`plays with the keyboard (${key})`, async ({page}) => {
      await gotoHydrated(page, CHAPTER_PATH);
      await page.getByRole('button', {name: PLAY}).focus();
      await page.keyboard.press(key);
      await expect(
        page.locator('iframe[src*="youtube-nocookie.com/embed/6p-z8ozXlqM"]'),
      ).toBeVisible();
    });
  }

  test('always offers "Ver en YouTube"', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const figure = page.getByRole('figure').filter({has: page.getByRole('button', {name: PLAY})});
    await expect(figure.getByRole('link', {name: 'Ver en YouTube'})).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=6p-z8ozXlqM',
    );
  });

  for (const mode of COLOUR_MODES) {
    test(`has no axe violations in ${mode} mode`, async ({page}) => {
      await gotoInMode(page, CHAPTER_PATH, mode);
      await page
        .getByRole('figure')
        .filter({has: page.getByRole('button', {name: PLAY})})
        .evaluate((el) => el.setAttribute('data-axe-target', 'video'));
      await expectNoAxeViolations(page, {include: '[data-axe-target="video"]'});
    });
  }
});

test.describe('watch the chapter video without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the poster is a link to the video', async ({page}) => {
    await page.goto(CHAPTER_PATH);
    await expect(page.getByRole('link', {name: PLAY})).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=6p-z8ozXlqM',
    );
    await expect(page.locator('iframe')).toHaveCount(0);
    // The server also renders the play button, for JavaScript to use; here it is not shown.
    await expect(page.getByRole('button', {name: PLAY})).toHaveCount(0);
  });
});
