import { randomBytes } from 'node:crypto';
import type { CreateInvitationDto, InvitationState, Role } from '@fluxo/contracts';

/** An invitation works for 7 days, once. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh token; only its hash is stored. It travels in the link's fragment, never in logs. */
export const newInvitationToken = (): string => randomBytes(32).toString('base64url');

export function invitationLinkOf(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/invitation#token=${token}`;
}

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  invited_by_email: string | null;
  accepted_by_email: string | null;
  accepted_at: Date | null;
  revoked_at: Date | null;
  expires_at: Date;
  created_at: Date;
}

/** Revoked and accepted are facts; expired is the clock's (an accepted one never expires). */
export function invitationStateOf(
  row: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>,
  now = new Date(),
): InvitationState {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  if (row.expires_at <= now) return 'expired';
  return 'pending';
}

type Locale = NonNullable<CreateInvitationDto['locale']>;

/** The invitation e-mail, in the language the owner wrote it in. */
export function invitationMailIn(
  locale: Locale,
  details: { workspaceName: string; inviter: string; role: Role; link: string },
): { subject: string; text: string } {
  const words = INVITATION_MAIL[locale];
  return {
    subject: words.subject(details.workspaceName),
    text: [
      words.body(details.inviter, details.workspaceName, words.roles[details.role]),
      details.link,
      words.expiry,
    ].join('\n\n'),
  };
}

interface MailWords {
  subject(workspace: string): string;
  body(inviter: string, workspace: string, role: string): string;
  expiry: string;
  roles: Record<Role, string>;
}

const INVITATION_MAIL: Record<Locale, MailWords> = {
  en: {
    subject: (workspace) => `You are invited to ${workspace} on Fluxo`,
    body: (inviter, workspace, role) =>
      `${inviter} invites you to the Fluxo workspace “${workspace}” as ${role}. Open this link to accept:`,
    expiry: 'The link works once, for 7 days. If you did not expect it, ignore this e-mail.',
    roles: { owner: 'an owner', editor: 'an editor', viewer: 'a viewer' },
  },
  'pt-BR': {
    subject: (workspace) => `Você foi convidado para ${workspace} no Fluxo`,
    body: (inviter, workspace, role) =>
      `${inviter} convida você para o espaço de trabalho “${workspace}” do Fluxo como ${role}. Abra este link para aceitar:`,
    expiry:
      'O link funciona uma vez, por 7 dias. Se você não esperava por ele, ignore este e-mail.',
    roles: { owner: 'proprietário', editor: 'editor', viewer: 'leitor' },
  },
  es: {
    subject: (workspace) => `Te invitan a ${workspace} en Fluxo`,
    body: (inviter, workspace, role) =>
      `${inviter} te invita al espacio de trabajo “${workspace}” de Fluxo como ${role}. Abre este enlace para aceptar:`,
    expiry: 'El enlace funciona una vez, durante 7 días. Si no lo esperabas, ignora este correo.',
    roles: { owner: 'propietario', editor: 'editor', viewer: 'lector' },
  },
  uk: {
    subject: (workspace) => `Запрошення до ${workspace} у Fluxo`,
    body: (inviter, workspace, role) =>
      `${inviter} запрошує вас до робочого простору «${workspace}» у Fluxo з роллю «${role}». Відкрийте це посилання, щоб прийняти запрошення:`,
    expiry:
      'Посилання спрацює один раз і діє 7 днів. Якщо ви не чекали на нього, просто проігноруйте цей лист.',
    roles: { owner: 'власник', editor: 'редактор', viewer: 'глядач' },
  },
  nb: {
    subject: (workspace) => `Du er invitert til ${workspace} i Fluxo`,
    body: (inviter, workspace, role) =>
      `${inviter} inviterer deg til Fluxo-arbeidsområdet «${workspace}» som ${role}. Åpne denne lenken for å godta:`,
    expiry:
      'Lenken virker én gang, i 7 dager. Ventet du den ikke, kan du se bort fra denne e-posten.',
    roles: { owner: 'eier', editor: 'redaktør', viewer: 'leser' },
  },
};
