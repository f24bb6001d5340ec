import { FygaroSandbox, SmtpSandbox } from '@fluxo/sandboxes';
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

/**
 * Fygaro's article ("Botón de Pago - Hook"), in Spanish, on the Fygaro sandbox: the default
 * credential for hooks (its public and secret key), the hook URL in the button's "Opciones
 * Avanzadas", and signed hooks answered 200 at once (even before the connection is on), so
 * Fygaro never retries or suspends the button's hook.
 */
describe('Fygaro payment button hook, as the article tells it (es)', () => {
  let server: FluxoServer;
  let fygaro: FygaroSandbox;
  let smtp: SmtpSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [fygaro, smtp, server, browser] = await Promise.all([
      FygaroSandbox.start({ retryDelaysMs: [50] }),
      SmtpSandbox.start({ port: 0 }),
      startFluxoServer(),
      launchChromium(),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([fygaro?.stop(), smtp?.stop()]);
  });

  it('should check the credential, answer each signed hook 200 and e-mail the client', async () => {
    const walker = await signUpIn(browser, server.baseUrl, 'es', 'fygaro@tienda.example');
    const { page, words } = walker;
    await createFirstConnection(walker, 'Tienda Fygaro');

    await page.getByRole('radio', { name: 'Fygaro' }).check();
    await page.getByRole('radio', { name: 'Pago recibido' }).check();
    // "Definir una credencial predeterminada para hooks": its public key and its secret.
    await saveAccount(walker, 'Credencial de hooks', [
      ['Clave pública', fygaro.keys.publicKey],
      ['Clave secreta', fygaro.keys.secret],
    ]);
    const hookUrl = await hookUrlShown(walker);

    // "Configurar el URL de tu sistema": the first payment comes before the connection is on.
    const first = await fygaro.sendHook(hookUrl, {
      payment: {
        customReference: 'pedido-501',
        amount: '35.00',
        currency: 'USD',
        clientData: { name: 'Lucía Mora', email: 'lucia@cliente.example', phone: '+50688887777' },
      },
    });
    expect(first.hooks[0].attempts.map((a) => a.status)).toEqual([200]);
    await page.getByRole('button', { name: words.loadTestData }).click();
    await page.getByRole('cell', { name: 'lucia@cliente.example' }).first().waitFor();
    await page.getByRole('cell', { name: 'pedido-501' }).first().waitFor();
    await walker.screenshot('seed-fygaro-source', 1900);

    await addEmailReceiver(walker, smtp.port, {
      to: '{{ client.email }}',
      subject: 'Pago recibido: {{ custom_reference }}',
      text: 'Hola {{ client.first_name }}, recibimos {{ amount }} {{ currency }}.',
    });
    await switchOnFromLastStep(walker, { held: true });
    const firstMail = await smtp.waitForMessage((m) => m.to.includes('lucia@cliente.example'));
    expect(firstMail.subject).toBe('Pago recibido: pedido-501');
    expect(firstMail.text).toBe('Hola Lucía, recibimos 35.00 USD.');

    // Switched on: the next payment is answered 200 on its first attempt and sent.
    const second = await fygaro.sendHook(hookUrl, {
      generation: 'headers',
      payment: {
        customReference: 'pedido-502',
        amount: '12.50',
        currency: 'USD',
        clientData: { name: 'Mateo Ruiz', email: 'mateo@cliente.example', phone: '+50677776666' },
      },
    });
    expect(second.hooks[0].attempts.map((a) => a.status)).toEqual([200]);
    const secondMail = await smtp.waitForMessage((m) => m.to.includes('mateo@cliente.example'));
    expect(secondMail.text).toBe('Hola Mateo, recibimos 12.50 USD.');
    expect(fygaro.isSuspended()).toBe(false);

    await page.getByRole('link', { name: 'Historial de ejecuciones' }).first().click();
    await page.getByRole('cell', { name: 'Completada' }).nth(1).waitFor();
    await walker.screenshot('seed-fygaro-runs');
  });
});
