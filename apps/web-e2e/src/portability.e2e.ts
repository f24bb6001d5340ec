import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

const SCREENSHOTS = resolve(__dirname, '../../../docs/screenshots');
const PASSWORD = 'correct horse battery';

/**
 * Moving connections from a test instance to production through the UI: "Export" on one
 * Fluxo downloads the file, "Import" on another shows what it creates, takes the account of
 * the same name, and creates the connection switched off.
 */
describe('Export from one instance, import into another (Chromium)', () => {
  let staging: FluxoServer;
  let production: FluxoServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [staging, production] = await Promise.all([startFluxoServer(), startFluxoServer()]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all([staging?.stop(), production?.stop()]);
  });

  async function signedIn(server: FluxoServer, locale: string, email: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale,
      acceptDownloads: true,
    });
    await context.addInitScript((chosen) => localStorage.setItem('fluxo.locale', chosen), locale);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const signUp = await page.request.post(`${server.baseUrl}/api/auth/signup`, {
      data: { email, password: PASSWORD },
    });
    expect(signUp.status()).toBe(201);
    return page;
  }

  async function mailAccount(page: Page, server: FluxoServer): Promise<string> {
    const answer = await page.request.post(`${server.baseUrl}/api/accounts`, {
      data: {
        connectorKey: 'email',
        name: 'Loja e-mail',
        credentials: {
          host: '127.0.0.1',
          port: 2525,
          security: 'none',
          fromAddress: 'loja@loja.example',
        },
      },
    });
    expect(answer.status()).toBe(201);
    return (await answer.json()).id;
  }

  it('should carry a connection from staging to production through the files the editor makes', async () => {
    const builder = await signedIn(staging, 'pt-BR', 'builder@loja.example');
    const accountId = await mailAccount(builder, staging);
    const api = (path: string, method: string, data: unknown) =>
      builder.request.fetch(`${staging.baseUrl}${path}`, { method, data });
    const connection = await (
      await api('/api/connections', 'POST', { name: 'Formulário para e-mail' })
    ).json();
    await api(`/api/connections/${connection.id}/source`, 'PUT', {
      connectorKey: 'forms',
      actionKey: 'new-submission',
    });
    await api(`/api/connections/${connection.id}/receivers`, 'POST', {
      connectorKey: 'email',
      actionKey: 'send-email',
      accountId,
      mapping: { to: '{{ email }}', subject: 'Obrigado', text: 'Olá {{ name }}' },
    });

    await builder.goto(`${staging.baseUrl}/connections`);
    await builder.getByRole('button', { name: 'Exportar' }).click();
    await builder.getByRole('heading', { name: 'Exportar conexões' }).waitFor();
    const [download] = await Promise.all([
      builder.waitForEvent('download'),
      builder.getByRole('button', { name: 'Baixar 1 conexão' }).click(),
    ]);
    const file = join(tmpdir(), download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));

    const owner = await signedIn(production, 'pt-BR', 'owner@loja.example');
    const theirAccount = await mailAccount(owner, production);
    await owner.goto(`${production.baseUrl}/connections`);
    await owner.getByRole('link', { name: 'Importar de um arquivo' }).click();
    await owner.getByLabel('Arquivo exportado').setInputFiles(file);
    await owner.getByRole('heading', { name: 'Isto cria 1 conexão' }).waitFor();
    const chosen = await owner.getByLabel('Conta E-mail (SMTP) “Loja e-mail”').inputValue();
    const violations = await seriousViolations(owner);
    await owner.screenshot({ path: join(SCREENSHOTS, 'import.png'), fullPage: true });
    await owner.getByRole('button', { name: 'Importar 1 conexão' }).click();
    await owner.getByText('1 conexão importada, desligada:').waitFor();
    const [created] = await (
      await owner.request.get(`${production.baseUrl}/api/connections`)
    ).json();

    expect(download.suggestedFilename()).toMatch(/^fluxo-connections-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.connections.map((c: { name: string }) => c.name)).toEqual([
      'Formulário para e-mail',
    ]);
    expect(chosen).toBe(theirAccount);
    expect(violations).toEqual([]);
    expect(created).toMatchObject({ name: 'Formulário para e-mail', enabled: false });
    expect(created.steps[1]).toMatchObject({
      accountId: theirAccount,
      mapping: { subject: 'Obrigado' },
    });
  });
});
