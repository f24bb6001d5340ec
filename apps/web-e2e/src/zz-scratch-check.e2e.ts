import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

describe('scratch', () => {
  let server: FluxoServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startFluxoServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('looks', async () => {
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('E-mail').fill('o@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('button', { name: 'Create your first connection' }).click();
    await page.getByLabel('Connection name').fill('Orders to sheet');
    await page.getByRole('button', { name: 'Create connection' }).click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Auto-update', exact: true }).click();
    await page.getByRole('radio', { name: 'At times of day' }).check();
    await page.getByLabel('Time 1').fill('09:30');
    await page.getByRole('button', { name: '+ Add a time' }).click();
    await page.getByLabel('Time 2').fill('17:00');
    await page
      .getByText(/^Next run: /)
      .first()
      .waitFor();
    await page.screenshot({ path: '/tmp/shots/auto-update.png', fullPage: true });
    await page.getByRole('button', { name: 'Save auto-update' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.getByRole('switch').first().check();
    await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/shots/auto-update-saved.png', fullPage: true });
    await page.getByRole('radio', { name: 'Only after another connection' }).check();
    await page.waitForTimeout(800);
    await page.screenshot({ path: '/tmp/shots/auto-update-after.png', fullPage: true });
    await page.getByRole('radio', { name: 'Web form' }).count();

    await page.getByRole('link', { name: '← Connections' }).click();
    await page.getByRole('button', { name: 'Duplicate “Orders to sheet”' }).click();
    await page.getByText('Copy created').waitFor();
    await page.screenshot({ path: '/tmp/shots/list.png', fullPage: true });
    const rows = () => page.getByRole('row').count();
    const before = await rows();
    await page.getByRole('button', { name: 'Delete “Orders to sheet”' }).click();
    await page.getByRole('button', { name: /^Undo deleting/ }).waitFor();
    expect(await rows()).toBe(before - 1);
    await page.screenshot({ path: '/tmp/shots/list-undo.png', fullPage: true });
    await page.getByRole('button', { name: /^Undo deleting/ }).click();
    expect(await rows()).toBe(before);
    await page.getByLabel('Search connections').fill('copy');
    await page.screenshot({ path: '/tmp/shots/list-search.png', fullPage: true });
    await page.getByRole('link', { name: 'Run history', exact: true }).click();
    await page.waitForURL(/\/runs$/);
    await page.getByRole('heading', { name: 'No runs yet' }).waitFor();
    await page.screenshot({ path: '/tmp/shots/runs.png', fullPage: true });
  });
});
