import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

const SCREENSHOTS = resolve(__dirname, '../screenshots');

/**
 * A receiver that waits a day: its sends sit in the send queue, where one is sent now and the
 * other cancelled for good — through the UI.
 */
describe('The send queue, in the browser', () => {
  let server: FluxoServer;
  let smtp: SmtpSandbox;
  let browser: Browser;
  let page: Page;
  let hookUrl: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    smtp = await SmtpSandbox.start({ port: 0 });
    server = await startFluxoServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('E-mail').fill('queue@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
    const hookPath = await page.evaluate(async (smtpPort) => {
      const call = (path: string, body: unknown, method = 'POST') =>
        fetch(path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.json());
      const connection = await call('/api/connections', { name: 'Abandoned carts' });
      await call(
        `/api/connections/${connection.id}/source`,
        { connectorKey: 'forms', actionKey: 'new-submission' },
        'PUT',
      );
      const account = await call('/api/accounts', {
        connectorKey: 'email',
        name: 'Sandbox SMTP',
        credentials: {
          host: '127.0.0.1',
          port: smtpPort,
          security: 'none',
          fromAddress: 'shop@example.com',
        },
      });
      await call(`/api/connections/${connection.id}/receivers`, {
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: account.id,
        mapping: { to: '{{ email }}', subject: 'Your cart, {{ name }}', text: 'Still thinking?' },
        delay: { type: 'after', wait: { amount: 1, unit: 'days' } },
      });
      // New connections start off; this one is set up, so it is switched on.
      await call(`/api/connections/${connection.id}`, { enabled: true }, 'PATCH');
      const saved = await fetch(`/api/connections/${connection.id}`).then((r) => r.json());
      return saved.hookPath as string;
    }, smtp.port);
    hookUrl = `${server.baseUrl}${hookPath}`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  it('should list waiting sends, send one now and cancel the other', async () => {
    for (const name of ['Ana', 'Bo']) {
      const response = await fetch(hookUrl, {
        method: 'POST',
        body: new URLSearchParams({ name, email: `${name.toLowerCase()}@example.com` }),
      });
      expect(response.status).toBe(200);
    }

    await page.getByRole('link', { name: 'Send queue' }).click();
    await page.getByRole('heading', { name: 'Send queue' }).waitFor();
    await page.getByText('2 sends waiting').waitFor();
    await page.getByText('name: Ana · email: ana@example.com', { exact: true }).waitFor();
    // To whom each send goes: the receiver's "To" filled from the item.
    await page.getByRole('cell', { name: 'ana@example.com', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'send-queue.png'), fullPage: true });

    await page.getByRole('button', { name: /^Send now: name: Ana/ }).click();
    await eventually(() =>
      expect(smtp.messages().map((m) => m.subject)).toEqual(['Your cart, Ana']),
    );
    await page.getByText('1 send waiting').waitFor();

    await page.getByRole('button', { name: /^Cancel the send: name: Bo/ }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByRole('heading', { name: 'Nothing is waiting to be sent' }).waitFor();
    expect(smtp.messages()).toHaveLength(1);
  });
});
