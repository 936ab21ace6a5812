import {chapters, chaptersWithPage} from '../../src/data/course';
import {
  test,
  expect,
  gotoHydrated,
  literally,
  CHAPTER_PATH,
  RECIPES_PATH,
} from './support/fixtures';

test.describe('SEO metadata', () => {
  test('the chapter has title, description, keywords, canonical and social cards', async ({
    page,
    baseURL,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await expect(page).toHaveTitle('Dockerfiles Multi-Stage y Distroless | Curso de Docker');
    const meta = (selector: string) => page.locator(selector).first();
    await expect(meta('meta[name="description"]')).toHaveAttribute(
      'content',
      /^Cómo crear Dockerfiles multi-stage/,
    );
    await expect(meta('meta[name="keywords"]')).toHaveAttribute('content', /distroless/);
    await expect(meta('link[rel="canonical"]')).toHaveAttribute(
      'href',
      new RegExp(`^https://[^/]+${literally(CHAPTER_PATH)}$`),
    );
    await expect(meta('meta[property="og:title"]')).toHaveAttribute(
      'content',
      'Dockerfiles Multi-Stage y Distroless | Curso de Docker',
    );
    await expect(meta('meta[property="og:image"]')).toHaveAttribute(
      'content',
      /\/img\/curso-docker-social\.png$/,
    );
    await expect(meta('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    // The social image is ours and it exists.
    const image = await page.request.get(`${baseURL}/img/curso-docker-social.png`);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  });

  test('the chapter carries Course and VideoObject JSON-LD', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const course = scripts
      .map((s) => JSON.parse(s) as Record<string, unknown>)
      .find((d) => d['@type'] === 'Course');
    await test.info().attach('chapter-json-ld.json', {
      body: JSON.stringify(course, null, 2),
      contentType: 'application/json',
    });
    expect(course).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Curso de Docker',
      inLanguage: 'es',
      isAccessibleForFree: true,
      provider: {'@type': 'Person', name: expect.any(String)},
      hasPart: {
        '@type': 'LearningResource',
        name: 'Dockerfiles Multi-Stage y Distroless',
        position: 18,
        url: expect.stringMatching(new RegExp(`${literally(CHAPTER_PATH)}$`)),
        video: {
          '@type': 'VideoObject',
          name: 'Dockerfiles Multi-Stage y Distroless',
          description: expect.stringMatching(/^Cómo crear/),
          thumbnailUrl: 'https://i.ytimg.com/vi/6p-z8ozXlqM/hqdefault.jpg',
          embedUrl: 'https://www.youtube-nocookie.com/embed/6p-z8ozXlqM',
        },
      },
    });
    // No upload date is known, so none is claimed.
    expect(JSON.stringify(course)).not.toContain('uploadDate');
  });

  test('sitemap.xml, robots.txt and llms.txt are published', async ({request, baseURL}) => {
    const sitemap = await (await request.get(`${baseURL}/sitemap.xml`)).text();
    expect(sitemap).toContain(`${CHAPTER_PATH}</loc>`);
    expect(sitemap).toContain(`${RECIPES_PATH}</loc>`);
    const robots = await request.get(`${baseURL}/robots.txt`);
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toMatch(/^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
    const llms = await (await request.get(`${baseURL}/llms.txt`)).text();
    expect(llms).toMatch(/^# Curso de Docker\n/);
    expect(llms).toContain('18. Dockerfiles Multi-Stage y Distroless');
    // One line per chapter with a page ("Capítulos con texto"), one per video (all chapters).
    expect(llms.match(/^- \[\d+\. /gm)?.length).toBe(chaptersWithPage.length + chapters.length);
  });

  test('"Avisar de un problema" opens a prefilled issue beside "Editar esta página"', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    const report = page.getByRole('link', {name: 'Avisar de un problema'});
    const href = new URL((await report.getAttribute('href'))!);
    expect(href.pathname).toMatch(/^\/[\w.-]+\/[\w.-]+\/issues\/new$/);
    expect(href.searchParams.get('template')).toBe('reportar-problema.md');
    expect(href.searchParams.get('title')).toBe('[Dockerfiles Multi-Stage y Distroless] ');
    expect(href.searchParams.get('body')).toContain(`${CHAPTER_PATH})`);
    await expect(page.getByRole('link', {name: 'Editar esta página'})).toBeVisible();
  });

  test('the chapter shows its reading time and last update', async ({page}) => {
    await gotoHydrated(page, CHAPTER_PATH);
    // A lesson read beside the video: twelve minutes at most.
    const reading = await page.getByText(/^Lectura: \d+ min$/).innerText();
    expect(Number(/\d+/.exec(reading)?.[0])).toBeLessThanOrEqual(12);
    await expect(page.getByText(/^Última actualización/)).toBeVisible();
  });
});
