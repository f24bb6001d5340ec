import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

const SCREENSHOTS = resolve(__dirname, '../screenshots');

/** On a 390×844 phone a user can at least read the history and switch a connection off. */
describe('On a phone', () => {
  let server: FluxoServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startFluxoServer();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should let a user switch a connection off and read the run history', async () => {
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('E-mail').fill('phone@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
    const hookPath = await page.evaluate(async () => {
      const call = (path: string, body?: unknown, method = 'POST') =>
        fetch(path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }).then((r) => r.json());
      const connection = await call('/api/connections', { name: 'Phone orders' });
      await call(
        `/api/connections/${connection.id}/source`,
        { connectorKey: 'forms', actionKey: 'new-submission' },
        'PUT',
      );
      await call(`/api/connections/${connection.id}/receivers`, {
        connectorKey: 'http',
        actionKey: 'http-request',
        mapping: {
          method: 'POST',
          url: 'https://example.com/orders',
          bodyType: 'json',
          body: '{}',
        },
        delay: { type: 'after', wait: { amount: 365, unit: 'days' } },
      });
      await call(`/api/connections/${connection.id}`, { enabled: true }, 'PATCH');
      return (await call(`/api/connections/${connection.id}`, undefined, 'GET')).hookPath as string;
    });
    await fetch(`${server.baseUrl}${hookPath}`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'Ana' }),
    });

    await page.goto(`${server.baseUrl}/connections`);
    const toggle = page.getByRole('switch', { name: 'Turn on “Phone orders”' });
    await toggle.scrollIntoViewIfNeeded();
    const box = await toggle.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await toggle.click();
    await eventually(async () => expect(await toggle.isChecked()).toBe(false));
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-connections.png'), fullPage: true });

    await page.goto(`${server.baseUrl}/runs`);
    await page.getByRole('link', { name: 'Phone orders' }).first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-run-history.png'), fullPage: true });
    const off = await page.evaluate(() => fetch('/api/connections').then((r) => r.json()));
    expect(off[0].enabled).toBe(false);
  });
});
