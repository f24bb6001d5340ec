import type { Page } from 'playwright-core';

/**
 * Saves a screenshot of the editor with its whole side panel. The editor fits the window and
 * the panel scrolls inside it, so a full-page screenshot would cut the panel: a window `height`
 * pixels tall shows all of it at once (the panel scrolled to its top), then the size goes back.
 */
export async function screenshotWholePanel(page: Page, path: string, height: number) {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  await page.setViewportSize({ width: viewport.width, height });
  // By its class, not its label: the walks run in every language.
  await page.locator('aside.editor__panel').evaluate((panel) => {
    panel.scrollTop = 0;
  });
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}
