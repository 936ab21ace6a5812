import {test, expect, gotoHydrated, note} from './support/fixtures';
import {sitemapPaths} from './support/sitemap';

/**
 * The type scale (src/css/custom.css): each font family, size, weight and style that text is
 * drawn in is a font Chrome looks up before its first layout, a cost paid again by every cold
 * renderer. At 37 variants our first layout took twice Starlight's on the same text; with the
 * scale the lesson uses 18 (Starlight: 19). A new size or weight shows here by name.
 */
const MAX_FONT_VARIANTS = 18;

/** Headings and the table of contents change size with the width: phone and desktop both count. */
const VIEWPORTS = [
  {name: 'phone', width: 390, height: 844},
  {name: 'desktop', width: 1280, height: 800},
] as const;

for (const {name, ...viewport} of VIEWPORTS)
  test.describe(name, () => {
    test.use({viewport});
    for (const path of sitemapPaths()) {
      test(`${path}: text uses at most ${MAX_FONT_VARIANTS} font variants`, async ({page}) => {
        await gotoHydrated(page, path);
        const variants = await page.evaluate(() => {
          const found = new Map<string, {count: number; sample: string}>();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || !node.textContent?.trim() || element.getClientRects().length === 0)
              continue;
            const style = getComputedStyle(element);
            const family = style.fontFamily.split(',')[0]?.trim() ?? '';
            const key = `${family} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
            const entry = found.get(key) ?? {
              count: 0,
              sample: `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> «${node.textContent.trim().slice(0, 30)}»`,
            };
            found.set(key, {...entry, count: entry.count + 1});
          }
          return [...found].map(([key, {count, sample}]) => ({key, count, sample}));
        });
        const listing = variants
          .sort((a, b) => b.count - a.count)
          .map(({key, count, sample}) => `${key} ×${count}, e.g. ${sample}`);
        note(`${path}: ${variants.length} font variants:\n${listing.join('\n')}`);
        expect(
          variants.length,
          `${path} draws text in ${variants.length} font variants (family, size, weight, style); ` +
            `use the type scale in src/css/custom.css:\n${listing.join('\n')}`,
        ).toBeLessThanOrEqual(MAX_FONT_VARIANTS);
      });
    }
  });
