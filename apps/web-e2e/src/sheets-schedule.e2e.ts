import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GoogleSheetsSandbox, SmtpSandbox, type SandboxSpreadsheet } from '@fluxo/sandboxes';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';
import { screenshotWholePanel } from './support/panel-screenshot';

const SCREENSHOTS = resolve(__dirname, '../screenshots');
const SCHEDULE_ZONE = 'Europe/Lisbon';
const WEEKDAYS = [1, 2, 3, 4, 5];

/** "HH:MM" and the weekday (0 = Sunday) of an instant on the wall clock of `zone`. */
function wallClock(instant: number, zone: string): { time: string; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return { time: `${part('hour')}:${part('minute')}`, weekday };
}

/**
 * The first run of a "times of day" schedule saved at `savedAt`, found the slow way (every
 * minute of the next eight days): the first matching minute at least 5 minutes after saving.
 */
function firstScheduledRun(times: string[], weekdays: number[], zone: string, savedAt: number) {
  const minute = 60_000;
  let at = Math.ceil((savedAt + 5 * minute) / minute) * minute;
  for (let i = 0; i < 8 * 24 * 60; i++, at += minute) {
    const wall = wallClock(at, zone);
    if (times.includes(wall.time) && weekdays.includes(wall.weekday)) return new Date(at);
  }
  throw new Error('The schedule never fires');
}

/**
 * A shop owner's order sheet → thank-you e-mail, through the UI only: a Google Sheets source
 * with a service-account key and the spreadsheet → sheet pickers, the sheet's columns in the
 * mapping, a "times of day" schedule, "Run once" and the run's deliveries.
 */
describe('Google Sheets new rows on a schedule → E-mail, in the browser', () => {
  let server: FluxoServer;
  let sheets: GoogleSheetsSandbox;
  let smtp: SmtpSandbox;
  let spreadsheet: SandboxSpreadsheet;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [sheets, smtp] = await Promise.all([
      GoogleSheetsSandbox.start(),
      SmtpSandbox.start({ port: 0 }),
    ]);
    sheets.seedSpreadsheet({ title: 'Supplier prices', sheets: [{ title: 'Prices' }] });
    spreadsheet = sheets.seedSpreadsheet({
      title: 'Shop orders',
      sheets: [
        { title: 'Drafts', rows: [['Note'], ['ignore me']] },
        {
          title: 'Paid orders',
          rows: [
            ['Name', 'Email', 'Amount'],
            ['Ana', 'ana@example.com', '49.90'],
            ['Bia', 'bia@example.com', '12.00'],
          ],
        },
      ],
    });
    server = await startFluxoServer();
    browser = await launchChromium();
    // A shop owner in São Paulo; the schedule below runs on Lisbon time, so the two differ.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
      timezoneId: 'America/Sao_Paulo',
    });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([sheets?.stop(), smtp?.stop()]);
  });

  it('should read the sheet, schedule times of day, run once and show the e-mails in history', async () => {
    await page.goto(`${server.baseUrl}/connections`);
    // A fresh instance has nobody to log in: it opens on sign-up.
    await page.waitForURL(/\/signup/);
    await page.getByLabel('E-mail').fill('sheets@shop.example');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'No connections yet' }).waitFor();
    await page.getByRole('button', { name: 'Create your first connection' }).click();
    await page.getByLabel('Connection name').fill('Paid orders → thank-you e-mail');
    await page.getByRole('button', { name: 'Create connection' }).click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
    const connectionPath = new URL(page.url()).pathname;

    // Source: Google Sheets has one source, chosen for the user.
    await page.getByRole('radio', { name: 'Google Sheets' }).check();
    await eventually(async () =>
      expect(await page.getByRole('radio', { name: 'New rows' }).isChecked()).toBe(true),
    );
    await page.getByText('What counts as new:').waitFor();

    // Account: a service-account key, pointed at the sandbox.
    const key = sheets.createServiceAccountKey('shop-orders');
    await page.getByLabel('Account name').fill('Shop Google');
    expect(await page.getByLabel('How Fluxo signs in to Google').inputValue()).toBe(
      'service-account',
    );
    await page.getByLabel('Service account key (JSON)').fill(JSON.stringify(key, null, 2));
    await page.getByLabel('API address').fill(`${sheets.url}/`);
    await page.getByRole('button', { name: 'Save and check connection' }).click();
    await page.getByText(`Connected as ${key.client_email}`).waitFor();
    await page.getByText('Connection works.').waitFor();

    // Settings: the spreadsheet list comes from Drive, the tabs from the chosen spreadsheet.
    const spreadsheetPicker = page.getByLabel('Spreadsheet', { exact: true });
    await eventually(async () =>
      expect(await spreadsheetPicker.locator('option').allTextContents()).toEqual([
        'Choose…',
        'Supplier prices',
        'Shop orders',
      ]),
    );
    await spreadsheetPicker.selectOption({ label: 'Shop orders' });
    const sheetPicker = page.getByLabel('Sheet', { exact: true });
    await eventually(async () =>
      expect(await sheetPicker.locator('option').allTextContents()).toEqual([
        'Choose…',
        'Drafts',
        'Paid orders',
      ]),
    );
    await sheetPicker.selectOption('Paid orders');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved', { exact: true }).first().waitFor();

    expect(await seriousViolations(page)).toEqual([]);

    // Test data: read the sheet now; its columns become the variables.
    await page.getByRole('button', { name: 'Load from Google Sheets' }).click();
    await page.getByText('Read from Google Sheets just now').waitFor();
    await page.getByRole('cell', { name: 'bia@example.com' }).waitFor();
    for (const column of ['Name', 'Email', 'Amount']) {
      await page.getByRole('cell', { name: column, exact: true }).waitFor();
    }
    // Reopened, the source panel shows the chosen system as a summary instead of the list.
    await page.getByRole('button', { name: 'Close panel' }).click();
    await page.getByRole('button', { name: 'Source: Google Sheets' }).click();
    await page.getByRole('button', { name: 'Change system' }).waitFor();
    // Reopening shows the stored sample (none yet) again, so read the sheet once more.
    await page.getByRole('button', { name: 'Load from Google Sheets' }).click();
    await page.getByRole('cell', { name: 'bia@example.com' }).waitFor();
    await screenshotWholePanel(page, join(SCREENSHOTS, 'editor-sheets.png'), 2000);

    // Receiver: e-mail through the SMTP sandbox, mapped from the sheet's columns.
    await page.getByRole('button', { name: '+ Add receiver' }).click();
    await page.getByRole('radio', { name: 'E-mail (SMTP)' }).check();
    await page.getByLabel('SMTP server').fill('127.0.0.1');
    await page.getByLabel('Port', { exact: true }).fill(String(smtp.port));
    await page.getByLabel('Security').selectOption('none');
    await page.getByLabel('From address').fill('shop@example.com');
    await page.getByRole('button', { name: 'Save and check connection' }).click();
    await page.getByText('Connection works.').waitFor();

    await page.getByRole('button', { name: 'Insert variable into To' }).click();
    await page.getByRole('button', { name: 'Email', exact: true }).click();
    await page.getByLabel('Subject', { exact: true }).fill('Thanks for your order, ');
    await page.getByRole('button', { name: 'Insert variable into Subject' }).click();
    await page.getByRole('button', { name: 'Name', exact: true }).click();
    await page
      .getByLabel('Text body', { exact: true })
      .fill('Hello {{ Name }}, we received {{ Amount }}. (row {{ _row }})');
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('{{ Email }}');
    await page.getByRole('button', { name: 'Save mapping' }).click();
    await page.getByText('Saved', { exact: true }).first().waitFor();

    // Auto-update: two times of day on weekdays, on Lisbon time.
    await page.getByRole('button', { name: 'Auto-update', exact: true }).click();
    await page.getByRole('radio', { name: 'At times of day' }).check();
    await page
      .getByText(
        'A time must be more than 5 minutes ahead to be used today: a time 5 minutes or less from now has its first run tomorrow at that time instead.',
      )
      .waitFor();
    // One time 2 minutes away (too soon for today), one 3 hours away.
    const now = Date.now();
    const times = [wallClock(now + 2 * 60_000, SCHEDULE_ZONE).time];
    times.push(wallClock(now + 3 * 3_600_000, SCHEDULE_ZONE).time);
    await page.getByLabel('Time 1', { exact: true }).fill(times[0]);
    await page.getByRole('button', { name: '+ Add a time' }).click();
    await page.getByLabel('Time 2', { exact: true }).fill(times[1]);
    await page.getByRole('checkbox', { name: 'Saturday' }).uncheck();
    await page.getByRole('checkbox', { name: 'Sunday' }).uncheck();
    await page.getByLabel('Time zone').selectOption(SCHEDULE_ZONE);
    await page.getByRole('radio', { name: 'All existing items' }).check();

    const savedAt = Date.now();
    const expected = firstScheduledRun(times, WEEKDAYS, SCHEDULE_ZONE, savedAt);
    const preview = page.getByRole('status').filter({ hasText: 'If you save now.' });
    await preview.waitFor();
    const previewText = (await preview.locator('strong').textContent()) ?? '';
    expect(previewText).toMatch(/^Next run: /);
    await screenshotWholePanel(page, join(SCREENSHOTS, 'auto-update.png'), 1300);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save auto-update' }).click();
    await page.getByText('Saved', { exact: true }).first().waitFor();
    // The set-up's last step: the connection starts off, and runs on its schedule once on.
    await page.getByRole('button', { name: 'Switch on', exact: true }).click();
    await page.getByRole('switch', { name: 'On' }).waitFor();
    // What the panel promised is what the connection now says, in the top bar too.
    await eventually(async () =>
      expect(await page.getByText(previewText, { exact: true }).count()).toBe(2),
    );
    const saved = await page.evaluate(
      (path) => fetch(`/api${path}`).then((r) => r.json()),
      connectionPath,
    );
    expect(saved.trigger).toEqual({
      type: 'schedule',
      times,
      weekdays: WEEKDAYS,
      timezone: SCHEDULE_ZONE,
    });
    expect(saved.nextRunAt).toBe(expected.toISOString());
    expect(new Date(saved.nextRunAt).getTime()).toBeGreaterThan(savedAt + 5 * 60_000);

    // Run once: the run reads both rows and sends two e-mails.
    await page.getByRole('button', { name: 'Run once' }).click();
    await page.getByText('Run started.').waitFor();
    const ana = await smtp.waitForMessage((m) => m.to.includes('ana@example.com'), 20_000);
    expect(ana.subject).toBe('Thanks for your order, Ana');
    expect(ana.text).toBe('Hello Ana, we received 49.90. (row 2)');
    const bia = await smtp.waitForMessage((m) => m.to.includes('bia@example.com'), 20_000);
    expect(bia.subject).toBe('Thanks for your order, Bia');
    expect(smtp.messages()).toHaveLength(2);

    await page.getByRole('link', { name: 'View this run' }).click();
    await page.getByRole('heading', { name: 'Run details' }).waitFor();
    await eventually(async () =>
      expect(await page.getByText('Succeeded', { exact: true }).count()).toBe(1),
    );
    await page.getByRole('heading', { name: /^Item 2/ }).waitFor();
    // The summary's "Delivered" column, then each item's e-mail delivery.
    await eventually(async () =>
      expect(await page.getByText('Delivered', { exact: true }).count()).toBe(3),
    );
    expect(await page.getByText('Attempts: 1', { exact: true }).count()).toBe(2);
    await page.getByText('Thanks for your order, Bia', { exact: true }).first().waitFor();
    await page.getByText('What E-mail (SMTP) answered').first().waitFor();
    await page.getByText('Data received').first().click();
    await page.getByText('"Email": "ana@example.com"').waitFor();

    // The connection's history lists the run as started by hand.
    await page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('link', { name: 'Run history' })
      .click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{36}\/runs$/);
    await page.getByRole('cell', { name: 'Run once' }).waitFor();

    // The sandbox saw the pickers' reads and the run's read of the chosen tab.
    const reads = sheets.requests().filter((r) => r.path.includes(spreadsheet.id));
    expect(reads.some((r) => decodeURIComponent(r.path).includes('Paid orders'))).toBe(true);
  });
});
