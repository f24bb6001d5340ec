import {
  type ConnectorContext,
  defineField,
  defineSource,
  type InboundRequest,
  recordAt,
  type SettingsOf,
  type SourceItem,
  textOrNull,
  type TypedContext,
} from '@fluxo/connector-sdk';
import { getMercadoPagoResource } from './client';
import { notificationDataId, verifyMercadoPagoSignature } from './signature';
import { paymentVariables, subscriptionPaymentVariables, subscriptionVariables } from './variables';

export const MERCADO_PAGO_EVENTS = [
  { value: 'payment-approved', label: 'Payment approved' },
  { value: 'payment-pending', label: 'Payment pending or in review' },
  { value: 'payment-rejected', label: 'Payment rejected' },
  { value: 'payment-refunded', label: 'Payment refunded' },
  { value: 'payment-charged-back', label: 'Payment charged back' },
  { value: 'payment-cancelled', label: 'Payment cancelled' },
  { value: 'subscription-updated', label: 'Subscription created or changed' },
  { value: 'subscription-payment', label: 'Subscription charge made' },
] as const;

export type MercadoPagoEvent = (typeof MERCADO_PAGO_EVENTS)[number]['value'];

const PAYMENT_EVENTS: MercadoPagoEvent[] = MERCADO_PAGO_EVENTS.map((event) => event.value).filter(
  (value) => value.startsWith('payment-'),
);

/** The event a payment's status belongs to; null for states no event covers (in_mediation). */
export function paymentEvent(status: string): MercadoPagoEvent | null {
  switch (status) {
    case 'approved':
      return 'payment-approved';
    case 'pending':
    case 'in_process':
    case 'authorized':
      return 'payment-pending';
    case 'rejected':
      return 'payment-rejected';
    case 'refunded':
      return 'payment-refunded';
    case 'charged_back':
      return 'payment-charged-back';
    case 'cancelled':
      return 'payment-cancelled';
    default:
      return null;
  }
}

type ResourceKind = 'payment' | 'subscription' | 'subscription-payment';

/** Webhook topics, and the older IPN topic names Mercado Pago still sends to some accounts. */
function resourceKind(topic: string): ResourceKind | null {
  switch (topic) {
    case 'payment':
      return 'payment';
    case 'subscription_preapproval':
    case 'preapproval':
      return 'subscription';
    case 'subscription_authorized_payment':
    case 'authorized_payment':
      return 'subscription-payment';
    default:
      // merchant_order, chargebacks (the payment's own notification reports charged_back),
      // plans, points, … carry nothing this source offers.
      return null;
  }
}

export const notificationsFields = [
  defineField({
    key: 'events',
    label: 'Events',
    type: 'multi-select',
    required: true,
    options: MERCADO_PAGO_EVENTS.map(({ value, label }) => ({ value, label })),
    help:
      'Tick what should start this connection. In Mercado Pago, under Your integrations → ' +
      'Webhooks, choose "Payments" (and "Plans and subscriptions" for subscription events).',
  }),
] as const;

type NotificationsContext = TypedContext<SettingsOf<typeof notificationsFields>>;

/** What the notification told us; the item's payload until `hydrate` fetches the rest. */
export interface MercadoPagoNotification {
  id: string | null;
  topic: string;
  action: string | null;
  resource_id: string;
  date_created: string | null;
  live_mode: boolean | null;
  user_id: string | null;
}

function wanted(kind: ResourceKind, ticked: string[]): boolean {
  if (kind === 'payment') return PAYMENT_EVENTS.some((event) => ticked.includes(event));
  return ticked.includes(kind === 'subscription' ? 'subscription-updated' : 'subscription-payment');
}

/**
 * Mercado Pago's older IPN calls (`?topic=payment&id=…`) are never signed, and some accounts
 * still get them. They are taken as a hint only: the run reads the payment with the account's
 * own access token, so a forged call names a payment Mercado Pago does not show this account
 * (404, failed, nothing sent) or one it does, whose real data is what gets delivered.
 */
export function isUnsignedIpn(
  request: Pick<InboundRequest, 'headers' | 'query' | 'body'>,
): boolean {
  const query = request.query as Record<string, unknown>;
  const signed = Object.keys(request.headers).some((name) => name.toLowerCase() === 'x-signature');
  return (
    !signed &&
    !!textOrNull(query['topic']) &&
    !!textOrNull(query['id']) &&
    !notificationDataId(request)
  );
}

/** Checks a notification's signature with the account's webhook secret; old IPN calls pass. */
export function verifyNotification(request: InboundRequest, ctx: ConnectorContext): void {
  if (isUnsignedIpn(request)) return;
  verifyMercadoPagoSignature(request, String(ctx.credentials['webhookSecret'] ?? ''));
}

/** Parses one call; fast and offline, so Mercado Pago gets its answer at once. */
export function parseNotification(
  request: Pick<InboundRequest, 'query' | 'body'>,
  eventId: string,
  ctx: Pick<NotificationsContext, 'settings' | 'logger'>,
): SourceItem[] {
  const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<
    string,
    unknown
  >;
  const query = request.query as Record<string, unknown>;
  const topic =
    textOrNull(body['type']) ?? textOrNull(query['type']) ?? textOrNull(query['topic']) ?? '';
  // IPN-style calls name the resource in `?id=` instead of `?data.id=`.
  const resourceId = notificationDataId(request) || (textOrNull(query['id']) ?? '');
  const kind = resourceKind(topic);
  if (!kind || !resourceId) {
    ctx.logger.debug('Mercado Pago notification ignored', { topic });
    return [];
  }
  if (!wanted(kind, ctx.settings.events)) return [];
  const notification: MercadoPagoNotification = {
    id: textOrNull(body['id']),
    topic,
    action: textOrNull(body['action']),
    resource_id: resourceId,
    date_created: textOrNull(body['date_created']),
    live_mode: typeof body['live_mode'] === 'boolean' ? body['live_mode'] : null,
    user_id: textOrNull(body['user_id']),
  };
  // The notification's own id is the same on every re-delivery and new for each change of the
  // payment. Without it, the action and date stand in; without those, only this call's id.
  const identity =
    notification.id ??
    (notification.action || notification.date_created
      ? `${notification.action ?? ''}:${notification.date_created ?? ''}`
      : `call-${eventId}`);
  const occurredAt =
    notification.date_created && !Number.isNaN(Date.parse(notification.date_created))
      ? new Date(notification.date_created).toISOString()
      : undefined;
  return [
    {
      key: `${topic}:${resourceId}:${identity}`,
      payload: { notification },
      ...(occurredAt ? { occurredAt } : {}),
    },
  ];
}

type Json = Record<string, unknown>;

const EVENT_LABEL = Object.fromEntries(MERCADO_PAGO_EVENTS.map((e) => [e.value, e.label]));

/**
 * Fetches what the notification names, in the run. An event the step does not tick comes back
 * with `_ignored` (the reason); the host does not deliver such items.
 */
export async function hydrateNotification(payload: Json, ctx: NotificationsContext): Promise<Json> {
  const notification = recordAt(payload['notification']) as unknown as MercadoPagoNotification;
  const id = encodeURIComponent(notification.resource_id);
  const kind = resourceKind(notification.topic);
  let variables: Json;
  let event: MercadoPagoEvent | null;
  let status: string | null;
  if (kind === 'payment') {
    const payment = await getMercadoPagoResource(
      ctx,
      `/v1/payments/${id}`,
      `payment ${notification.resource_id}`,
    );
    variables = paymentVariables(payment);
    status = textOrNull(payment['status']);
    event = paymentEvent(status ?? '');
  } else if (kind === 'subscription') {
    const preapproval = await getMercadoPagoResource(
      ctx,
      `/preapproval/${id}`,
      `subscription ${notification.resource_id}`,
    );
    variables = subscriptionVariables(preapproval);
    status = textOrNull(preapproval['status']);
    event = 'subscription-updated';
  } else if (kind === 'subscription-payment') {
    const charge = await getMercadoPagoResource(
      ctx,
      `/authorized_payments/${id}`,
      `subscription charge ${notification.resource_id}`,
    );
    variables = subscriptionPaymentVariables(charge);
    status = textOrNull(charge['status']);
    event = 'subscription-payment';
  } else {
    return {
      ...payload,
      _ignored: `Mercado Pago notifications about "${notification.topic}" are not used`,
    };
  }
  const result: Json = {
    event,
    ...variables,
    notification,
    // Two notifications (created, updated) may both find the payment approved; a host that
    // wants one item per state can dedupe on this.
    _statusKey: `${notification.topic}:${notification.resource_id}:${status ?? ''}`,
  };
  if (!event) {
    return {
      ...result,
      _ignored: `Mercado Pago reports the payment as "${status}", which none of the events covers.`,
    };
  }
  if (!ctx.settings.events.includes(event)) {
    return { ...result, _ignored: `"${EVENT_LABEL[event]}" is not ticked in this step.` };
  }
  return result;
}

export const notificationsSample: Json = {
  event: 'payment-approved',
  ...paymentVariables({
    id: 1312000001,
    status: 'approved',
    status_detail: 'accredited',
    transaction_amount: 150.5,
    transaction_amount_refunded: 0,
    currency_id: 'BRL',
    description: 'Pedido #1001',
    external_reference: 'pedido-1001',
    payment_method_id: 'pix',
    payment_type_id: 'bank_transfer',
    installments: 1,
    date_created: '2026-03-02T14:05:11.000-03:00',
    date_approved: '2026-03-02T14:06:40.000-03:00',
    date_last_updated: '2026-03-02T14:06:40.000-03:00',
    live_mode: true,
    payer: {
      email: 'ana.souza@example.com',
      identification: { type: 'CPF', number: '19119119100' },
    },
    additional_info: {
      payer: {
        first_name: 'Ana',
        last_name: 'Souza',
        phone: { area_code: '11', number: '987654321' },
      },
      items: [{ id: 'SKU-1', title: 'Camiseta', quantity: '1', unit_price: '150.5' }],
    },
  }),
  notification: {
    id: '12000000001',
    topic: 'payment',
    action: 'payment.updated',
    resource_id: '1312000001',
    date_created: '2026-03-02T17:06:41Z',
    live_mode: true,
    user_id: '1234567890',
  },
};

export const notificationsSource = defineSource({
  key: 'notifications',
  name: 'Payment or subscription notification',
  description:
    'Starts when Mercado Pago notifies a payment (approved, pending, rejected, refunded, ' +
    'charged back, cancelled) or a subscription event. Fluxo checks the signature, answers ' +
    'Mercado Pago at once, then reads the full payment with your access token.',
  kind: 'instant',
  requiresAccount: true,
  fields: notificationsFields,
  verify: verifyNotification,
  parse: (request, eventId, ctx) => parseNotification(request, eventId, ctx),
  hydrate: hydrateNotification,
  sample: notificationsSample,
});
