import {
  defineField,
  defineSource,
  type SettingsOf,
  type SourceItem,
  textOrNull,
  type TypedContext,
} from '@fluxo/connector-sdk';
import { getMercadoPagoResource } from './client';
import {
  hydrateNotification,
  MERCADO_PAGO_EVENTS,
  parseNotification,
  paymentEvent,
  verifyNotification,
} from './notifications.source';
import { paymentVariables } from './variables';

/** Mercado Pago pages its search by at most 1000; this bounds one poll to 5,000 payments. */
export const SEARCH_PAGE_SIZE = 1000;
export const SEARCH_MAX_PAGES = 5;
/** The first poll reads the last day; later polls start a minute before the last one seen. */
const FIRST_POLL_LOOK_BACK_MS = 86_400_000;
const OVERLAP_MS = 60_000;

export interface PaymentsCursor {
  /** `date_last_updated` of the newest payment seen (ISO). */
  since: string;
}

const paymentsPolledFields = [
  defineField({
    key: 'events',
    label: 'Events',
    type: 'multi-select',
    required: true,
    options: MERCADO_PAGO_EVENTS.filter(({ value }) => value.startsWith('payment-')).map(
      ({ value, label }) => ({ value, label }),
    ),
    help: 'Tick the payment changes that should start this connection.',
  }),
] as const;

type PaymentsContext = TypedContext<SettingsOf<typeof paymentsPolledFields>>;

/**
 * Reads the payments updated since the last poll (`GET /v1/payments/search`, by
 * date_last_updated) and emits each ticked status change once. Its key is the one a payment
 * notification gets once read (`payment:<id>:<status>`), so a connection that also takes
 * notifications never sends a change twice.
 */
export async function pollPayments(
  ctx: PaymentsContext,
  cursor: unknown,
  now: number = Date.now(),
): Promise<{ items: SourceItem[]; cursor: PaymentsCursor }> {
  const previous = (cursor as Partial<PaymentsCursor> | undefined)?.since;
  const begin = previous
    ? new Date(Date.parse(previous) - OVERLAP_MS)
    : new Date(now - FIRST_POLL_LOOK_BACK_MS);
  let since = previous ?? begin.toISOString();
  const items: SourceItem[] = [];
  for (let page = 0; page < SEARCH_MAX_PAGES; page++) {
    const query = new URLSearchParams({
      sort: 'date_last_updated',
      criteria: 'asc',
      range: 'date_last_updated',
      begin_date: begin.toISOString(),
      end_date: new Date(now).toISOString(),
      limit: String(SEARCH_PAGE_SIZE),
      offset: String(page * SEARCH_PAGE_SIZE),
    });
    const answer = await getMercadoPagoResource(
      ctx,
      `/v1/payments/search?${query.toString()}`,
      'your payments',
    );
    const results = Array.isArray(answer['results'])
      ? (answer['results'] as Record<string, unknown>[])
      : [];
    for (const payment of results) {
      const id = textOrNull(payment['id']);
      const status = textOrNull(payment['status']);
      const updated = textOrNull(payment['date_last_updated']);
      if (updated && Date.parse(updated) > Date.parse(since)) since = updated;
      const event = status ? paymentEvent(status) : null;
      if (!id || !event || !ctx.settings.events.includes(event)) continue;
      const statusKey = `payment:${id}:${status}`;
      items.push({
        key: statusKey,
        payload: { event, ...paymentVariables(payment), _statusKey: statusKey },
        ...(updated && !Number.isNaN(Date.parse(updated))
          ? { occurredAt: new Date(updated).toISOString() }
          : {}),
      });
    }
    if (results.length < SEARCH_PAGE_SIZE) break;
  }
  return { items, cursor: { since } };
}

export const paymentsPolledSource = defineSource({
  key: 'payments-polled',
  name: 'Payments (polled)',
  description:
    'Reads your Mercado Pago payments every few minutes with the access token: for a shop whose ' +
    'one webhook URL another service (such as systeme.io) already uses.',
  kind: 'polling',
  defaultIntervalMinutes: 5,
  newItemsRule:
    "Each change of a payment's status is one new item, once: a change that also came by " +
    'notification is not sent again.',
  fields: paymentsPolledFields,
  poll: (ctx, cursor) => pollPayments(ctx, cursor),
  // Notifications to this connection's URL are taken at once, with the same keys.
  push: {
    verify: verifyNotification,
    parse: (request, eventId, ctx) => parseNotification(request, eventId, ctx),
    hydrate: hydrateNotification,
  },
});
