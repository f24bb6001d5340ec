import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

const SCREENSHOTS = resolve(__dirname, '../screenshots');

/** axe-core on every main screen: no serious or critical violations, and a screenshot of each. */
describe('Accessibility of the main screens', () => {
  let server: FluxoServer;
  let browser: Browser;
  let page: Page;
  let connectionId: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startFluxoServer();
    browser = await launchChromium();
    // axe needs pages of an explicit browser context.
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('E-mail').fill('a11y@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
    connectionId = await page.evaluate(async () => {
      const post = (path: string, body: unknown, method = 'POST') =>
        fetch(path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.json());
      const connection = await post('/api/connections', { name: 'Order e-mails' });
      await post(
        `/api/connections/${connection.id}/source`,
        { connectorKey: 'forms', actionKey: 'new-submission' },
        'PUT',
      );
      return connection.id as string;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function seriousViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  const screens: [name: string, path: () => string, ready: (page: Page) => Promise<unknown>][] = [
    [
      'connections',
      () => '/connections',
      (p) => p.getByRole('heading', { level: 1 }).first().waitFor(),
    ],
    ['editor', () => `/connections/${connectionId}`, (p) => p.getByLabel('Hook URL').waitFor()],
    [
      'connection-runs',
      () => `/connections/${connectionId}/runs`,
      (p) => p.getByRole('heading', { level: 1 }).first().waitFor(),
    ],
    [
      'workspace-runs',
      () => '/runs',
      (p) => p.getByRole('heading', { level: 1 }).first().waitFor(),
    ],
    ['map', () => '/map', (p) => p.getByRole('heading', { level: 1 }).first().waitFor()],
    ['reports', () => '/reports', (p) => p.getByRole('heading', { level: 1 }).first().waitFor()],
    ['accounts', () => '/accounts', (p) => p.getByRole('heading', { level: 1 }).first().waitFor()],
    // The profile: change password, and API keys with their table.
    ['profile', () => '/profile', (p) => p.getByRole('heading', { name: 'API keys' }).waitFor()],
  ];

  for (const [name, path, ready] of screens) {
    it(`should have no serious or critical violations on the ${name} screen`, async () => {
      await page.goto(`${server.baseUrl}${path()}`);
      await ready(page);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

      expect(await seriousViolations()).toEqual([]);
    });
  }

  it('should report a violation when a screen has one (the check itself works)', async () => {
    await page.goto(`${server.baseUrl}/accounts`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(() =>
      document.querySelector('main, body')?.append(document.createElement('input')),
    );

    expect((await seriousViolations()).join('\n')).toMatch(/^label:/m);
  });

  it('should have no serious or critical violations on the login screen', async () => {
    const fresh = await (await browser.newContext()).newPage();
    try {
      await fresh.goto(`${server.baseUrl}/login`);
      await fresh.getByRole('button', { name: 'Log in' }).waitFor();
      await fresh.screenshot({ path: join(SCREENSHOTS, 'login.png'), fullPage: true });
      const results = await new AxeBuilder({ page: fresh }).analyze();
      // "Forgot password?" leads to its own signed-out page.
      await fresh.getByRole('link', { name: 'Forgot password?' }).click();
      await fresh.getByRole('heading', { name: 'Set a new password' }).waitFor();
      const forgot = await new AxeBuilder({ page: fresh }).analyze();

      for (const found of [results, forgot]) {
        expect(
          found.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => v.id),
        ).toEqual([]);
      }
    } finally {
      await fresh.close();
    }
  });
});
