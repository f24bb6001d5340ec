import { GoogleSheetsSandbox, PortmoneSandbox, SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';
import {
  createFirstConnection,
  saveAccount,
  saveMapping,
  signUpIn,
  switchOnFromLastStep,
} from './support/seed-walk';

/** "HH:MM" on Kyiv's wall clock, `ahead` ms from now. */
function kyivTime(ahead: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Kyiv',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(Date.now() + ahead));
}

/**
 * ApiX-Drive's article on the Portmone receiver, in Ukrainian, on the sandboxes: rows of a
 * Google Sheet become Portmone invoices sent by e-mail. The account (merchant ID, login,
 * password), the required fields (payer's name, e-mail, amount), the test data and "send test
 * data to Portmone", then auto-update at times of day with the 5-minute rule, "only after
 * another connection", the switch and a single run. The instance has mail of its own, so the
 * user needs no e-mail account of their own.
 */
describe('Portmone invoices by e-mail from a sheet, as the article tells it (uk)', () => {
  let server: FluxoServer;
  let sheets: GoogleSheetsSandbox;
  let portmone: PortmoneSandbox;
  let smtp: SmtpSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [sheets, portmone, smtp, browser] = await Promise.all([
      GoogleSheetsSandbox.start(),
      PortmoneSandbox.start(),
      SmtpSandbox.start({ port: 0 }),
      launchChromium(),
    ]);
    portmone.seedPayee({ payeeId: '2204', login: 'kavarnia', password: 'p4r0l' });
    sheets.seedSpreadsheet({
      title: 'Замовлення',
      sheets: [
        {
          title: 'Рахунки',
          rows: [
            ['name', 'email', 'amount'],
            ['Олена Коваль', 'olena@klient.example', '450.00'],
            ['Тарас Мельник', 'taras@klient.example', '120.50'],
          ],
        },
      ],
    });
    server = await startFluxoServer({
      FLUXO_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      FLUXO_SMTP_FROM: 'Кав’ярня <rakhunky@kavarnia.example>',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([sheets?.stop(), portmone?.stop(), smtp?.stop()]);
  });

  it('should send a test invoice, schedule times of day with the 5-minute rule and invoice every row once', async () => {
    const walker = await signUpIn(browser, server.baseUrl, 'uk', 'portmone@kavarnia.example');
    const { page, words } = walker;
    await createFirstConnection(walker, 'Рахунки з таблиці');

    // The source the article suggests: rows of a Google Sheet.
    await page.getByRole('radio', { name: 'Google Sheets' }).check();
    const key = sheets.createServiceAccountKey('kavarnia');
    await saveAccount(walker, 'Google кав’ярні', [
      ['Ключ сервісного акаунта (JSON)', JSON.stringify(key)],
      ['Адреса API', `${sheets.url}/`],
    ]);
    const spreadsheet = page.getByLabel('Таблиця', { exact: true });
    await eventually(async () =>
      expect(await spreadsheet.locator('option').allTextContents()).toContain('Замовлення'),
    );
    await spreadsheet.selectOption({ label: 'Замовлення' });
    const sheet = page.getByLabel('Аркуш', { exact: true });
    await eventually(async () =>
      expect(await sheet.locator('option').allTextContents()).toContain('Рахунки'),
    );
    await sheet.selectOption('Рахунки');
    await page.getByRole('button', { name: 'Зберегти налаштування' }).click();
    await page.getByText(words.saved, { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Завантажити з Google Sheets' }).click();
    await page.getByRole('cell', { name: 'taras@klient.example' }).first().waitFor();

    // "Виберіть систему Приймача даних … Portmone", and "Створити та відправити рахунок по email".
    await page.getByRole('button', { name: words.addReceiver }).click();
    await page.getByRole('radio', { name: 'Portmone' }).check();
    await page.getByRole('radio', { name: 'Створити й надіслати рахунок e-mail' }).check();
    // "ID мерчанта, Логін, Пароль".
    await saveAccount(walker, 'Portmone кав’ярні', [
      ['ID одержувача (мерчанта)', '2204'],
      ['Логін', 'kavarnia'],
      ['Пароль', 'p4r0l'],
      ['Адреса API', portmone.url],
    ]);
    // "Ім'я платника, E-mail платника, Сума оплати"; the invoice goes out through the
    // instance's mail, which is chosen for the user.
    expect(
      await page
        .getByLabel('Надіслати з поштового акаунта', { exact: true })
        .locator('option:checked')
        .textContent(),
    ).toContain('Пошта цього сервера Fluxo');
    await saveMapping(walker, [
      ['Ім’я платника', '{{ name }}'],
      ['E-mail платника', '{{ email }}'],
      ['Сума', '{{ amount }}'],
      ['Опис', 'Замовлення в кав’ярні'],
    ]);

    // "Тепер ви можете побачити тестові дані рахунку … Надіслати тестові дані в Portmone".
    await page.getByRole('button', { name: 'Попередній перегляд' }).click();
    await page.getByText('Саме це й буде надіслано:').waitFor();
    await page.getByRole('button', { name: 'Надіслати тестові дані в Portmone' }).click();
    await page.getByText('Надіслано! Portmone прийняв тестові дані.').waitFor();
    const testInvoice = await smtp.waitForMessage((m) => m.to.includes('taras@klient.example'));
    expect(testInvoice.from).toContain('rakhunky@kavarnia.example');
    expect(portmone.listBills()).toHaveLength(1);
    // The preview and the test's result, where the article shows its "test data" screen.
    await page.getByText('Надіслано! Portmone прийняв тестові дані.').scrollIntoViewIfNeeded();
    await walker.screenshot('seed-portmone-test-data', 0);

    // Auto-update: "only after another connection" needs another connection; times of day,
    // one of them 2 minutes away, which the 5-minute rule moves to tomorrow.
    await page.getByRole('button', { name: words.autoUpdate, exact: true }).click();
    await page.getByRole('radio', { name: 'Лише після іншого з’єднання' }).check();
    await page.getByText('У вас ще немає іншого з’єднання. Спершу створіть його.').waitFor();
    await page.getByRole('radio', { name: 'У певний час дня' }).check();
    await page
      .getByText(
        'Щоб час спрацював сьогодні, до нього має лишатися більше 5 хвилин: якщо лишилося 5 хвилин або менше, перший запуск відбудеться завтра в той самий час.',
      )
      .waitFor();
    await page.getByLabel('Часовий пояс').selectOption('Europe/Kyiv');
    await page.getByLabel('Час 1', { exact: true }).fill(kyivTime(2 * 60_000));
    await page.getByRole('button', { name: '+ Додати час' }).click();
    await page.getByLabel('Час 2', { exact: true }).fill(kyivTime(3 * 3_600_000));
    await page.getByRole('radio', { name: 'Усі наявні записи' }).check();
    await page.getByRole('button', { name: 'Зберегти автооновлення' }).click();
    await page.getByText(words.saved, { exact: true }).first().waitFor();
    await switchOnFromLastStep(walker, { held: false });
    const saved = await page.evaluate(
      (path) => fetch(`/api${path}`).then((r) => r.json()),
      new URL(page.url()).pathname,
    );
    expect(saved.trigger).toMatchObject({ type: 'schedule', timezone: 'Europe/Kyiv' });
    expect(saved.trigger.times).toHaveLength(2);
    // The time 2 minutes away waits for tomorrow: no run starts within 5 minutes.
    expect(Date.parse(saved.nextRunAt)).toBeGreaterThan(Date.now() + 5 * 60_000);
    await walker.screenshot('seed-portmone-auto-update', 1500);

    // "Для того щоб виконати разове спрацювання": run once — an invoice for each row.
    await page.getByRole('button', { name: words.runOnce }).click();
    const olena = await smtp.waitForMessage((m) => m.to.includes('olena@klient.example'));
    expect(olena.from).toContain('rakhunky@kavarnia.example');
    await eventually(() =>
      expect(smtp.messages().filter((m) => m.to.includes('taras@klient.example'))).toHaveLength(2),
    );
    await eventually(() => expect(portmone.listBills()).toHaveLength(3));
  });
});
