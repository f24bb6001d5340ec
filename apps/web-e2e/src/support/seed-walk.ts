import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { screenshotWholePanel } from './panel-screenshot';

/** Where the seed systems' walks leave their screenshots (copied to docs/screenshots/). */
export const SEED_SCREENSHOTS = resolve(__dirname, '../../screenshots');

/** The languages of the seed systems' help articles. */
export type ArticleLocale = 'pt-BR' | 'nb' | 'uk' | 'es';

/**
 * The editor's own words the walks click, written out in each article's language as the user
 * reads them (not looked up from the dictionaries, so a changed word shows up here).
 */
const WORDS = {
  'pt-BR': {
    email: 'E-mail',
    password: 'Senha',
    signUp: 'Criar conta',
    createFirst: 'Criar sua primeira conexão',
    connectionName: 'Nome da conexão',
    createConnection: 'Criar conexão',
    accountName: 'Nome da conta',
    saveAndCheck: 'Salvar e testar conexão',
    connectionWorks: 'A conexão funciona.',
    hookUrl: 'Endereço de recebimento',
    loadTestData: 'Carregar dados de teste',
    addReceiver: '+ Adicionar destino',
    saveMapping: 'Salvar mapeamento',
    saved: 'Salvo',
    autoUpdate: 'Atualização automática',
    lastStep: 'Último passo: ligar a conexão',
    switchOn: 'Ligar',
    switchOnProcess: 'Ligar e processar',
    on: 'Ligada',
    off: 'Desligada',
    runOnce: 'Executar agora',
    reports: 'Relatórios',
    storeChecklist: 'Checklist da loja',
    allGreen: 'Tudo verde',
    emailSystem: 'E-mail (SMTP)',
    smtpServer: 'Servidor SMTP',
    port: 'Porta',
    security: 'Segurança',
    fromAddress: 'Endereço do remetente',
    to: 'Para',
    subject: 'Assunto',
    textBody: 'Corpo em texto',
  },
  nb: {
    email: 'E-post',
    password: 'Passord',
    signUp: 'Opprett konto',
    createFirst: 'Lag din første kobling',
    connectionName: 'Navn på koblingen',
    createConnection: 'Opprett kobling',
    accountName: 'Navn på kontoen',
    saveAndCheck: 'Lagre og sjekk tilkoblingen',
    connectionWorks: 'Tilkoblingen fungerer.',
    hookUrl: 'Mottaksadresse',
    loadTestData: 'Hent testdata',
    addReceiver: '+ Legg til mottaker',
    saveMapping: 'Lagre tilordningen',
    saved: 'Lagret',
    autoUpdate: 'Automatisk oppdatering',
    lastStep: 'Siste steg: slå på koblingen',
    switchOn: 'Slå på',
    switchOnProcess: 'Slå på og behandle dem',
    on: 'På',
    off: 'Av',
    runOnce: 'Kjør én gang',
    reports: 'Rapporter',
    storeChecklist: 'Sjekkliste for butikken',
    allGreen: 'Alt grønt',
    emailSystem: 'E-post (SMTP)',
    smtpServer: 'SMTP-server',
    port: 'Port',
    security: 'Sikkerhet',
    fromAddress: 'Avsenderadresse',
    to: 'Til',
    subject: 'Emne',
    textBody: 'Tekstinnhold',
  },
  uk: {
    email: 'Електронна пошта',
    password: 'Пароль',
    signUp: 'Створити акаунт',
    createFirst: 'Створити перше з’єднання',
    connectionName: 'Назва з’єднання',
    createConnection: 'Створити з’єднання',
    accountName: 'Назва акаунта',
    saveAndCheck: 'Зберегти й перевірити підключення',
    connectionWorks: 'Підключення працює.',
    hookUrl: 'Адреса для отримання даних',
    loadTestData: 'Завантажити тестові дані',
    addReceiver: '+ Додати отримувача',
    saveMapping: 'Зберегти зіставлення',
    saved: 'Збережено',
    autoUpdate: 'Автооновлення',
    lastStep: 'Останній крок: увімкніть з’єднання',
    switchOn: 'Увімкнути',
    switchOnProcess: 'Увімкнути й обробити',
    on: 'Увімкнено',
    off: 'Вимкнено',
    runOnce: 'Запустити зараз',
    reports: 'Звіти',
    storeChecklist: 'Чеклист магазину',
    allGreen: 'Усе зелене',
    emailSystem: 'E-mail (SMTP)',
    smtpServer: 'SMTP-сервер',
    port: 'Порт',
    security: 'Захист',
    fromAddress: 'Адреса відправника',
    to: 'Кому',
    subject: 'Тема',
    textBody: 'Текст листа',
  },
  es: {
    email: 'Correo electrónico',
    password: 'Contraseña',
    signUp: 'Crear cuenta',
    createFirst: 'Crea tu primera conexión',
    connectionName: 'Nombre de la conexión',
    createConnection: 'Crear conexión',
    accountName: 'Nombre de la cuenta',
    saveAndCheck: 'Guardar y probar la conexión',
    connectionWorks: 'La conexión funciona.',
    hookUrl: 'Dirección de recepción',
    loadTestData: 'Cargar datos de prueba',
    addReceiver: '+ Agregar destino',
    saveMapping: 'Guardar asignación',
    saved: 'Guardado',
    autoUpdate: 'Actualización automática',
    lastStep: 'Último paso: activar la conexión',
    switchOn: 'Activar',
    switchOnProcess: 'Encender y procesarlas',
    on: 'Activa',
    off: 'Inactiva',
    runOnce: 'Ejecutar ahora',
    reports: 'Informes',
    storeChecklist: 'Lista de control de la tienda',
    allGreen: 'Todo en verde',
    emailSystem: 'Correo (SMTP)',
    smtpServer: 'Servidor SMTP',
    port: 'Puerto',
    security: 'Seguridad',
    fromAddress: 'Dirección del remitente',
    to: 'Para',
    subject: 'Asunto',
    textBody: 'Cuerpo de texto',
  },
} satisfies Record<ArticleLocale, Record<string, string>>;

export type Words = (typeof WORDS)[ArticleLocale];

/** One person's browser, in one article's language, signed up on a fresh workspace. */
export interface SeedWalker {
  page: Page;
  words: Words;
  locale: ArticleLocale;
  /**
   * Saves `name`.png: the editor's whole side panel in a window `panelHeight` tall, the full
   * page without it, or the window as it is with 0.
   */
  screenshot(name: string, panelHeight?: number): Promise<void>;
}

/** Opens a browser context in `locale` (the editor's and the browser's) and signs up. */
export async function signUpIn(
  browser: Browser,
  baseUrl: string,
  locale: ArticleLocale,
  email: string,
): Promise<SeedWalker> {
  mkdirSync(SEED_SCREENSHOTS, { recursive: true });
  const words = WORDS[locale];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
  await context.addInitScript((chosen) => localStorage.setItem('fluxo.locale', chosen), locale);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel(words.email, { exact: true }).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: words.signUp }).click();
  await page.waitForURL(/\/connections$/);
  return {
    page,
    words,
    locale,
    async screenshot(name, panelHeight) {
      const path = join(SEED_SCREENSHOTS, `${name}.png`);
      if (panelHeight) await screenshotWholePanel(page, path, panelHeight);
      else await page.screenshot({ path, fullPage: panelHeight === undefined });
    },
  };
}

/** From the empty list: names a new connection and opens its editor. */
export async function createFirstConnection({ page, words }: SeedWalker, name: string) {
  await page.getByRole('button', { name: words.createFirst }).click();
  await page.getByLabel(words.connectionName).fill(name);
  await page.getByRole('button', { name: words.createConnection }).click();
  await page.waitForURL(/\/connections\/[0-9a-f-]{36}$/);
}

/** The hook address the editor shows, once it is there. */
export async function hookUrlShown({ page, words }: SeedWalker): Promise<string> {
  const field = page.getByLabel(words.hookUrl);
  await eventually(async () => expect(await field.inputValue()).toMatch(/\/hooks\/[\w-]+$/));
  return field.inputValue();
}

/** Fills an account form's fields by their (translated) labels, then saves and checks it. */
export async function saveAccount(
  { page, words }: SeedWalker,
  name: string,
  fields: ReadonlyArray<readonly [label: string, value: string]>,
) {
  await page.getByLabel(words.accountName).fill(name);
  for (const [label, value] of fields) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByRole('button', { name: words.saveAndCheck }).click();
  await page.getByText(words.connectionWorks).waitFor();
}

/** Fills a receiver's mapping fields by their labels and saves the mapping. */
export async function saveMapping(
  { page, words }: SeedWalker,
  fields: ReadonlyArray<readonly [label: string, value: string]>,
) {
  for (const [label, value] of fields) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: words.saveMapping }).click();
  await page.getByText(words.saved, { exact: true }).first().waitFor();
}

/**
 * The guided set-up's last step: Auto-update → switch on. `held` says whether calls wait, in
 * which case they are processed as the connection goes on.
 */
export async function switchOnFromLastStep(
  { page, words }: SeedWalker,
  { held }: { held: boolean },
) {
  await page.getByRole('button', { name: words.autoUpdate, exact: true }).click();
  await page.getByRole('heading', { name: words.lastStep }).waitFor();
  await page.getByRole('button', { name: words.switchOn, exact: true }).click();
  if (held) await page.getByRole('button', { name: words.switchOnProcess }).click();
  await page.getByRole('switch', { name: words.on }).waitFor();
}

/** The reports page's store checklist, all green. */
export async function expectStoreAllGreen({ page, words }: SeedWalker, baseUrl: string) {
  await page.goto(`${baseUrl}/reports`);
  await page.getByRole('heading', { name: words.storeChecklist }).waitFor();
  await eventually(async () => {
    await page.reload();
    await page.getByRole('heading', { name: words.storeChecklist }).waitFor();
    expect(await page.getByText(words.allGreen, { exact: true }).count()).toBeGreaterThan(0);
  });
}

/** Adds an e-mail receiver with a new SMTP account on the sandbox, and maps it. */
export async function addEmailReceiver(
  walker: SeedWalker,
  smtpPort: number,
  message: { to: string; subject: string; text: string },
) {
  const { page, words } = walker;
  await page.getByRole('button', { name: words.addReceiver }).click();
  await page.getByRole('radio', { name: words.emailSystem }).check();
  await saveAccount(walker, 'Loja', [
    [words.smtpServer, '127.0.0.1'],
    [words.port, String(smtpPort)],
    [words.security, 'none'],
    [words.fromAddress, 'loja@example.com'],
  ]);
  await saveMapping(walker, [
    [words.to, message.to],
    [words.subject, message.subject],
    [words.textBody, message.text],
  ]);
}
