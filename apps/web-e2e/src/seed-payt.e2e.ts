import { PaytSandbox, SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';
import {
  addEmailReceiver,
  createFirstConnection,
  expectStoreAllGreen,
  hookUrlShown,
  signUpIn,
  switchOnFromLastStep,
} from './support/seed-walk';

/** The eight events the article ("Como integrar com a PayT?") says to tick, as PayT names them. */
const ARTICLE_EVENTS = [
  'Aguardando pagamento',
  'Cancelada',
  'Abandono de checkout',
  'Finalizada/Aprovada',
  'Cancelada - Chargeback',
  'Status de entrega atualizado',
  'Faturada',
  'Cancelada - Reembolsada',
];

/**
 * PayT's article, in Portuguese, on the PayT sandbox: create the store's connection, tick the
 * eight events, paste the address into PayT, press "Testar URL", trust the key PayT's call
 * carries (the article never mentions one), and see the checklist all green after a sale.
 */
describe('PayT postbacks, as the article tells it (pt-BR)', () => {
  let server: FluxoServer;
  let payt: PaytSandbox;
  let smtp: SmtpSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [payt, smtp, server, browser] = await Promise.all([
      PaytSandbox.start(),
      SmtpSandbox.start({ port: 0 }),
      startFluxoServer(),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([payt?.stop(), smtp?.stop()]);
  });

  it('should take "Testar URL", trust the key from the call and e-mail the buyer of an approved sale', async () => {
    const walker = await signUpIn(browser, server.baseUrl, 'pt-BR', 'payt@loja.example');
    const { page, words } = walker;
    await createFirstConnection(walker, 'Loja PayT');

    // "Na Plataforma, selecione a opção com o nome da integração": PayT, and its postbacks.
    await page.getByRole('radio', { name: 'PayT' }).check();
    await page.getByRole('radio', { name: 'Novo postback da PayT' }).check();
    for (const event of ARTICLE_EVENTS) {
      await page.getByRole('checkbox', { name: event, exact: true }).check();
    }
    await page.getByRole('button', { name: 'Salvar configurações' }).click();
    await page.getByText(words.saved, { exact: true }).first().waitFor();
    const hookUrl = await hookUrlShown(walker);

    // "Agora, no canto superior direito, clique em Testar URL": answered 200, kept, not sent.
    const tested = await payt.sendPostback(hookUrl, {
      test: true,
      sale: { customer: { name: 'Teste PayT', email: 'teste@payt.example' } },
    });
    expect(tested.postbacks[0].attempts.map((a) => a.status)).toEqual([200]);

    // PayT's call carries the integration key; trusting it saves it to a new PayT account.
    await page.reload();
    await page.getByRole('status').getByText('1 chamada aguardando.').waitFor();
    const key = payt.integrationKey;
    await page
      .getByRole('button', {
        name: `Confiar na chave ${key.slice(0, 2)}…${key.slice(-2)} desta chamada da PayT`,
      })
      .click();
    await page.getByRole('button', { name: words.loadTestData }).click();
    // The test call is the test data until a sale comes: PayT's sample buyer, marked as a test.
    await page.getByRole('cell', { name: 'teste@payt.example' }).first().waitFor();
    await page.getByRole('row', { name: /^test\s+true$/ }).waitFor();

    // A real sale: the connection is still off, so it waits with the test call.
    const sale = await payt.sendPostback(hookUrl, {
      sale: {
        event: 'approved',
        customer: { name: 'Mariana Lima', email: 'mariana@cliente.example' },
        product: { name: 'Café especial 500 g' },
      },
    });
    expect(sale.postbacks[0].attempts.map((a) => a.status)).toEqual([200]);
    await page.getByRole('button', { name: words.loadTestData }).click();
    await page.getByRole('cell', { name: 'mariana@cliente.example' }).first().waitFor();
    await walker.screenshot('seed-payt-source', 1900);

    await addEmailReceiver(walker, smtp.port, {
      to: '{{ customer.email }}',
      subject: 'Pedido aprovado: {{ product.name }}',
      text: 'Olá {{ customer.name }}, seu pagamento foi aprovado.',
    });
    await switchOnFromLastStep(walker, { held: true });

    const mail = await smtp.waitForMessage((m) => m.to.includes('mariana@cliente.example'));
    expect(mail.subject).toBe('Pedido aprovado: Café especial 500 g');
    expect(mail.text).toBe('Olá Mariana Lima, seu pagamento foi aprovado.');
    // "Testar URL" is not a sale: nothing went to the test buyer.
    expect(smtp.messages().some((m) => m.to.includes('teste@payt.example'))).toBe(false);

    // "Se todas as opções estiverem na cor verde": the store checklist.
    await expectStoreAllGreen(walker, server.baseUrl);
    await walker.screenshot('seed-payt-checklist');
  });
});
