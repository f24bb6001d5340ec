import { MercadoPagoSandbox, SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';
import {
  addEmailReceiver,
  createFirstConnection,
  hookUrlShown,
  saveAccount,
  signUpIn,
  switchOnFromLastStep,
} from './support/seed-walk';

/** A payer as Mercado Pago's payment carries it, with the buyer's address. */
const payerWith = (email: string) => ({
  id: '987654321',
  type: null,
  email,
  first_name: null,
  last_name: null,
  identification: { type: 'CPF', number: '19119119100' },
  phone: { area_code: null, number: null, extension: null },
});

/**
 * Mercado Pago's article, in Norwegian, on the Mercado Pago sandbox: the public key, the access
 * token and the country, the webhook URL pasted under "Webhooks → Konfigurer varsler" with
 * payments and plans and subscriptions ticked, and a signed payment notification that becomes
 * an e-mail.
 */
describe('Mercado Pago notifications, as the article tells it (nb)', () => {
  let server: FluxoServer;
  let mercadoPago: MercadoPagoSandbox;
  let smtp: SmtpSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [mercadoPago, smtp, server, browser] = await Promise.all([
      MercadoPagoSandbox.start(),
      SmtpSandbox.start({ port: 0 }),
      startFluxoServer(),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([mercadoPago?.stop(), smtp?.stop()]);
  });

  it('should take the credentials, answer the signed notification, read the payment and e-mail the payer', async () => {
    const walker = await signUpIn(browser, server.baseUrl, 'nb', 'mp@butikk.example');
    const { page, words } = walker;
    await createFirstConnection(walker, 'Butikk Mercado Pago');

    await page.getByRole('radio', { name: 'Mercado Pago' }).check();
    await page.getByRole('radio', { name: 'Varsel om betaling eller abonnement' }).check();
    // "API Public Key, Access Token og Country", and the secret Webhooks shows after saving.
    await saveAccount(walker, 'Mercado Pago Brasil', [
      ['Offentlig nøkkel', 'APP_USR-5f2c9e1a-0b7d-4c3e-9a61-2d8e4f7b1c90'],
      ['Tilgangstoken (Access token)', mercadoPago.accessToken],
      ['Land', 'BR'],
      ['Webhook-hemmelighet', mercadoPago.webhookSecret],
      ['API-adresse', mercadoPago.url],
    ]);
    // "Velg arrangementsbetalinger … og Planer og abonnementer".
    for (const event of ['Betaling godkjent', 'Abonnement opprettet eller endret']) {
      await page.getByRole('checkbox', { name: event, exact: true }).check();
    }
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.getByText(words.saved, { exact: true }).first().waitFor();
    const webhookUrl = await hookUrlShown(walker);

    // The first payment comes before the connection is on: answered 200 and kept.
    const first = mercadoPago.createPayment({
      status: 'approved',
      description: 'Ordre 7001',
      payer: payerWith('ingrid@kunde.example'),
    });
    const held = await mercadoPago.sendNotification({ url: webhookUrl, dataId: first.id });
    expect(held.attempts.map((a) => a.status)).toEqual([200]);
    await page.getByRole('button', { name: words.loadTestData }).click();
    // Read from Mercado Pago with the access token: the payer and the amount.
    await page.getByRole('cell', { name: 'ingrid@kunde.example' }).first().waitFor();
    await page.getByRole('cell', { name: 'Ordre 7001' }).first().waitFor();
    await walker.screenshot('seed-mercado-pago-source', 2000);

    await addEmailReceiver(walker, smtp.port, {
      to: '{{ payer.email }}',
      subject: 'Betaling mottatt: {{ payment.description }}',
      text: 'Takk! Vi har mottatt {{ payment.amount }} {{ payment.currency }}.',
    });
    await switchOnFromLastStep(walker, { held: true });
    const firstMail = await smtp.waitForMessage((m) => m.to.includes('ingrid@kunde.example'));
    expect(firstMail.subject).toBe('Betaling mottatt: Ordre 7001');
    expect(firstMail.text).toBe('Takk! Vi har mottatt 150.5 BRL.');

    // Once on, the next payment is sent as it arrives.
    const second = mercadoPago.createPayment({
      status: 'approved',
      description: 'Ordre 7002',
      payer: payerWith('ola@kunde.example'),
    });
    const live = await mercadoPago.sendNotification({ url: webhookUrl, dataId: second.id });
    expect(live.attempts.map((a) => a.status)).toEqual([200]);
    const secondMail = await smtp.waitForMessage((m) => m.to.includes('ola@kunde.example'));
    expect(secondMail.subject).toBe('Betaling mottatt: Ordre 7002');

    await page.getByRole('link', { name: 'Kjøringshistorikk' }).first().click();
    await page.getByRole('cell', { name: 'Fullført' }).nth(1).waitFor();
    await walker.screenshot('seed-mercado-pago-runs');
  });
});
