import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

const SCREENSHOTS = resolve(__dirname, '../screenshots');

const QUESTIONS = [
  { label: 'Your name', name: 'name', type: 'text', required: true },
  { label: 'E-mail', name: 'email', type: 'email', required: true },
  { label: 'Phone', name: 'phone', type: 'phone', required: false, help: 'Only for this order' },
  { label: 'Guests', name: 'guests', type: 'number', required: true },
  { label: 'Deposit', name: 'deposit', type: 'amount', required: false },
  { label: 'Area', name: 'area', type: 'choice', required: true, choices: 'Inside\nTerrace' },
  { label: 'Notes', name: 'notes', type: 'textarea', required: false },
];

/** A visitor on a 390×844 phone fills in a hosted form; nobody is signed in. */
describe('Hosted form, on a phone', () => {
  let server: FluxoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cookie: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startFluxoServer();
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const signup = await fetch(`${server.baseUrl}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'forms@shop.example', password: 'correct horse battery' }),
    });
    expect(signup.status).toBe(201);
    cookie = signup.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The owner's side, through the API: a connection whose source is a hosted form. */
  async function api<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
    const response = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(`${method} ${path} answered ${response.status}`).toMatch(/ answered 2\d\d$/);
    return (await response.json()) as T;
  }

  async function createHostedForm(
    name: string,
    settings: Record<string, unknown>,
  ): Promise<{ id: string; formUrl: string }> {
    const { id } = await api<{ id: string }>('/api/connections', 'POST', { name });
    await api(`/api/connections/${id}/source`, 'PUT', {
      connectorKey: 'forms',
      actionKey: 'hosted-form',
      settings,
    });
    // The form is open once its connection is set up and on: a receiver that sends a year later.
    await api(`/api/connections/${id}/receivers`, 'POST', {
      connectorKey: 'http',
      actionKey: 'http-request',
      mapping: {
        method: 'POST',
        url: 'https://example.com/bookings',
        bodyType: 'json',
        body: '{}',
      },
      delay: { type: 'after', wait: { amount: 365, unit: 'days' } },
    });
    await api(`/api/connections/${id}`, 'PATCH', { enabled: true });
    const { hookPath } = await api<{ hookPath: string }>(`/api/connections/${id}`);
    return { id, formUrl: `${server.baseUrl}${hookPath.replace(/^\/hooks\//, '/f/')}` };
  }

  async function seriousViolations(): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  const runsOf = (id: string) => api<{ id: string }[]>(`/api/connections/${id}/runs`);

  it('should stop an empty required answer in the browser, then send the form and thank the visitor', async () => {
    const { id, formUrl } = await createHostedForm('Table bookings', {
      title: 'Book a table',
      intro: 'We confirm every booking by e-mail.',
      language: 'en',
      submitLabel: 'Book',
      successMessage: 'Thanks! We will confirm your table soon.',
      questions: QUESTIONS,
    });
    await page.goto(formUrl);
    await page.getByRole('heading', { name: 'Book a table' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await seriousViolations()).toEqual([]);

    await page.getByLabel('E-mail').fill('ana@example.com');
    await page.getByRole('button', { name: 'Book' }).click();

    const name = page.getByLabel('Your name');
    await eventually(async () =>
      expect(await name.evaluate((el: HTMLInputElement) => el.validity.valueMissing)).toBe(true),
    );
    await eventually(async () =>
      expect(await page.locator('#q0-error').textContent()).toBe('Please fill in this field.'),
    );
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(page.url()).toBe(formUrl);
    expect(await runsOf(id)).toEqual([]);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({
      path: join(SCREENSHOTS, 'hosted-form-phone-error.png'),
      fullPage: true,
    });

    await name.fill('Ana Lima');
    await eventually(async () => expect(await page.locator('#q0-error').textContent()).toBe(''));
    await page.getByLabel('Phone').fill('+351 912 345 678');
    await page.getByLabel('Guests').fill('4');
    await page.getByLabel('Deposit').fill('97,50');
    await page.getByRole('radio', { name: 'Terrace' }).check();
    await page.getByLabel('Notes').fill('Window seat, please');
    await page.screenshot({ path: join(SCREENSHOTS, 'hosted-form-phone.png'), fullPage: true });
    await page.getByRole('button', { name: 'Book' }).click();

    await page.getByRole('status').getByText('Thanks! We will confirm your table soon.').waitFor();
    await page.screenshot({
      path: join(SCREENSHOTS, 'hosted-form-phone-sent.png'),
      fullPage: true,
    });
    await eventually(async () => expect((await runsOf(id)).length).toBe(1));
    const [run] = await runsOf(id);
    const detail = await api<{ items: { payload: Record<string, unknown> }[] }>(
      `/api/runs/${run.id}`,
    );
    expect(detail.items[0].payload).toMatchObject({
      name: 'Ana Lima',
      email: 'ana@example.com',
      phone: '+351912345678',
      guests: 4,
      deposit: 97.5,
      area: 'Terrace',
      notes: 'Window seat, please',
    });
  });

  it('should speak Brazilian Portuguese when the form is in pt-BR', async () => {
    const { id, formUrl } = await createHostedForm('Reservas', {
      title: 'Reserve sua mesa',
      language: 'pt-BR',
      questions: [
        { label: 'Seu nome', type: 'text', required: true },
        { label: 'E-mail', name: 'email', type: 'email', required: true },
      ],
    });
    await page.goto(formUrl);

    expect(await page.getAttribute('html', 'lang')).toBe('pt-BR');
    await page.getByText('Campos marcados com * são obrigatórios.').waitFor();
    await page.getByLabel('Seu nome').fill('Bia');
    await page.getByLabel('E-mail').fill('bia@');
    await page.getByRole('button', { name: 'Enviar' }).click();
    await eventually(async () =>
      expect(await page.locator('#q1-error').textContent()).toBe(
        'Informe um e-mail como nome@exemplo.com.',
      ),
    );
    await page.screenshot({
      path: join(SCREENSHOTS, 'hosted-form-phone-pt-br.png'),
      fullPage: true,
    });

    await page.getByLabel('E-mail').fill('bia@example.com');
    await page.getByRole('button', { name: 'Enviar' }).click();

    await page.getByRole('status').getByText('Suas respostas foram enviadas.').waitFor();
    await eventually(async () => expect((await runsOf(id)).length).toBe(1));
  });
});
