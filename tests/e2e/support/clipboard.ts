import type {BrowserContext, Page} from '@playwright/test';

/**
 * Records what the page hands to the clipboard: headless Chromium has no system clipboard to
 * read back from on every machine. Call before the page loads; read with copiedText().
 */
export async function recordClipboard(page: Page, context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    const clipboard = navigator.clipboard;
    // Pages such as about:blank have no clipboard.
    if (!clipboard) return;
    const original = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (text: string) => {
      (window as unknown as {copiedText: string}).copiedText = text;
      return original(text).catch(() => undefined);
    };
  });
}

/** The last text the page copied, if any. */
export function copiedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as {copiedText?: string}).copiedText);
}
