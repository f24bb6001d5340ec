import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PaytSandbox, SmtpSandbox, TwilioSandbox } from '@fluxo/sandboxes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';
import { screenshotWholePanel } from './support/panel-screenshot';

const SCREENSHOTS = resolve(__dirname, '../screenshots');
const TEMPLATE = 'PayT sale approved → SMS and e-mail to the buyer';
const SHOP_NUMBER = '+15005550006';

/**
 * A connection from a template: the steps and mapping come ready, the user only connects the
 * PayT, Twilio and SMTP accounts, and PayT's first approved postback reaches the buyer by SMS and
 * e-mail.
 */
describe('A connection from the PayT → SMS and e-mail template, in the browser', () => {
  let server: FluxoServer;
  let payt: PaytSandbox;
  let twilio: TwilioSandbox;
  let smtp: SmtpSandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [payt, twilio, smtp] = await Promise.all([
      PaytSandbox.start(),
      TwilioSandbox.start(),
      SmtpSandbox.start({ port: 0 }),
    ]);
    server = await startFluxoServer();
    browser = await launchChromium();
    // axe needs pages of an explicit browser context.
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([payt?.stop(), twilio?.stop(), smtp?.stop()]);
  });

  it('should build the connection from the template and deliver an approved sale by SMS and e-mail', async () => {
    const twilioAccount = twilio.seedAccount({ friendlyName: 'Loja da Ana' });
    twilio.seedNumber(twilioAccount.sid, SHOP_NUMBER);

    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('E-mail').fill('templates@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();

    // The "New connection" card: from scratch, or one of the templates.
    await page.getByRole('button', { name: 'Create your first connection' }).click();
    const card = page.getByRole('region', { name: 'New connection' });
    await card.getByRole('heading', { name: 'Or start from a template' }).waitFor();
    await card.getByRole('heading', { name: TEMPLATE }).waitFor();
    await card.getByText('From PayT to SMS (Twilio), E-mail (SMTP)').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'templates.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await card.getByRole('button', { name: `Use this template: ${TEMPLATE}` }).click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Source: PayT' }).waitFor();
    await page.getByRole('button', { name: 'Receiver: SMS (Twilio)' }).waitFor();
    await page.getByRole('button', { name: 'Receiver: E-mail (SMTP)' }).waitFor();
    const hookField = page.getByLabel('Hook URL');
    await eventually(async () => expect(await hookField.inputValue()).toMatch(/\/hooks\/[\w-]+$/));
    const hookUrl = await hookField.inputValue();

    // PayT: only the integration key; the template already ticked the "approved" event.
    const panel = page.getByRole('complementary', { name: 'Step settings' });
    await page.getByRole('button', { name: 'Source: PayT' }).click();
    await panel
      .getByText(
        'Unverified: events are refused until you choose the PayT account with its secret.',
      )
      .waitFor();
    await page.getByLabel('Account name').fill('Loja PayT');
    await page.getByLabel('Integration key').fill(payt.integrationKey);
    await page.getByRole('button', { name: 'Save and check connection' }).click();
    await page.getByText('Connection works.').waitFor();
    const events = page.getByRole('group', { name: /^Events/ });
    expect(
      await events
        .getByRole('checkbox', { name: 'Finalized / approved (Finalizada/Aprovada)' })
        .isChecked(),
    ).toBe(true);
    expect(
      await events
        .getByRole('checkbox', { name: 'Waiting payment (Aguardando pagamento)' })
        .isChecked(),
    ).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    // Twilio: an account of the sandbox, with the shop's number as the default sender.
    await page.getByRole('button', { name: 'Receiver: SMS (Twilio)' }).click();
    await page.getByLabel('Account name').fill('Loja SMS');
    await page.getByLabel('Account SID').fill(twilioAccount.sid);
    await page.getByLabel('Auth token').fill(twilioAccount.authToken);
    await page.getByLabel('Default sender number').fill(SHOP_NUMBER);
    await page.getByLabel('API address').fill(twilio.url);
    await page.getByRole('button', { name: 'Save and check connection' }).click();
    await page.getByText('Connected to Twilio account Loja da Ana').waitFor();
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe(
      '{{ customer.phone_e164 }}',
    );

    // E-mail: the SMTP sandbox.
    await page.getByRole('button', { name: 'Receiver: E-mail (SMTP)' }).click();
    await page.getByLabel('Account name').fill('Loja e-mail');
    await page.getByLabel('SMTP server').fill('127.0.0.1');
    await page.getByLabel('Port', { exact: true }).fill(String(smtp.port));
    await page.getByLabel('Security').selectOption('none');
    await page.getByLabel('From address').fill('loja@example.com');
    await page.getByRole('button', { name: 'Save and check connection' }).click();
    await page.getByText('Connection works.').waitFor();
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('{{ customer.email }}');

    // Every step is ready once the accounts are chosen.
    await page.getByRole('button', { name: 'Source: PayT' }).click();
    await eventually(async () =>
      expect(await page.getByText('Ready', { exact: true }).count()).toBe(3),
    );
    // The set-up's last step: the template's connection starts off and is switched on here.
    await page.getByRole('button', { name: 'Auto-update', exact: true }).click();
    await page.getByRole('button', { name: 'Switch on', exact: true }).click();
    await page.getByRole('switch', { name: 'On' }).waitFor();
    await page.getByRole('button', { name: 'Source: PayT' }).click();

    // PayT approves a sale and posts it to the address the editor shows.
    const { postbacks } = await payt.sendPostback(hookUrl, {
      sale: {
        event: 'approved',
        customer: { name: 'Bia Lima', email: 'bia@example.com', phone: '11988887777' },
        product: { name: 'Curso de bolos', price: 4990 },
      },
    });
    expect(postbacks.map((p) => p.attempts.map((a) => a.status))).toEqual([[200]]);
    await panel.getByText('accepted', { exact: true }).waitFor();
    // The panel still shows the connector's example until asked for the latest stored event.
    await panel.getByRole('button', { name: 'Load test data' }).click();
    await panel.getByText(/^Test data received /).waitFor();
    await panel.getByRole('cell', { name: 'Curso de bolos' }).first().waitFor();
    await screenshotWholePanel(page, join(SCREENSHOTS, 'editor-payt-template.png'), 2200);

    const email = await smtp.waitForMessage((m) => m.to.includes('bia@example.com'), 20_000);
    expect(email.subject).toBe('Payment approved: Curso de bolos');
    await eventually(() => expect(twilio.messages().length).toBe(1), { timeoutMs: 20_000 });
    const [sms] = twilio.messages();
    expect(sms).toMatchObject({ to: '+5511988887777', from: SHOP_NUMBER });
    expect(sms.body).toMatch(/^Hi Bia, your payment for Curso de bolos \(R\$ .+\) was approved/);

    // History: the run the postback started, drilled down to both deliveries.
    await page.getByRole('main').getByRole('link', { name: 'Run history', exact: true }).click();
    await page.waitForURL(/\/runs$/);
    await page.getByRole('cell', { name: 'New data arrived' }).waitFor();
    await page.getByRole('link', { name: /\d/ }).first().click();
    await page.getByRole('heading', { name: 'Run details' }).waitFor();
    await eventually(async () =>
      expect(await page.getByText('Succeeded', { exact: true }).count()).toBe(1),
    );
    // The summary's "Delivered" column, then the SMS and the e-mail.
    await eventually(async () =>
      expect(await page.getByText('Delivered', { exact: true }).count()).toBe(3),
    );
    await page.getByText('What SMS (Twilio) answered').waitFor();
    await page.getByText('What E-mail (SMTP) answered').waitFor();
    await page.getByText('Payment approved: Curso de bolos', { exact: true }).first().waitFor();

    // Exactly one message each: nothing was sent twice.
    expect(smtp.messages()).toHaveLength(1);
    expect(twilio.messages()).toHaveLength(1);
  });
});
