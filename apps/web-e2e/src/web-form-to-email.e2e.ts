import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

const SCREENSHOTS = resolve(__dirname, '../screenshots');

/**
 * The walking skeleton's scenario, through the UI only: sign up, build a Web form → E-mail
 * connection, see test data, send a test, receive a live submission, run once, read history.
 */
describe('Web form → E-mail, in the browser', () => {
  let server: FluxoServer;
  let smtp: SmtpSandbox;
  let browser: Browser;
  let page: Page;
  /** What the browser refused under the editor's Content-Security-Policy header. */
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    smtp = await SmtpSandbox.start({ port: 0 });
    server = await startFluxoServer();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  async function postForm(hookUrl: string, fields: Record<string, string>): Promise<void> {
    const response = await fetch(hookUrl, { method: 'POST', body: new URLSearchParams(fields) });
    expect(response.status).toBe(200);
  }

  it('should build the connection from an empty workspace and deliver e-mails', async () => {
    await page.goto(`${server.baseUrl}/connections`);
    // A fresh instance has nobody to log in: it opens on sign-up.
    await page.waitForURL(/\/signup/);
    await page.getByLabel('E-mail').fill('owner@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
    await page.getByRole('button', { name: 'Create your first connection' }).click();
    await page.getByLabel('Connection name').fill('Thank-you e-mails');
    await page.getByRole('button', { name: 'Create connection' }).click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);

    await page.getByRole('radio', { name: 'Web form' }).check();
    // Web form has two actions now (any form posting here, or a hosted form): say which.
    await page.getByRole('radio', { name: 'New form submission' }).check();
    const hookField = page.getByLabel('Hook URL');
    await eventually(async () => expect(await hookField.inputValue()).toMatch(/\/hooks\/[\w-]+$/));
    const hookUrl = await hookField.inputValue();

    await postForm(hookUrl, { name: 'Ana', email: 'ana@example.com', amount: '49.90' });
    await page.getByRole('button', { name: 'Load test data' }).click();
    await page.getByRole('cell', { name: 'ana@example.com' }).waitFor();
    // A new connection starts off: the call is held, and it is the test data to map from.
    await page.getByText(/waits for the connection to be switched on/).waitFor();
    expect(await page.getByRole('switch', { name: 'Off' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: '+ Add receiver' }).click();
    await page.getByRole('radio', { name: 'E-mail (SMTP)' }).check();
    await page.getByLabel('SMTP server').fill('127.0.0.1');
    await page.getByLabel('Port', { exact: true }).fill(String(smtp.port));
    await page.getByLabel('Security').selectOption('none');
    await page.getByLabel('From address').fill('shop@example.com');
    await page.getByRole('button', { name: 'Save and check connection' }).click();
    await page.getByText('Connection works.').waitFor();

    await page.getByLabel('To', { exact: true }).fill('{{ email }}');
    await page.getByLabel('Subject', { exact: true }).fill('Thanks, ');
    await page.getByRole('button', { name: 'Insert variable into Subject' }).click();
    await page.getByRole('button', { name: 'name', exact: true }).click();
    // The name goes in through the picker, formatted as UPPER CASE; the rest is typed after it.
    const textBody = page.getByLabel('Text body', { exact: true });
    await textBody.fill('Hello ');
    await page.getByRole('button', { name: 'Insert variable into Text body' }).click();
    await page.getByLabel('Insert as', { exact: true }).selectOption({ label: 'UPPER CASE' });
    await page.getByRole('button', { name: 'name', exact: true }).click();
    // The picker gives the caret back right after the inserted tag.
    await eventually(async () =>
      expect(await textBody.evaluate((el) => el === document.activeElement)).toBe(true),
    );
    await textBody.press('End');
    await textBody.pressSequentially(', your order of {{ amount }} is confirmed.');
    expect(await textBody.inputValue()).toBe(
      'Hello {{ name | upcase }}, your order of {{ amount }} is confirmed.',
    );
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByText('Saved', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByText('This is exactly what would be sent:').waitFor();
    await page.getByText('Thanks, Ana').first().waitFor();

    await page.getByRole('button', { name: 'Send test data to E-mail (SMTP)' }).click();
    await page.getByText('Sent! E-mail (SMTP) accepted the test data.').waitFor();
    const test = await smtp.waitForMessage((m) => m.to.includes('ana@example.com'));
    expect(test.subject).toBe('Thanks, Ana');
    expect(test.text).toBe('Hello ANA, your order of 49.90 is confirmed.');
    await page.screenshot({ path: join(SCREENSHOTS, 'editor.png'), fullPage: true });

    // Switching on is the guided set-up's last step; Ana's held call was a test, so the owner
    // starts from new calls.
    await page.getByRole('button', { name: 'Auto-update', exact: true }).click();
    await page.getByRole('heading', { name: 'Last step: switch the connection on' }).waitFor();
    await page.getByRole('button', { name: 'Switch on', exact: true }).click();
    await page.getByRole('button', { name: 'Switch on, start from new ones' }).click();
    await page.getByRole('switch', { name: 'On' }).waitFor();
    await page.getByText('The connection is on: it runs as set above.').waitFor();

    await postForm(hookUrl, { name: 'Bia', email: 'bia@example.com', amount: '12.00' });
    const live = await smtp.waitForMessage((m) => m.to.includes('bia@example.com'));
    expect(live.subject).toBe('Thanks, Bia');
    expect(live.text).toBe('Hello BIA, your order of 12.00 is confirmed.');

    await page.getByRole('button', { name: 'Run once' }).click();
    await page.getByText('Run started.').waitFor();
    await eventually(() =>
      expect(smtp.messages().filter((m) => m.subject === 'Thanks, Bia').length).toBe(2),
    );

    // The editor's own link (the header has a workspace-wide "Run history" too).
    await page.getByRole('main').getByRole('link', { name: 'Run history', exact: true }).click();
    await page.waitForURL(/\/runs$/);
    await eventually(async () =>
      expect(await page.getByText('Succeeded').count()).toBeGreaterThanOrEqual(2),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'run-history.png'), fullPage: true });

    await page.getByRole('link', { name: /\d/ }).first().click();
    await page.getByRole('heading', { name: 'Run details' }).waitFor();
    await page.getByText('Delivered').first().waitFor();
    // The delivery shows the rendered payload and the SMTP server's answer.
    // Labelled as the receiver names its fields; the raw JSON stays folded.
    await page
      .getByRole('definition')
      .filter({ hasText: /^Thanks, Bia$/ })
      .first()
      .waitFor();
    await page.getByText('What E-mail (SMTP) answered').waitFor();
    await page.getByText('Data received').click();
    await page.getByText('"email": "bia@example.com"').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'run-details.png'), fullPage: true });

    expect(smtp.messages().map((m) => m.subject)).toEqual([
      'Thanks, Ana',
      'Thanks, Bia',
      'Thanks, Bia',
    ]);

    // A delivery the SMTP server refuses is kept, visible, and retried from the run's page.
    smtp.setFault('reject-permanent');
    await postForm(hookUrl, { name: 'Caio', email: 'caio@example.com', amount: '5.00' });
    await page.goto(
      `${server.baseUrl}${new URL(page.url()).pathname.replace(/\/runs\/[^/]+$/, '/runs')}`,
    );
    await eventually(async () =>
      expect(await page.getByText('Failed', { exact: true }).count()).toBeGreaterThanOrEqual(1),
    );
    await page.getByRole('link', { name: /\d/ }).first().click();
    await page.getByRole('heading', { name: 'Run details' }).waitFor();
    const runOfCaio = new URL(page.url()).pathname;
    const connectionPath = runOfCaio.replace(/\/runs\/[^/]+$/, '');
    smtp.setFault('none');
    await page.getByRole('button', { name: 'Retry sending to E-mail (SMTP)' }).click();
    await page.getByText('Delivered').first().waitFor();
    expect((await smtp.waitForMessage((m) => m.to.includes('caio@example.com'))).subject).toBe(
      'Thanks, Caio',
    );

    // Any past item can go through the connection again, as a run of its own.
    await page.getByRole('button', { name: 'Run again with this item (item 1)' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(runOfCaio));
    await page.getByText('Delivered').first().waitFor();
    await eventually(() =>
      expect(smtp.messages().filter((m) => m.subject === 'Thanks, Caio')).toHaveLength(2),
    );

    // Calls that come while the connection is off are held, not lost: switching on asks.
    await page.goto(`${server.baseUrl}${connectionPath}`);
    await page.getByRole('switch', { name: 'On' }).click();
    await page.getByRole('switch', { name: 'Off' }).waitFor();
    await postForm(hookUrl, { name: 'Dani', email: 'dani@example.com', amount: '7.00' });
    await page.reload();
    await page.getByRole('status').getByText('1 call waiting.').waitFor();
    expect(smtp.messages().some((m) => m.to.includes('dani@example.com'))).toBe(false);
    await page.getByRole('switch', { name: 'Off' }).click();
    await page.getByRole('button', { name: 'Switch on and process them' }).click();
    await page.getByText('Waiting calls processed: 1 accepted, 0 refused.').waitFor();
    await page.getByRole('switch', { name: 'On' }).waitFor();
    expect((await smtp.waitForMessage((m) => m.to.includes('dani@example.com'))).subject).toBe(
      'Thanks, Dani',
    );

    // The whole product switches language, and remembers it.
    await page.getByLabel('Language').selectOption('uk');
    await page.getByRole('link', { name: 'З’єднання' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('uk');
    await page.screenshot({ path: join(SCREENSHOTS, 'run-details-uk.png'), fullPage: true });
    await page.reload();
    await page.getByRole('link', { name: 'З’єднання' }).first().waitFor();
    await page.getByLabel('Мова').selectOption('pt-BR');
    await page.getByRole('link', { name: 'Conexões' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
  });

  it('should walk the whole scenario without anything refused by the Content-Security-Policy', async () => {
    const response = await page.goto(`${server.baseUrl}/connections`);

    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // The earlier steps left the editor in Portuguese.
    await page.getByRole('heading', { name: 'Conexões' }).waitFor();
    expect(cspViolations).toEqual([]);
  });
});
