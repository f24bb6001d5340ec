import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SmtpSandbox } from '@fluxo/sandboxes';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/browser';
import { startFluxoServer, type FluxoServer } from './support/fluxo-server';

const SCREENSHOTS = resolve(__dirname, '../../../docs/screenshots');
const PASSWORD = 'correct horse battery';

/** The link in an invitation or reset e-mail. */
function linkIn(text: string, path: 'invitation' | 'reset-password'): string {
  const match = new RegExp(`https?://\\S+/${path}#token=[\\w-]{43}`).exec(text);
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return match[0];
}

/**
 * A team in the browser, each person in their own language: a Ukrainian owner invites a
 * Brazilian editor and a Spanish viewer through the instance's mail; each accepts in a browser
 * of their own; the viewer sees no editing controls and the API refuses its writes. And a
 * Norwegian who forgot the password sets a new one from the e-mailed link.
 */
describe('Team: invitations, roles and a forgotten password (Chromium, SMTP sandbox)', () => {
  let server: FluxoServer;
  let smtp: SmtpSandbox;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    smtp = await SmtpSandbox.start({ port: 0 });
    server = await startFluxoServer({
      FLUXO_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      FLUXO_SMTP_FROM: 'Fluxo <fluxo@shop.example>',
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
  });

  async function browserIn(locale: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    await context.addInitScript((chosen) => localStorage.setItem('fluxo.locale', chosen), locale);
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  /**
   * Fills the Team page's form; `byKeyboard` does it without the mouse: Tab from the e-mail to
   * the role, arrows to pick it, Tab to the button, Enter.
   */
  async function invite(
    owner: Page,
    email: string,
    role: string,
    byKeyboard = false,
  ): Promise<string> {
    if (byKeyboard) {
      await owner.getByLabel('Електронна пошта').focus();
      await owner.keyboard.type(email);
      await owner.keyboard.press('Tab');
      await owner.keyboard.press('ArrowDown');
      const focusedRole = await owner.evaluate(
        () => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent,
      );
      expect(focusedRole).toBe(role);
      await owner.keyboard.press('Tab');
      await owner.keyboard.press('Enter');
    } else {
      await owner.getByLabel('Електронна пошта').fill(email);
      await owner.getByLabel('Роль', { exact: true }).selectOption({ label: role });
      await owner.getByRole('button', { name: 'Надіслати запрошення' }).click();
    }
    await owner.getByText(`Запрошення надіслано на ${email}`).waitFor();
    const mail = await smtp.waitForMessage((m) => m.to.includes(email));
    expect(mail.subject).toMatch(/^Запрошення до .+ у Fluxo$/);
    return linkIn(mail.text ?? '', 'invitation');
  }

  async function acceptAsNewcomer(
    locale: string,
    link: string,
    words: { password: string; join: string },
  ) {
    const page = await browserIn(locale);
    await page.goto(link);
    await page.getByLabel(words.password).fill(PASSWORD);
    const violations = await seriousViolations(page);
    await page.getByRole('button', { name: words.join }).click();
    await page.waitForURL(/\/connections$/);
    return { page, violations };
  }

  it('should let an owner invite an editor and a viewer who join in their own browsers and languages', async () => {
    const owner = await browserIn('uk');
    await owner.goto(`${server.baseUrl}/signup`);
    await owner.getByLabel('Електронна пошта').fill('olena@shop.example');
    await owner.getByLabel('Пароль', { exact: true }).fill(PASSWORD);
    await owner.getByRole('button', { name: 'Створити акаунт' }).click();
    await owner.waitForURL(/\/connections$/);
    const created = await owner.request.post(`${server.baseUrl}/api/connections`, {
      data: { name: 'Оплати PagHiper' },
    });
    expect(created.status()).toBe(201);

    await owner.getByRole('link', { name: 'Команда' }).click();
    await owner.getByRole('heading', { name: 'Запросити колегу' }).waitFor();
    const editorLink = await invite(owner, 'joao@agencia.example', 'Редактор');
    const viewerLink = await invite(owner, 'lucia@contabilidad.example', 'Глядач', true);
    const teamViolations = await seriousViolations(owner);

    const editor = await acceptAsNewcomer('pt-BR', editorLink, {
      password: 'Nova senha',
      join: 'Entrar no espaço de trabalho',
    });
    await editor.page.getByRole('button', { name: 'Nova conexão' }).waitFor();

    const viewer = await acceptAsNewcomer('es', viewerLink, {
      password: 'Nueva contraseña',
      join: 'Unirme al espacio de trabajo',
    });
    await viewer.page.getByText('Puedes ver este espacio de trabajo, pero no cambiarlo.').waitFor();
    await viewer.page.getByRole('link', { name: 'Оплати PagHiper', exact: true }).waitFor();
    const viewerControls = {
      newConnection: await viewer.page.getByRole('button', { name: 'Nueva conexión' }).count(),
      switches: await viewer.page.getByRole('switch').count(),
      deletes: await viewer.page.getByRole('button', { name: /Eliminar/ }).count(),
    };
    await viewer.page.screenshot({ path: join(SCREENSHOTS, 'team-viewer.png') });
    await viewer.page.getByRole('link', { name: 'Оплати PagHiper', exact: true }).click();
    await viewer.page.waitForURL(/\/connections\/[\w-]+\/runs$/);
    const refused = await viewer.page.request.post(`${server.baseUrl}/api/connections`, {
      data: { name: 'Não devia' },
    });

    await owner.reload();
    await owner.getByRole('button', { name: 'Вилучити lucia@contabilidad.example' }).waitFor();
    const accepted = await owner.getByRole('cell', { name: 'Прийнято', exact: true }).count();
    const roles = await owner
      .getByRole('combobox', { name: /^Роль / })
      .evaluateAll((selects) =>
        selects.map((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent),
      );
    await owner.screenshot({ path: join(SCREENSHOTS, 'team.png'), fullPage: true });
    // The owner's activity log says it in words.
    await owner.getByRole('link', { name: 'Журнал дій' }).click();
    await owner.getByText('запросив lucia@contabilidad.example з роллю «Глядач»').waitFor();
    const joinedRows = await owner.getByRole('cell', { name: /^приєднався з роллю/ }).count();
    const auditViolations = await seriousViolations(owner);

    expect(teamViolations).toEqual([]);
    expect(editor.violations).toEqual([]);
    expect(viewerControls).toEqual({ newConnection: 0, switches: 0, deletes: 0 });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).code).toBe('ROLE_REFUSED');
    expect(roles).toEqual(['Власник', 'Редактор', 'Глядач']);
    expect(accepted).toBe(2);
    expect(joinedRows).toBe(2);
    expect(auditViolations).toEqual([]);
  });

  it('should send a Norwegian who forgot the password a link that sets a new one', async () => {
    const signup = await browserIn('nb');
    await signup.goto(`${server.baseUrl}/signup`);
    await signup.getByLabel('E-post').fill('ingrid@butikk.example');
    await signup.getByLabel('Passord', { exact: true }).fill(PASSWORD);
    await signup.getByRole('button', { name: 'Opprett konto' }).click();
    await signup.waitForURL(/\/connections$/);

    const page = await browserIn('nb');
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('link', { name: 'Glemt passordet?' }).click();
    // The sign-in form has an "E-post" field too: fill the one of the page the link opens.
    await page.getByRole('heading', { name: 'Velg et nytt passord' }).waitFor();
    await page.getByLabel('E-post').fill('ingrid@butikk.example');
    // The answer, then the mail: the "link is on its way" notice itself is the page spec's.
    const [asked] = await Promise.all([
      page.waitForResponse((answer) => answer.url().endsWith('/api/auth/password/forgot')),
      page.getByRole('button', { name: 'Send lenken' }).click(),
    ]);
    expect(asked.status()).toBe(202);
    const mail = await smtp.waitForMessage((m) => m.to.includes('ingrid@butikk.example'));
    await page.goto(linkIn(mail.text ?? '', 'reset-password'));
    await page.getByLabel('Nytt passord').fill('et helt nytt passord');
    await page.getByRole('button', { name: 'Lagre det nye passordet' }).click();
    await page.waitForURL(/\/connections$/);
    // The old session of the person ended with the reset.
    const oldSession = await signup.request.get(`${server.baseUrl}/api/auth/me`);

    expect(mail.subject).toBe('Velg et nytt passord for Fluxo');
    expect(oldSession.status()).toBe(401);
  });
});
