import { SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

/**
 * A connection built without a mouse: every control is reached by focus and operated with the
 * keyboard (Enter, Space, typing) — no click anywhere in this test.
 */
describe('Building a connection with the keyboard only', () => {
  let server: FluxoServer;
  let smtp: SmtpSandbox;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    server = await startFluxoServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  async function press(target: Locator, key: 'Enter' | 'Space'): Promise<void> {
    await target.focus();
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press(key);
  }

  async function type(target: Locator, text: string): Promise<void> {
    await target.focus();
    await page.keyboard.type(text);
  }

  it('should sign up, create a web form → e-mail connection and save its mapping', async () => {
    await page.goto(`${server.baseUrl}/signup`);
    await type(page.getByLabel('E-mail'), 'keys@shop.example');
    await type(page.getByLabel('Password'), 'correct horse battery');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
    await press(page.getByRole('button', { name: 'Create your first connection' }), 'Enter');
    await type(page.getByLabel('Connection name'), ' by keyboard');
    await press(page.getByRole('button', { name: 'Create connection' }), 'Enter');
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);

    await press(page.getByRole('radio', { name: 'Web form' }), 'Space');
    await press(page.getByRole('radio', { name: 'New form submission' }), 'Space');
    await eventually(async () =>
      expect(await page.getByLabel('Hook URL').inputValue()).toMatch(/\/hooks\//),
    );

    await press(page.getByRole('button', { name: '+ Add receiver' }), 'Enter');
    await press(page.getByRole('radio', { name: 'E-mail (SMTP)' }), 'Space');
    await type(page.getByLabel('SMTP server'), '127.0.0.1');
    await page.getByLabel('Port', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(String(smtp.port));
    // Typing on a focused drop-down picks the option that starts with it.
    await type(page.getByLabel('Security'), 'None');
    expect(await page.getByLabel('Security').inputValue()).toBe('none');
    await type(page.getByLabel('From address'), 'shop@example.com');
    await press(page.getByRole('button', { name: 'Save and check connection' }), 'Enter');
    await page.getByText('Connection works.').waitFor();

    await type(page.getByLabel('To', { exact: true }), '{{ email }}');
    await type(page.getByLabel('Subject', { exact: true }), 'Thanks, {{ name }}');
    await type(page.getByLabel('Text body', { exact: true }), 'Hello');
    await press(page.getByRole('button', { name: 'Save mapping' }), 'Enter');
    await page.getByText('Saved', { exact: true }).first().waitFor();

    // "Only when": a rule built and saved without a mouse.
    await press(page.getByRole('button', { name: 'Add a condition' }), 'Enter');
    await type(page.getByLabel('Variable', { exact: true }), 'plan');
    // Typing on a focused drop-down picks the option that starts with it.
    await type(page.getByLabel('Condition', { exact: true }), 'is one');
    expect(await page.getByLabel('Condition', { exact: true }).inputValue()).toBe('isOneOf');
    await type(page.getByLabel('Values, one per line'), 'gold');
    await page.keyboard.press('Enter');
    await page.keyboard.type('silver');
    await press(page.getByRole('button', { name: 'Save conditions' }), 'Enter');
    // The button is disabled while the save is on its way too: wait for what the API keeps.
    await eventually(async () => {
      const saved = await page.evaluate(() => fetch('/api/connections').then((r) => r.json()));
      expect(saved[0].steps[1].mapping).toMatchObject({
        to: '{{ email }}',
        subject: 'Thanks, {{ name }}',
      });
      expect(saved[0].steps[1].conditions).toEqual({
        groups: [{ rules: [{ variable: 'plan', operator: 'isOneOf', value: 'gold\nsilver' }] }],
      });
    });
    expect(await page.getByRole('button', { name: 'Save conditions' }).isDisabled()).toBe(true);

    // Accounts can be edited from the accounts page (here renamed), still without a mouse; the
    // details are checked again before they are saved.
    await page.goto(`${server.baseUrl}/accounts`);
    await press(page.getByRole('button', { name: /^Edit “/ }), 'Enter');
    await page.getByLabel('Account name').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Shop mail');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Shop mail' }).waitFor();
  });
});
