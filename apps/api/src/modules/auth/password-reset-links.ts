import { randomBytes } from 'node:crypto';
import type { PasswordForgotDto } from '@fluxo/contracts';
import { hashToken } from './token-hash';

/** A link works for an hour, once. */
export const RESET_LINK_TTL_MS = 60 * 60 * 1000;

interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Stores a new single-use token for the user (only its hash) and returns the token. The token
 * travels in the link's fragment, which browsers never send to a server or write to its logs.
 */
export async function storeResetToken(db: Queryable, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query(
    `INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`,
    [hashToken(token), userId, new Date(Date.now() + RESET_LINK_TTL_MS)],
  );
  return token;
}

export function resetLinkOf(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/reset-password#token=${token}`;
}

/** The reset e-mail, in the language the person asked in. */
export function resetMailIn(
  locale: PasswordForgotDto['locale'],
  link: string,
): { subject: string; text: string } {
  const words = RESET_MAIL[locale];
  return { subject: words.subject, text: `${words.body}\n\n${link}\n\n${words.ignore}` };
}

const RESET_MAIL: Record<
  PasswordForgotDto['locale'],
  { subject: string; body: string; ignore: string }
> = {
  en: {
    subject: 'Set a new Fluxo password',
    body: 'Someone asked to set a new password for your Fluxo account. Open this link within an hour to choose it:',
    ignore: 'If it was not you, ignore this e-mail: your password stays as it is.',
  },
  'pt-BR': {
    subject: 'Defina uma nova senha do Fluxo',
    body: 'Alguém pediu para definir uma nova senha para a sua conta do Fluxo. Abra este link em até uma hora para escolhê-la:',
    ignore: 'Se não foi você, ignore este e-mail: sua senha continua a mesma.',
  },
  es: {
    subject: 'Elige una nueva contraseña de Fluxo',
    body: 'Alguien pidió elegir una nueva contraseña para tu cuenta de Fluxo. Abre este enlace antes de una hora para elegirla:',
    ignore: 'Si no fuiste tú, ignora este correo: tu contraseña sigue igual.',
  },
  uk: {
    subject: 'Новий пароль до Fluxo',
    body: 'Хтось попросив задати новий пароль до вашого акаунта Fluxo. Відкрийте це посилання протягом години, щоб його обрати:',
    ignore: 'Якщо це були не ви, просто проігноруйте цей лист: пароль залишиться тим самим.',
  },
  nb: {
    subject: 'Velg et nytt passord for Fluxo',
    body: 'Noen ba om å velge et nytt passord for Fluxo-kontoen din. Åpne denne lenken innen en time for å velge det:',
    ignore:
      'Var det ikke deg, kan du se bort fra denne e-posten: passordet ditt forblir som det er.',
  },
};
