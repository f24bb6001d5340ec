import { PagHiperSandbox, SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';
import {
  addEmailReceiver,
  createFirstConnection,
  expectStoreAllGreen,
  saveAccount,
  signUpIn,
  switchOnFromLastStep,
} from './support/seed-walk';

/**
 * PagHiper's article, in Portuguese, on the PagHiper sandbox: paste the ApiKey and the Token
 * from "Minha Conta → Credenciais", let Fluxo check PagHiper every five minutes, see a paid
 * boleto become a message, and read the checklist all green and the reports.
 */
describe('PagHiper polled every five minutes, as the article tells it (pt-BR)', () => {
  let server: FluxoServer;
  let paghiper: PagHiperSandbox;
  let smtp: SmtpSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [paghiper, smtp, server, browser] = await Promise.all([
      PagHiperSandbox.start(),
      SmtpSandbox.start({ port: 0 }),
      startFluxoServer(),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([paghiper?.stop(), smtp?.stop()]);
  });

  it('should read boletos with the ApiKey and Token, check every 5 minutes and send the paid one once', async () => {
    const walker = await signUpIn(browser, server.baseUrl, 'pt-BR', 'paghiper@loja.example');
    const { page, words } = walker;
    const boleto = paghiper.createTransaction({
      kind: 'boleto',
      payer_name: 'Joana Prado',
      payer_email: 'joana@cliente.example',
    });
    await createFirstConnection(walker, 'Loja PagHiper');

    await page.getByRole('radio', { name: 'PagHiper' }).check();
    await page.getByRole('radio', { name: 'Status do pagamento mudou' }).check();
    // "Copie o campo ApiKey … Copie o campo Token …", and the sandbox's addresses.
    await saveAccount(walker, 'PagHiper da loja', [
      ['Chave de API (ApiKey)', paghiper.apiKey],
      ['Token', paghiper.token],
      ['Endereço da API', paghiper.url],
      ['Endereço da API PIX', paghiper.pixUrl],
    ]);
    await page.getByRole('checkbox', { name: 'Boleto', exact: true }).check();
    await page.getByRole('button', { name: 'Salvar configurações' }).click();
    await page.getByText(words.saved, { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Carregar de PagHiper' }).click();
    await page.getByRole('cell', { name: 'joana@cliente.example' }).first().waitFor();
    await walker.screenshot('seed-paghiper-source', 2000);

    await addEmailReceiver(walker, smtp.port, {
      to: '{{ payer.email }}',
      subject: 'Boleto {{ transaction_id }}: {{ status }}',
      text: 'Olá {{ payer.name }}, recebemos o seu pagamento.',
    });

    // "Nós iremos consultar a plataforma a cada cinco minutos", from new changes on.
    await page.getByRole('button', { name: words.autoUpdate, exact: true }).click();
    await page.getByRole('radio', { name: 'A cada …' }).check();
    await page.getByLabel('Com que frequência').selectOption('5');
    await page.getByRole('radio', { name: 'Só itens novos (de agora em diante)' }).check();
    await page.getByRole('button', { name: 'Salvar atualização automática' }).click();
    await page.getByText(words.saved, { exact: true }).first().waitFor();
    await switchOnFromLastStep(walker, { held: false });
    await page.getByRole('button', { name: words.autoUpdate, exact: true }).first().waitFor();
    await walker.screenshot('seed-paghiper-auto-update', 1400);

    // The boleto is paid after the connection went on: the next check sends it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    paghiper.setStatus(boleto.transaction_id, 'paid');
    await page.getByRole('button', { name: words.runOnce }).click();
    const mail = await smtp.waitForMessage((m) => m.to.includes('joana@cliente.example'));
    expect(mail.subject).toBe(`Boleto ${boleto.transaction_id}: paid`);
    expect(mail.text).toBe('Olá Joana Prado, recebemos o seu pagamento.');

    // A second check finds nothing new: the paid boleto is not sent twice.
    await page.getByRole('button', { name: words.runOnce }).click();
    await eventually(async () => {
      const lists = paghiper.requests().filter((r) => r.path === '/transaction/list/');
      expect(lists.length).toBeGreaterThanOrEqual(3);
    });
    expect(smtp.messages().filter((m) => m.to.includes('joana@cliente.example'))).toHaveLength(1);

    await expectStoreAllGreen(walker, server.baseUrl);
    await page.getByRole('cell', { name: '1', exact: true }).first().waitFor();
    await walker.screenshot('seed-paghiper-reports');
  });
});
