import { isRecord, numberOf, recordAt, textOf } from '@fluxo/connector-sdk';
import type { FieldOption } from '@fluxo/contracts';

/** The events a user can tick, as in PayT's own Postbacks panel. Values are frozen. */
export const PAYT_EVENTS = [
  { value: 'waiting-payment', label: 'Waiting payment (Aguardando pagamento)' },
  { value: 'cancelled', label: 'Cancelled (Cancelada)' },
  { value: 'abandoned-checkout', label: 'Checkout abandoned (Abandono de checkout)' },
  { value: 'approved', label: 'Finalized / approved (Finalizada/Aprovada)' },
  { value: 'chargeback', label: 'Chargeback (Cancelada - Chargeback)' },
  { value: 'shipping-updated', label: 'Delivery status updated (Status de entrega atualizado)' },
  { value: 'order-shipped', label: 'Order shipped (Pedido enviado)' },
  { value: 'order-delivered', label: 'Order delivered (Pedido entregue)' },
  { value: 'invoiced', label: 'Invoiced (Faturada)' },
  { value: 'refunded', label: 'Refunded (Cancelada - Reembolsada)' },
] as const satisfies readonly FieldOption[];

export type PaytEvent = (typeof PAYT_EVENTS)[number]['value'];

export type PaytPostback = Record<string, unknown>;

const CHARGEBACK_PAYMENT_STATUSES = new Set(['chargeback', 'chargeback_presented']);
const REFUND_PAYMENT_STATUSES = new Set([
  'refunded',
  'refunded_partial',
  'peding_refund', // sic, as PayT spells it
  'pending_refund',
  'one_click_buy_refunded',
  'one_click_buy_refunded_partial',
]);
const SHIPPING_STATUSES = new Set(['separation', 'collected', 'shipping', 'shipped']);
/** `shipping.status` of a paid order not sent yet: its "paid" postback is the sale approved. */
const NOT_SENT_YET = new Set(['', 'waiting', 'waiting_code']);
const ON_ITS_WAY = new Set(['posted_object', 'forwarded', 'delivering', 'shipping', 'shipped']);

/**
 * The more precise delivery events are part of "Delivery status updated": a user who ticked
 * that one gets them too (as before they existed).
 */
const PART_OF: Partial<Record<PaytEvent, PaytEvent>> = {
  'order-shipped': 'shipping-updated',
  'order-delivered': 'shipping-updated',
};

/** Whether the user's ticked events take a postback of `event`. */
export function paytEventTicked(event: PaytEvent, ticked: readonly string[]): boolean {
  const broader = PART_OF[event];
  return ticked.includes(event) || (broader !== undefined && ticked.includes(broader));
}
const UNSAFE_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);
const TRACKING_KEYS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'src',
  'sck',
] as const;

const flag = (value: unknown): boolean =>
  value === true || value === 1 || value === 'true' || value === '1';

/** Amounts are integer cents; the flat variant may carry them as strings. */
function cents(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  const raw = value.trim();
  if (/^-?\d+$/.test(raw)) return Number(raw);
  const decimal = Number(raw.replace(',', '.'));
  return Number.isFinite(decimal) ? Math.round(decimal * 100) : null;
}

const money = (amount: number | null): string => (amount === null ? '' : (amount / 100).toFixed(2));

function arrayify(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(arrayify);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((key) => [key, arrayify(value[key])] as const);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, entry]) => entry);
  }
  return Object.fromEntries(entries);
}

/**
 * One integrator reads PayT's postback as a flat object with dotted keys
 * ("customer.name", "product.items.0.type"); form posts would use brackets. Both become the
 * nested shape of PayT's documentation, so everything below reads one shape.
 */
export function unflattenPostback(body: Record<string, unknown>): PaytPostback {
  const keys = Object.keys(body);
  if (!keys.some((key) => key.includes('.') || key.includes('['))) return body;
  const root: Record<string, unknown> = {};
  for (const key of keys) {
    const path = key.replace(/\]/g, '').split(/[.[]/);
    if (path.some((segment) => UNSAFE_SEGMENTS.has(segment))) continue;
    let node = root;
    path.forEach((segment, index) => {
      if (index === path.length - 1) {
        node[segment] = isRecord(node[segment]) && isRecord(body[key]) ? node[segment] : body[key];
        return;
      }
      if (!isRecord(node[segment])) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    });
  }
  return arrayify(root) as PaytPostback;
}

/** Reads the postback whatever way the host parsed it (JSON, form fields, or text). */
export function readPostback(body: unknown, rawBody: Buffer | undefined): PaytPostback | null {
  if (isRecord(body)) return unflattenPostback(body);
  const raw = rawBody?.length ? rawBody.toString('utf8') : typeof body === 'string' ? body : '';
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) ? unflattenPostback(parsed) : null;
  } catch {
    return null;
  }
}

/** Maps PayT's status words onto the events of its Postbacks panel; null for others. */
export function paytEventOf(postback: PaytPostback): PaytEvent | null {
  const status = textOf(postback['status']).toLowerCase();
  const paymentStatus = textOf(recordAt(postback['transaction'])['payment_status']).toLowerCase();
  // "Cancelada - Chargeback" and "Cancelada - Reembolsada" arrive as cancelled sales whose
  // payment status says why, so the payment status wins over the top-level status.
  if (CHARGEBACK_PAYMENT_STATUSES.has(paymentStatus)) return 'chargeback';
  if (status === 'chargeback' || status === 'charged_back') return 'chargeback';
  if (REFUND_PAYMENT_STATUSES.has(paymentStatus) || status === 'refunded') return 'refunded';
  if (status === 'waiting_payment') return 'waiting-payment';
  // The README spells it one way, the samples the other.
  if (status === 'canceled' || status === 'cancelled') return 'cancelled';
  if (status === 'lost_cart') return 'abandoned-checkout';
  if (status === 'billed') return 'invoiced';
  if (status !== 'paid' && !SHIPPING_STATUSES.has(status)) return null;
  // A paid order keeps status "paid" while it travels: its shipping status says what happened,
  // so a delivery update never repeats "sale approved".
  const shippingStatus = textOf(recordAt(postback['shipping'])['status']).toLowerCase();
  if (shippingStatus === 'delivered') return 'order-delivered';
  if (ON_ITS_WAY.has(shippingStatus)) return 'order-shipped';
  if (status === 'paid' && NOT_SENT_YET.has(shippingStatus)) return 'approved';
  return 'shipping-updated';
}

/** PayT's dates are "Y-m-d H:i:s" in Brazil's time (UTC−3 all year since 2019). */
export function paytDateToIso(value: unknown): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(textOf(value).trim());
  if (!match) return undefined;
  const date = new Date(`${match[1]}T${match[2]}-03:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The postback's identity: PayT sends no delivery id, so repeats share these four values. A
 * sale is approved, and an order delivered, once: later postbacks of either are repeats.
 */
export function paytDedupeKey(postback: PaytPostback, event?: PaytEvent | null): string {
  const test = flag(postback['test']) ? 'test:' : '';
  if (event === 'approved' || event === 'order-delivered') {
    const sale = textOf(postback['transaction_id']);
    if (sale) return `${test}${sale}|${event}`;
  }
  const transaction = recordAt(postback['transaction']);
  const id = textOf(postback['transaction_id']) || `cart:${textOf(postback['cart_id'])}`;
  const updatedAt = textOf(postback['updated_at']) || textOf(transaction['updated_at']);
  const key = [id, textOf(postback['status']), textOf(transaction['payment_status']), updatedAt];
  return `${test}${key.join('|')}`;
}

/** A phone for SMS: PayT sends Brazilian numbers as bare digits or with +55. */
export function toE164(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (!digits) return '';
  if (phone.trim().startsWith('+')) return `+${digits}`;
  if (digits.length === 10 || digits.length === 11) return `+55${digits}`;
  return `+${digits}`;
}

function address(value: unknown): Record<string, string> {
  const source = recordAt(value);
  const fields = {
    zipcode: textOf(source['zipcode']),
    street: textOf(source['street']),
    street_number: textOf(source['street_number']),
    complement: textOf(source['complement']),
    district: textOf(source['district']),
    city: textOf(source['city']),
    // The README says "state", every sample says "estate".
    state: textOf(source['state'] ?? source['estate']),
    country: textOf(source['country']),
  };
  const line = [
    [fields.street, fields.street_number].filter(Boolean).join(', '),
    fields.complement,
    fields.district,
    [fields.city, fields.state].filter(Boolean).join(' - '),
    fields.zipcode,
  ].filter(Boolean);
  return { ...fields, full: line.join(', ') };
}

function queryParams(value: unknown): Record<string, unknown> {
  if (isRecord(value)) return value;
  if (typeof value !== 'string' || value === '') return {};
  return Object.fromEntries(new URLSearchParams(value.replace(/^\?/, '')));
}

/** UTM and PayT's src/sck: `link.sources` ([] when none), then the checkout's query string. */
function tracking(postback: PaytPostback): Record<string, string> {
  const link = recordAt(postback['link']);
  const origin = recordAt(recordAt(postback['customer'])['origin']);
  const layers = [
    recordAt(link['sources']),
    queryParams(link['query_params']),
    queryParams(origin['query_params']),
  ];
  return Object.fromEntries(
    TRACKING_KEYS.map((key) => [
      key,
      textOf(layers.map((layer) => layer[key]).find((value) => textOf(value) !== '')),
    ]),
  );
}

function productLine(value: unknown): Record<string, unknown> {
  const source = recordAt(value);
  const priceCents = cents(source['price']);
  return {
    code: textOf(source['code']),
    sku: textOf(source['sku']),
    name: textOf(source['name']),
    type: textOf(source['type']),
    quantity: numberOf(source['quantity']),
    price_cents: priceCents,
    price: money(priceCents),
  };
}

/** The variables a user maps: PayT's own snake_case names, nested by object. */
export function paytVariables(postback: PaytPostback): Record<string, unknown> {
  const customer = recordAt(postback['customer']);
  const transaction = recordAt(postback['transaction']);
  const shipping = recordAt(postback['shipping']);
  const link = recordAt(postback['link']);
  const subscription = isRecord(postback['subscription']) ? postback['subscription'] : null;
  const product = recordAt(postback['product']);
  const totalCents = cents(transaction['total_price']);
  const installmentCents = cents(transaction['installment_price']);
  const shippingCents = cents(shipping['price']);
  const phone = textOf(customer['phone']);
  const name = textOf(customer['name']).trim();
  const event = paytEventOf(postback);
  // Who earned what on the sale (affiliates, co-producers): a condition may ask for it.
  const commissions = Array.isArray(postback['commission'])
    ? postback['commission'].map((entry) => {
        const share = recordAt(entry);
        const amountCents = cents(share['amount']);
        return {
          name: textOf(share['name']),
          email: textOf(share['email']),
          type: textOf(share['type']),
          amount_cents: amountCents,
          amount: money(amountCents),
        };
      })
    : [];
  const commissionCents = commissions.reduce<number | null>(
    (sum, share) => (share.amount_cents === null ? sum : (sum ?? 0) + share.amount_cents),
    null,
  );

  return {
    event: event ?? '',
    event_name: PAYT_EVENTS.find((entry) => entry.value === event)?.label ?? '',
    status: textOf(postback['status']),
    test: flag(postback['test']),
    type: textOf(postback['type']),
    transaction_id: textOf(postback['transaction_id']),
    cart_id: textOf(postback['cart_id']),
    cart_recovered: flag(postback['cart_recovered']),
    seller_id: textOf(postback['seller_id']),
    upsell_code: textOf(postback['upsell_code']),
    tangible: flag(postback['tangible']),
    started_at: textOf(postback['started_at']),
    updated_at: textOf(postback['updated_at']),
    customer: {
      name,
      first_name: name.split(/\s+/)[0] ?? '',
      email: flag(customer['fake_email']) ? '' : textOf(customer['email']),
      email_is_fake: flag(customer['fake_email']),
      phone,
      phone_e164: toE164(phone),
      document: textOf(customer['doc']),
      ip: textOf(customer['ip']),
      code: textOf(customer['code']),
      url: textOf(customer['url']),
      billing_address: address(customer['billing_address']),
    },
    product: {
      ...productLine(product),
      items: Array.isArray(product['items']) ? product['items'].map(productLine) : [],
    },
    order_bumps: Array.isArray(postback['order_bumps'])
      ? postback['order_bumps'].map(productLine)
      : [],
    transaction: {
      payment_method: textOf(transaction['payment_method']),
      payment_status: textOf(transaction['payment_status']),
      total_price_cents: totalCents,
      total_price: money(totalCents),
      quantity: numberOf(transaction['quantity']),
      installments: numberOf(transaction['installments']),
      installment_price_cents: installmentCents,
      installment_price: money(installmentCents),
      error_message: textOf(transaction['error_message']),
      bankslip_url: textOf(transaction['bankslip_url']),
      bankslip_code: textOf(transaction['bankslip_code']),
      pix_url: textOf(transaction['pix_url']),
      pix_code: textOf(transaction['pix_code']),
      expires_at: textOf(transaction['expires_at']),
      paid_at: textOf(transaction['paid_at']),
      created_at: textOf(transaction['created_at']),
      updated_at: textOf(transaction['updated_at']),
    },
    shipping: {
      price_cents: shippingCents,
      price: money(shippingCents),
      status: textOf(shipping['status']),
      service: textOf(shipping['service']),
      tracking_code: textOf(shipping['tracking_code']),
      tracking_url: textOf(shipping['tracking_url']),
      address: address(shipping['address']),
    },
    checkout: {
      url: textOf(link['url']),
      title: textOf(link['title']),
      admin_url: textOf(link['admin_url']),
      seller_email: textOf(link['seller_email']),
    },
    tracking: tracking(postback),
    commission: commissions,
    commission_total_cents: commissionCents,
    commission_total: money(commissionCents),
    subscription: subscription
      ? {
          code: textOf(subscription['code']),
          plan_name: textOf(subscription['plan_name']),
          charges: numberOf(subscription['charges']),
          periodicity: textOf(subscription['periodicity']),
          next_charge_at: textOf(subscription['next_charge_at']),
          status: textOf(subscription['status']),
          started_at: textOf(subscription['started_at']),
        }
      : null,
  };
}
