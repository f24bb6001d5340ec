import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

const LOCALES = ['en', 'pt-BR', 'es', 'uk', 'nb'] as const;
const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const LONG_NAME =
  'Pedidos aprovados da loja virtual de chás e cafés especiais → cobrança Portmone e recibo por e-mail';

/**
 * The main screens in every language on a 1280×720 laptop and a 390×844 phone: nothing runs
 * off the page, the row's actions stay reachable, and a long name can always be read whole.
 */
describe('Layout in five languages, on a laptop and a phone', () => {
  let server: FluxoServer;
  let browser: Browser;
  let connectionId: string;

  beforeAll(async () => {
    server = await startFluxoServer();
    browser = await launchChromium();
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('E-mail').fill('layout.owner@coffee-and-tea-shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
    connectionId = await page.evaluate(async (name) => {
      const call = (path: string, body?: unknown, method = 'POST') =>
        fetch(path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }).then((r) => r.json());
      const created = await call('/api/connections', { name });
      await call(
        `/api/connections/${created.id}/source`,
        { connectorKey: 'forms', actionKey: 'new-submission' },
        'PUT',
      );
      return created.id as string;
    }, LONG_NAME);
    storageState = await page.context().storageState();
    await page.close();
  });

  let storageState: Awaited<ReturnType<import('playwright-core').BrowserContext['storageState']>>;

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function pageIn(locale: string, viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
    const context = await browser.newContext({
      storageState,
      viewport: { width: viewport.width, height: viewport.height },
      locale,
    });
    await context.addInitScript((chosen) => localStorage.setItem('fluxo.locale', chosen), locale);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  /**
   * What runs past the right edge of the window: nothing when the page fits (a table may scroll
   * inside its own frame). Named by tag and class, so a failure says where to look.
   */
  function overflowing(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width + 1) return [];
      return Array.from(document.querySelectorAll('body *'))
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-wrap'))
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`)
        .slice(0, 5);
    });
  }

  /** Rows of template cards that leave more than a tenth of the list's width empty. */
  function halfEmptyTemplateRows(page: Page): Promise<number[]> {
    return page.locator('.templates').evaluate((list) => {
      const width = list.getBoundingClientRect().width;
      const rows = new Map<number, number>();
      for (const card of Array.from(list.children)) {
        const box = card.getBoundingClientRect();
        const top = Math.round(box.top);
        rows.set(top, (rows.get(top) ?? 0) + box.width);
      }
      return [...rows.values()].filter((filled) => filled < width * 0.9);
    });
  }

  for (const viewport of VIEWPORTS) {
    it(`should fill every row of template cards for a new user on a ${viewport.name}`, async () => {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      const page = await context.newPage();
      try {
        await page.goto(`${server.baseUrl}/signup`);
        await page.getByLabel('E-mail').fill(`templates-${viewport.name}@shop.example`);
        await page.getByLabel('Password').fill('correct horse battery');
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
        await page.locator('.template').first().waitFor();

        expect(await page.locator('.template').count()).toBeGreaterThan(2);
        expect(await halfEmptyTemplateRows(page)).toEqual([]);
        expect(await overflowing(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  for (const viewport of VIEWPORTS) {
    for (const locale of LOCALES) {
      it(`should fit the connections list and the editor in ${locale} on a ${viewport.name}`, async () => {
        const page = await pageIn(locale, viewport);
        try {
          await page.goto(`${server.baseUrl}/connections`);
          const row = page.getByRole('row').filter({ hasText: LONG_NAME.slice(0, 20) });
          await row.waitFor();

          expect(await overflowing(page)).toEqual([]);
          // The profile (password, API keys) stays one tap away, on a phone too.
          expect(
            await page
              .locator('.app-header__email')
              .evaluate((link) => link.getBoundingClientRect().width),
          ).toBeGreaterThan(20);
          // The whole name is there to read (wrapped, or in full on hover).
          const name = row.getByRole('link', { name: LONG_NAME, exact: true }).first();
          expect(
            (await name.textContent())?.trim() === LONG_NAME ||
              (await name.getAttribute('title')) === LONG_NAME,
          ).toBe(true);
          if (viewport.name === 'laptop') {
            // The header's links stay one line each and the address keeps some room.
            const header = await page.locator('.app-header').evaluate((bar) => ({
              wrappedLinks: Array.from(bar.querySelectorAll('.app-nav a'))
                .filter((link) => link.getClientRects().length > 1 || link.clientHeight > 40)
                .map((link) => link.textContent),
              emailWidth: bar.querySelector('.app-header__email')?.getBoundingClientRect().width,
            }));
            expect(header.wrappedLinks).toEqual([]);
            expect(header.emailWidth).toBeGreaterThan(40);
            // Every action of the row is on screen without scrolling sideways.
            const last = row.getByRole('button').last();
            const box = await last.boundingBox();
            expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
          }

          await page.goto(`${server.baseUrl}/connections/${connectionId}`);
          await page.locator('.topbar__name-input').waitFor();
          expect(await overflowing(page)).toEqual([]);
          if (viewport.name === 'laptop') {
            // The header's first row stays one row: name, switch and actions side by side.
            const tops = await page
              .locator('.topbar__row')
              .first()
              .evaluate((row) =>
                Array.from(row.children).map((child) =>
                  Math.round(child.getBoundingClientRect().top),
                ),
              );
            expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(24);
          }
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
