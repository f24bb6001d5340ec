import {
  defineSource,
  safeEqual,
  type ConnectorContext,
  InboundRejectedError,
  type InboundRequest,
  SignatureRejectedError,
  type SourceItem,
} from '@fluxo/connector-sdk';
import { callPagHiper, PagHiperRejectedError } from './client';
import {
  paghiperDateToIso,
  pagHiperSourceFields,
  type PagHiperSourceContext,
  tickedKinds,
  transactionSample,
  transactionVariables,
} from './transaction';

/** The notification's form fields (PagHiper posts `application/x-www-form-urlencoded`). */
function formField(request: Pick<InboundRequest, 'body'>, name: string): string {
  const body =
    request.body && typeof request.body === 'object'
      ? (request.body as Record<string, unknown>)
      : {};
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' || typeof first === 'number' ? String(first).trim() : '';
}

/**
 * PagHiper signs nothing; its notification carries the account's apiKey (per PagHiper's docs,
 * not confirmed in its plugin). A wrong key is refused. A call without one is let through: the
 * run resolves it with PagHiper using the account's own token, so a forged id finds nothing.
 */
/** PagHiper's notification POST carries the account's API key (and, some say, its token). */
export const PAGHIPER_SECRET_BODY_PATHS = ['apiKey', 'token'] as const;

export function verifyPagHiperNotification(
  request: Pick<InboundRequest, 'body'>,
  ctx: Pick<ConnectorContext, 'credentials' | 'logger'>,
): void {
  const expected = String(ctx.credentials['apiKey'] ?? '').trim();
  if (!expected) {
    throw new SignatureRejectedError(
      'The PagHiper account has no API key yet, so Fluxo cannot check this notification.',
    );
  }
  if (!formField(request, 'transaction_id') || !formField(request, 'notification_id')) {
    throw new InboundRejectedError(
      422,
      'INVALID_NOTIFICATION',
      'This is not a PagHiper notification: it has no transaction_id or notification_id.',
    );
  }
  const given = formField(request, 'apiKey');
  if (!given) {
    ctx.logger.debug('PagHiper notification without apiKey; PagHiper will confirm it in the run');
    return;
  }
  if (!safeEqual(expected, given)) {
    throw new SignatureRejectedError(
      'The notification carries another API key than the PagHiper account, so it was refused.',
    );
  }
}

export function parsePagHiperNotification(request: Pick<InboundRequest, 'body'>): SourceItem[] {
  const notification = {
    notification_id: formField(request, 'notification_id'),
    transaction_id: formField(request, 'transaction_id'),
    notification_date: formField(request, 'notification_date') || null,
  };
  if (!notification.notification_id || !notification.transaction_id) return [];
  const occurredAt = paghiperDateToIso(notification.notification_date);
  return [
    {
      // A re-sent notification keeps its id; each new status gets a new notification.
      key: `${notification.transaction_id}:${notification.notification_id}`,
      payload: { notification },
      ...(occurredAt ? { occurredAt } : {}),
    },
  ];
}

/**
 * Resolves the notification through PagHiper's notification call. It does not say whether it
 * is about a boleto or a PIX charge (different endpoints), so each ticked kind is asked in turn
 * until one knows it.
 */
export async function hydratePagHiperNotification(
  payload: Record<string, unknown>,
  ctx: PagHiperSourceContext,
): Promise<Record<string, unknown>> {
  const notification = (payload['notification'] ?? {}) as Record<string, string>;
  const kinds = tickedKinds(ctx);
  let lastRejection: PagHiperRejectedError | undefined;
  for (const kind of kinds) {
    try {
      const answer = await callPagHiper(ctx, kind, 'notification', {
        notification_id: notification['notification_id'],
        transaction_id: notification['transaction_id'],
      });
      const variables = transactionVariables(answer, kind);
      const status = String(variables['status'] ?? '');
      const result: Record<string, unknown> = {
        ...variables,
        notification,
        // The same status may be notified twice; a host that wants one item per state can
        // dedupe on this, the polling source's key.
        _statusKey: `${variables['transaction_id']}:${status}`,
      };
      const { statuses } = ctx.settings;
      if (statuses.length && !statuses.includes(status)) {
        return { ...result, _ignored: `The status "${status}" is not ticked in this step.` };
      }
      return result;
    } catch (error) {
      if (!(error instanceof PagHiperRejectedError) || error.httpStatus === 401) throw error;
      lastRejection = error;
    }
  }
  // Unknown to PagHiper: a forged or stale call to a URL anyone may know. Ignoring it (not
  // failing the run) keeps such calls from switching the connection off after a failure streak.
  return {
    notification,
    _ignored: `PagHiper does not know this notification${
      lastRejection ? ` (${lastRejection.message})` : ''
    }; nothing was sent.`,
  };
}

export const paymentNotificationSource = defineSource({
  key: 'payment-notification',
  name: 'Payment notification',
  description:
    "Starts at once when PagHiper notifies a boleto's or PIX charge's new status on this " +
    "connection's URL (set it as the notification URL of your charges). PagHiper sends no " +
    'tracking (UTM) variables.',
  kind: 'instant',
  requiresAccount: true,
  fields: pagHiperSourceFields,
  verify: (request, ctx) => verifyPagHiperNotification(request, ctx),
  secretBodyPaths: PAGHIPER_SECRET_BODY_PATHS,
  parse: (request) => parsePagHiperNotification(request),
  hydrate: hydratePagHiperNotification,
  sample: {
    ...transactionSample,
    notification: {
      notification_id: 'A1B2C3D4E5F60718293A4B5C6D7E8F90',
      transaction_id: 'HF97T5SH2ZQNLF6Z',
      notification_date: '2026-03-03 09:12:41',
    },
  },
});
