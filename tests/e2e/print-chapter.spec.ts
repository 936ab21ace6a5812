import {test, expect, gotoHydrated, note, CHAPTER_PATH} from './support/fixtures';

test.describe('print the chapter', () => {
  test('print media shows the article alone, with hidden content and link addresses', async ({
    page,
  }) => {
    await gotoHydrated(page, CHAPTER_PATH);
    await page.emulateMedia({media: 'print'});
    for (const hidden of [
      page.getByRole('navigation', {name: 'Principal'}),
      page.getByRole('navigation', {name: 'Barra lateral del curso'}),
      page.getByRole('navigation', {name: 'Página del documento'}),
      page.getByRole('contentinfo'),
    ]) {
      await expect(hidden).toBeHidden();
    }
    await expect(page.locator('.theme-doc-toc-desktop')).toBeHidden();
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    // The video is its address; closed details and stacked comparisons are readable.
    const videoLink = page.getByRole('link', {name: 'Ver en YouTube'}).first();
    const after = await videoLink.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain('https://www.youtube.com/watch?v=6p-z8ozXlqM');
    await expect(page.getByRole('button', {name: /^Reproducir vídeo/})).toBeHidden();
    const goDetails = page.getByText('Vacía: basta para un binario compilado con CGO_ENABLED=0.');
    await expect(goDetails).toBeVisible();
    const panes = page.getByRole('figure', {name: /El mismo servicio en Go/}).getByRole('region');
    const first = (await panes.nth(0).boundingBox())!;
    const second = (await panes.nth(1).boundingBox())!;
    expect(second.y).toBeGreaterThan(first.y + first.height - 1);
  });

  test('"Guardar como PDF" produces a PDF with the chapter text', async ({page, browserName}) => {
    test.skip(browserName !== 'chromium', 'page.pdf() is Chromium-only');
    await gotoHydrated(page, CHAPTER_PATH);
    await page.emulateMedia({media: 'print'});
    const pdf = await page.pdf({format: 'A4', printBackground: false});
    expect(pdf.byteLength).toBeGreaterThan(20_000);
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    note(`chapter PDF: ${pdf.byteLength} bytes, ${pages} pages`);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(40);
    // The PDF is the chapter's: Chromium writes the page title into the document info.
    expect(text).toContain('/Title (Dockerfiles Multi-Stage y Distroless | Curso de Docker)');
  });
});
