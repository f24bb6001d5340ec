import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';
import { screenshotWholePanel } from './support/panel-screenshot';

const SCREENSHOTS = resolve(__dirname, '../screenshots');

/**
 * "Only when" on a receiver, through the UI: the rule is built in words against the test item,
 * which the editor says would be skipped; live items below the threshold are skipped, visibly,
 * with the reason, and the others are sent.
 */
describe('Conditions on a receiver, in the browser', () => {
  let server: FluxoServer;
  let smtp: SmtpSandbox;
  let browser: Browser;
  let page: Page;
  let connectionId: string;
  let hookUrl: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    smtp = await SmtpSandbox.start({ port: 0 });
    server = await startFluxoServer();
    browser = await launchChromium();
    // axe needs pages of an explicit browser context.
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.baseUrl}/signup`);
    await page.getByLabel('E-mail').fill('filters@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
    const created = await page.evaluate(async (smtpPort) => {
      const call = (path: string, body: unknown, method = 'POST') =>
        fetch(path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then((r) => r.json());
      const connection = await call('/api/connections', { name: 'Big orders' });
      await call(
        `/api/connections/${connection.id}/source`,
        { connectorKey: 'forms', actionKey: 'new-submission' },
        'PUT',
      );
      const account = await call('/api/accounts', {
        connectorKey: 'email',
        name: 'Sandbox SMTP',
        credentials: {
          host: '127.0.0.1',
          port: smtpPort,
          security: 'none',
          fromAddress: 'shop@example.com',
        },
      });
      await call(`/api/connections/${connection.id}/receivers`, {
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: account.id,
        mapping: { to: '{{ email }}', subject: 'Order of {{ amount }}', text: 'Thanks!' },
      });
      // New connections start off; this one is set up, so it is switched on.
      await call(`/api/connections/${connection.id}`, { enabled: true }, 'PATCH');
      const saved = await fetch(`/api/connections/${connection.id}`).then((r) => r.json());
      return { id: connection.id as string, hookPath: saved.hookPath as string };
    }, smtp.port);
    connectionId = created.id;
    hookUrl = `${server.baseUrl}${created.hookPath}`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  async function postForm(fields: Record<string, string>): Promise<void> {
    const response = await fetch(hookUrl, { method: 'POST', body: new URLSearchParams(fields) });
    expect(response.status).toBe(200);
  }

  it('should build "only when" in words, judge the test item live, and skip what does not pass', async () => {
    await postForm({ email: 'small@example.com', amount: '12,00' });
    await eventually(() => expect(smtp.messages()).toHaveLength(1));
    smtp.clear();

    await page.goto(`${server.baseUrl}/connections/${connectionId}`);
    await page.getByRole('button', { name: 'Receiver: E-mail (SMTP)' }).click();
    await page.getByRole('heading', { name: 'Only when' }).waitFor();
    await page.getByRole('button', { name: 'Add a condition' }).click();
    const variable = page.getByLabel('Variable', { exact: true });
    await variable.fill('amount');
    await page.getByLabel('Condition', { exact: true }).selectOption({ label: 'is greater than' });
    await page.getByLabel('Value', { exact: true }).fill('20');

    // The test item (12,00) is below 20: the editor says so before anything is saved.
    await page.getByText('Not true for the test item: it has “12,00”.').waitFor();
    await page
      .getByText('The test item does not meet the conditions: it would be skipped.')
      .waitFor();
    expect(await seriousViolations(page, 'form.conditions')).toEqual([]);
    await page.getByRole('button', { name: 'Save conditions' }).click();
    await page.getByText('Saved', { exact: true }).first().waitFor();
    await screenshotWholePanel(page, join(SCREENSHOTS, 'conditions-editor.png'), 2600);

    await postForm({ email: 'big@example.com', amount: '49,90' });
    await postForm({ email: 'tiny@example.com', amount: '5,00' });
    await eventually(() =>
      expect(smtp.messages().map((m) => m.subject)).toEqual(['Order of 49,90']),
    );

    await page.goto(`${server.baseUrl}/connections/${connectionId}/runs`);
    await eventually(async () =>
      expect(await page.getByText('Succeeded').count()).toBeGreaterThanOrEqual(3),
    );
    // The history says a run sent nothing because of the conditions, not that it failed.
    await page.getByText('1 skipped by conditions').first().waitFor();
    // The newest run is the 5,00 one: skipped, with the rule in words and what the item had.
    await page.getByRole('link', { name: /\d/ }).first().click();
    await page.getByRole('heading', { name: 'Run details' }).waitFor();
    await page.locator('.badge', { hasText: 'Skipped' }).waitFor();
    await page
      .getByText(
        'Skipped by the receiver’s conditions: amount is greater than “20” is not true; the item has “5,00”.',
      )
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'run-skipped.png'), fullPage: true });

    // Switched off again, the next small order is sent.
    await page.goto(`${server.baseUrl}/connections/${connectionId}`);
    await page.getByRole('button', { name: 'Receiver: E-mail (SMTP)' }).click();
    await page.getByRole('button', { name: 'Remove condition 1' }).click();
    await page.getByRole('button', { name: 'Save conditions' }).click();
    await page.getByText('No conditions: every item is sent.').waitFor();
    await page.getByText('Saved', { exact: true }).first().waitFor();
    await postForm({ email: 'small-again@example.com', amount: '3,00' });
    await eventually(() =>
      expect(smtp.messages().map((m) => m.subject)).toContain('Order of 3,00'),
    );
  });
});
