import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PaytSandbox, SmtpSandbox, type PaytSaleInput } from '@fluxo/sandboxes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';
import { screenshotWholePanel } from './support/panel-screenshot';

const SCREENSHOTS = resolve(__dirname, '../screenshots');
const TEMPLATE = 'PayT checkout abandoned → e-mail after an hour, unless they buy';

/**
 * The happy path wins, through the browser: PayT's abandoned-checkout postback puts the
 * reminder e-mail in the send queue, and the same customer's approved sale cancels it; the
 * queue and the history say so.
 */
describe('Happy-path cancellation with PayT, in the browser', () => {
  let server: FluxoServer;
  let payt: PaytSandbox;
  let smtp: SmtpSandbox;
  let browser: Browser;
  let page: Page;
  let connectionId: string;
  let hookUrl: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [payt, smtp] = await Promise.all([PaytSandbox.start(), SmtpSandbox.start({ port: 0 })]);
    server = await startFluxoServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([payt?.stop(), smtp?.stop()]);
  });

  async function postback(sale: PaytSaleInput): Promise<void> {
    const { postbacks } = await payt.sendPostback(hookUrl, { sale });
    expect(postbacks.flatMap((p) => p.attempts.map((a) => a.status))).toEqual([200]);
  }

  it('should show the cancellation the template set up, queue the reminder and cancel it when the customer buys', async () => {
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('E-mail').fill('happy@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();

    await page.getByRole('button', { name: 'Create your first connection' }).click();
    const card = page.getByRole('region', { name: 'New connection' });
    await card.getByRole('button', { name: `Use this template: ${TEMPLATE}` }).click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
    connectionId = page.url().split('/').pop() as string;

    // The accounts, as the template test connects them through the forms.
    hookUrl = await page.evaluate(
      async ({ id, integrationKey, smtpPort }) => {
        const call = (path: string, body: unknown, method = 'POST') =>
          fetch(path, {
            method,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }).then((r) => r.json());
        const connection = await fetch(`/api/connections/${id}`).then((r) => r.json());
        const source = connection.steps.find((s: { role: string }) => s.role === 'source');
        const receiver = connection.steps.find((s: { role: string }) => s.role === 'receiver');
        const paytAccount = await call('/api/accounts', {
          connectorKey: 'payt',
          name: 'Loja PayT',
          credentials: { integrationKey },
        });
        const mail = await call('/api/accounts', {
          connectorKey: 'email',
          name: 'Loja e-mail',
          credentials: {
            host: '127.0.0.1',
            port: smtpPort,
            security: 'none',
            fromAddress: 'loja@example.com',
          },
        });
        await call(
          `/api/connections/${id}/source`,
          {
            connectorKey: 'payt',
            actionKey: 'postback',
            accountId: paytAccount.id,
            settings: source.settings,
          },
          'PUT',
        );
        await call(`/api/connections/${id}/steps/${receiver.id}`, { accountId: mail.id }, 'PATCH');
        await call(`/api/connections/${id}`, { enabled: true }, 'PATCH');
        return `${location.origin}${connection.hookPath}`;
      },
      { id: connectionId, integrationKey: payt.integrationKey, smtpPort: smtp.port },
    );

    // The receiver's panel: it waits an hour, and a later approved sale of the same customer cancels.
    await page.reload();
    await page.getByRole('button', { name: 'Receiver: E-mail (SMTP)' }).click();
    await page.getByRole('heading', { name: 'Cancel while waiting' }).waitFor();
    const enable = page.getByLabel(
      'Cancel a waiting send when a later item with the same key arrives',
    );
    expect(await enable.isChecked()).toBe(true);
    expect(await page.getByLabel('Key', { exact: true }).inputValue()).toBe('{{ customer.email }}');
    expect(await page.getByLabel('Values, one per line').inputValue()).toBe('approved');
    expect(await seriousViolations(page, 'form.cancel-when')).toEqual([]);
    // Operable from the keyboard: off and on again with Space leaves it unsaved, then saved.
    await enable.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save cancellation' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Saved', { exact: true }).first().waitFor();
    await screenshotWholePanel(page, join(SCREENSHOTS, 'delay-and-cancellation.png'), 4000);

    const customer = { name: 'Ana Beatriz Rocha', email: 'ana@example.com', phone: '11912345678' };
    await postback({ event: 'abandoned-checkout', customer, product: { name: 'Curso de Yoga' } });

    // The connection's own queue, from its history.
    await page.goto(`${server.baseUrl}/connections/${connectionId}/runs`);
    await page.getByRole('link', { name: 'Sends waiting to go out' }).click();
    await page.getByText(`Only the sends of “${TEMPLATE}”.`).waitFor();
    await page.getByText('1 send waiting').waitFor();
    await page.getByRole('cell', { name: 'ana@example.com', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Send queue' }).click();
    await page.getByText('1 send waiting').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'send-queue-reminder.png'), fullPage: true });

    await postback({
      event: 'approved',
      customer: { ...customer, email: 'Ana@Example.com' },
      product: { name: 'Curso de Yoga' },
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Nothing is waiting to be sent' }).waitFor();

    // The history says which item cancelled it, from which connection.
    await page.goto(`${server.baseUrl}/connections/${connectionId}/runs`);
    await page.getByRole('link', { name: /\d/ }).last().click();
    await page.getByRole('heading', { name: 'Run details' }).waitFor();
    await page.locator('.badge', { hasText: 'Cancelled' }).waitFor();
    await page
      .getByText(`a later item from “${TEMPLATE}” had the same key`, { exact: false })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'run-cancelled.png'), fullPage: true });
    expect(smtp.messages()).toEqual([]);
  });
});
