import { PortmoneSandbox, SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

/** Words that make a line an English sentence; Ukrainian text never has them. */
const ENGLISH_WORDS = new Set(
  (
    'the a an and or of to in on at by for with from as is are be was not no this that these ' +
    'your you it its can will when each any all only more than here there then what which who ' +
    'how has have after before into out about once until while so if'
  ).split(' '),
);

/** Names and user data the walk may show in Latin letters (brands, the data it was given). */
const ALLOWED = [
  /Fluxo|Portmone|PayT|PagHiper|Fygaro|Mercado Pago|Google Sheets|Twilio|SMTP|HTML|JSON|URL|API|PIX|UTM|Cc|Bcc/g,
  /Thanks for the order|Pedidos|Order e-mails/g,
  /\{\{[^}]*\}\}/g,
  /\S+@\S+/g,
  /https?:\/\/\S+/g,
  // Codes with digits (a bill's "FLX-3FAC8C06A683279A"): random letters in them are no words.
  /[\w-]*\d[\w-]*/g,
];

/**
 * The lines of visible text that read as English sentences: at least three Latin words, two of
 * them common English words. Inputs are user data and are not read; names are taken out first.
 */
async function englishSentences(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      const stripped = ALLOWED.reduce((rest, pattern) => rest.replace(pattern, ' '), line);
      const words = stripped.match(/[A-Za-z]+/g) ?? [];
      const common = words.filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
      return words.length >= 3 && common.length >= 2;
    });
}

/**
 * Every main screen in Ukrainian, with a connection from a web form to an e-mail and a Portmone
 * invoice, a run, and both accounts checked: a visible English sentence fails the walk.
 */
describe('Every main screen in Ukrainian', () => {
  let server: FluxoServer;
  let smtp: SmtpSandbox;
  let portmone: PortmoneSandbox;
  let browser: Browser;
  let page: Page;
  let connectionId: string;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    portmone = await PortmoneSandbox.start();
    portmone.seedPayee({ payeeId: '1185', login: 'shop_wdsh', password: 'p4ss' });
    server = await startFluxoServer();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('fluxo.locale', 'uk'));
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.baseUrl}/signup`);
    await page.locator('input[type=email]').fill('walk@shop.example');
    await page.locator('input[type=password]').fill('correct horse battery');
    await page.locator('button[type=submit]').click();
    await page.waitForURL(/\/connections$/);
    connectionId = await page.evaluate(
      async ({ smtpPort, portmoneUrl }) => {
        const call = (path: string, body: unknown, method = 'POST') =>
          fetch(path, {
            method,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          }).then((r) => r.json());
        const connection = await call('/api/connections', { name: 'Pedidos' });
        await call(
          `/api/connections/${connection.id}/source`,
          { connectorKey: 'forms', actionKey: 'new-submission' },
          'PUT',
        );
        const mail = await call('/api/accounts', {
          connectorKey: 'email',
          name: 'Shop mail',
          credentials: {
            host: '127.0.0.1',
            port: smtpPort,
            security: 'none',
            fromAddress: 'shop@example.com',
          },
        });
        const bills = await call('/api/accounts', {
          connectorKey: 'portmone',
          name: 'Shop Portmone',
          credentials: {
            payeeId: '1185',
            login: 'shop_wdsh',
            password: 'p4ss',
            apiBaseUrl: portmoneUrl,
          },
        });
        await call(`/api/connections/${connection.id}/receivers`, {
          connectorKey: 'email',
          actionKey: 'send-email',
          accountId: mail.id,
          mapping: {
            to: '{{ email }}',
            subject: 'Thanks for the order',
            text: 'Thanks for the order',
          },
        });
        await call(`/api/connections/${connection.id}/receivers`, {
          connectorKey: 'portmone',
          actionKey: 'send-invoice-email',
          accountId: bills.id,
          mapping: {
            payerName: '{{ name }}',
            email: '{{ email }}',
            amount: '97.50',
            description: 'Pedido 1024',
            sendVia: mail.id,
          },
        });
        return connection.id as string;
      },
      { smtpPort: smtp.port, portmoneUrl: portmone.url },
    );
    // A call while it is off: held, and shown as waiting until it is switched on.
    await fetch(`${server.baseUrl}/hooks/${await hookTokenOf(page, connectionId)}`, {
      method: 'POST',
      body: new URLSearchParams({ name: 'Ana', email: 'ana@example.com' }),
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
    await portmone?.stop();
  });

  async function hookTokenOf(on: Page, id: string): Promise<string> {
    const connection = await on.evaluate(
      (path) => fetch(path).then((r) => r.json()),
      `/api/connections/${id}`,
    );
    return String(connection.hookPath).replace(/^\/hooks\//, '');
  }

  async function expectUkrainian(where: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    expect({ where, english: await englishSentences(page) }).toEqual({ where, english: [] });
  }

  it('should show no English sentence on the lists, the accounts, the send queue and the reports', async () => {
    for (const path of ['/connections', '/accounts', '/runs', '/send-queue', '/reports']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await expectUkrainian(path);
    }
  });

  it('should show no English sentence in the editor: source, both receivers and the last step', async () => {
    await page.goto(`${server.baseUrl}/connections/${connectionId}`);
    await page.locator('.editor__panel').waitFor();
    await expectUkrainian('source panel');

    // Each receiver's form is worded by its connector, in Ukrainian too.
    const receivers = [
      ['E-mail \\(SMTP\\)', 'Кому'],
      ['Portmone', 'Ім’я платника'],
    ] as const;
    for (const [receiver, label] of receivers) {
      await page
        .getByRole('button', { name: new RegExp(`${receiver}$`) })
        .first()
        .click();
      await page.locator('.editor__panel').getByText(label, { exact: true }).first().waitFor();
      await expectUkrainian(`receiver ${receiver}`);
    }

    await page.locator('.topbar__actions .btn').first().click();
    await page.locator('.editor__panel h2').first().waitFor();
    await expectUkrainian('auto-update panel');
  });

  it('should show no English sentence in a run and its deliveries', async () => {
    await page.goto(`${server.baseUrl}/connections/${connectionId}`);
    await page.getByRole('switch').click();
    // The held call: process it (the first of the two choices), which switches the connection on.
    await page.locator('.held-calls .btn--primary').click();
    await page.locator('.held-calls p').first().waitFor();
    await smtp.waitForMessage((m) => m.to.includes('ana@example.com'));
    await page.goto(`${server.baseUrl}/connections/${connectionId}/runs`);
    await page.locator('main table a').first().click();
    await page.locator('main h1').first().waitFor();
    await page.locator('main [role=alert], main dl').first().waitFor();
    await expectUkrainian('run details');
  });
});
