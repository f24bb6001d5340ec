import type { FieldOption } from '@fluxo/contracts';

/** The events a user can tick, as in PayT's own Postbacks panel. Values are frozen. */
export const PAYT_EVENTS = [
  { value: 'waiting-payment', label: 'Waiting payment (Aguardando pagamento)' },
  { value: 'cancelled', label: 'Cancelled (Cancelada)' },
  { value: 'abandoned-checkout', label: 'Checkout abandoned (Abandono de checkout)' },
  { value: 'approved', label: 'Finalized / approved (Finalizada/Aprovada)' },
  { value: 'chargeback', label: 'Chargeback (Cancelada - Chargeback)' },
  { value: 'shipping-updated', label: 'Delivery status updated (Status de entrega atualizado)' },
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objectAt = (value: unknown): Record<string, unknown> => (isObject(value) ? value : {});

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? '' : String(value);

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

function integer(value: unknown): number | null {
  const parsed = typeof value === 'string' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : null;
}

function arrayify(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(arrayify);
  if (!isObject(value)) return value;
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
        node[segment] = isObject(node[segment]) && isObject(body[key]) ? node[segment] : body[key];
        return;
      }
      if (!isObject(node[segment])) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    });
  }
  return arrayify(root) as PaytPostback;
}

/** Reads the postback whatever way the host parsed it (JSON, form fields, or text). */
export function readPostback(body: unknown, rawBody: Buffer | undefined): PaytPostback | null {
  if (isObject(body)) return unflattenPostback(body);
  const raw = rawBody?.length ? rawBody.toString('utf8') : typeof body === 'string' ? body : '';
  try {
    const parsed: unknown = JSON.parse(raw);
    return isObject(parsed) ? unflattenPostback(parsed) : null;
  } catch {
    return null;
  }
}

/** Maps PayT's status words onto the events of its Postbacks panel; null for others. */
export function paytEventOf(postback: PaytPostback): PaytEvent | null {
  const status = text(postback['status']).toLowerCase();
  const paymentStatus = text(objectAt(postback['transaction'])['payment_status']).toLowerCase();
  // "Cancelada - Chargeback" and "Cancelada - Reembolsada" arrive as cancelled sales whose
  // payment status says why, so the payment status wins over the top-level status.
  if (CHARGEBACK_PAYMENT_STATUSES.has(paymentStatus)) return 'chargeback';
  if (status === 'chargeback' || status === 'charged_back') return 'chargeback';
  if (REFUND_PAYMENT_STATUSES.has(paymentStatus) || status === 'refunded') return 'refunded';
  if (status === 'waiting_payment') return 'waiting-payment';
  // The README spells it one way, the samples the other.
  if (status === 'canceled' || status === 'cancelled') return 'cancelled';
  if (status === 'lost_cart') return 'abandoned-checkout';
  if (status === 'paid') return 'approved';
  if (status === 'billed') return 'invoiced';
  if (SHIPPING_STATUSES.has(status)) return 'shipping-updated';
  return null;
}

/** PayT's dates are "Y-m-d H:i:s" in Brazil's time (UTC−3 all year since 2019). */
export function paytDateToIso(value: unknown): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(text(value).trim());
  if (!match) return undefined;
  const date = new Date(`${match[1]}T${match[2]}-03:00`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The postback's identity: PayT sends no delivery id, so repeats share these four values. */
export function paytDedupeKey(postback: PaytPostback): string {
  const transaction = objectAt(postback['transaction']);
  const id = text(postback['transaction_id']) || `cart:${text(postback['cart_id'])}`;
  const updatedAt = text(postback['updated_at']) || text(transaction['updated_at']);
  const key = [id, text(postback['status']), text(transaction['payment_status']), updatedAt];
  return `${flag(postback['test']) ? 'test:' : ''}${key.join('|')}`;
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
  const source = objectAt(value);
  const fields = {
    zipcode: text(source['zipcode']),
    street: text(source['street']),
    street_number: text(source['street_number']),
    complement: text(source['complement']),
    district: text(source['district']),
    city: text(source['city']),
    // The README says "state", every sample says "estate".
    state: text(source['state'] ?? source['estate']),
    country: text(source['country']),
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
  if (isObject(value)) return value;
  if (typeof value !== 'string' || value === '') return {};
  return Object.fromEntries(new URLSearchParams(value.replace(/^\?/, '')));
}

/** UTM and PayT's src/sck: `link.sources` ([] when none), then the checkout's query string. */
function tracking(postback: PaytPostback): Record<string, string> {
  const link = objectAt(postback['link']);
  const origin = objectAt(objectAt(postback['customer'])['origin']);
  const layers = [
    objectAt(link['sources']),
    queryParams(link['query_params']),
    queryParams(origin['query_params']),
  ];
  return Object.fromEntries(
    TRACKING_KEYS.map((key) => [
      key,
      text(layers.map((layer) => layer[key]).find((value) => text(value) !== '')),
    ]),
  );
}

function productLine(value: unknown): Record<string, unknown> {
  const source = objectAt(value);
  const priceCents = cents(source['price']);
  return {
    code: text(source['code']),
    sku: text(source['sku']),
    name: text(source['name']),
    type: text(source['type']),
    quantity: integer(source['quantity']),
    price_cents: priceCents,
    price: money(priceCents),
  };
}

/** The variables a user maps: PayT's own snake_case names, nested by object. */
export function paytVariables(postback: PaytPostback): Record<string, unknown> {
  const customer = objectAt(postback['customer']);
  const transaction = objectAt(postback['transaction']);
  const shipping = objectAt(postback['shipping']);
  const link = objectAt(postback['link']);
  const subscription = isObject(postback['subscription']) ? postback['subscription'] : null;
  const product = objectAt(postback['product']);
  const totalCents = cents(transaction['total_price']);
  const installmentCents = cents(transaction['installment_price']);
  const shippingCents = cents(shipping['price']);
  const phone = text(customer['phone']);
  const name = text(customer['name']).trim();
  const event = paytEventOf(postback);

  return {
    event: event ?? '',
    event_name: PAYT_EVENTS.find((entry) => entry.value === event)?.label ?? '',
    status: text(postback['status']),
    test: flag(postback['test']),
    type: text(postback['type']),
    transaction_id: text(postback['transaction_id']),
    cart_id: text(postback['cart_id']),
    cart_recovered: flag(postback['cart_recovered']),
    seller_id: text(postback['seller_id']),
    upsell_code: text(postback['upsell_code']),
    tangible: flag(postback['tangible']),
    started_at: text(postback['started_at']),
    updated_at: text(postback['updated_at']),
    customer: {
      name,
      first_name: name.split(/\s+/)[0] ?? '',
      email: flag(customer['fake_email']) ? '' : text(customer['email']),
      email_is_fake: flag(customer['fake_email']),
      phone,
      phone_e164: toE164(phone),
      document: text(customer['doc']),
      ip: text(customer['ip']),
      code: text(customer['code']),
      url: text(customer['url']),
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
      payment_method: text(transaction['payment_method']),
      payment_status: text(transaction['payment_status']),
      total_price_cents: totalCents,
      total_price: money(totalCents),
      quantity: integer(transaction['quantity']),
      installments: integer(transaction['installments']),
      installment_price_cents: installmentCents,
      installment_price: money(installmentCents),
      error_message: text(transaction['error_message']),
      bankslip_url: text(transaction['bankslip_url']),
      bankslip_code: text(transaction['bankslip_code']),
      pix_url: text(transaction['pix_url']),
      pix_code: text(transaction['pix_code']),
      expires_at: text(transaction['expires_at']),
      paid_at: text(transaction['paid_at']),
      created_at: text(transaction['created_at']),
      updated_at: text(transaction['updated_at']),
    },
    shipping: {
      price_cents: shippingCents,
      price: money(shippingCents),
      status: text(shipping['status']),
      service: text(shipping['service']),
      tracking_code: text(shipping['tracking_code']),
      tracking_url: text(shipping['tracking_url']),
      address: address(shipping['address']),
    },
    checkout: {
      url: text(link['url']),
      title: text(link['title']),
      admin_url: text(link['admin_url']),
      seller_email: text(link['seller_email']),
    },
    tracking: tracking(postback),
    subscription: subscription
      ? {
          code: text(subscription['code']),
          plan_name: text(subscription['plan_name']),
          charges: integer(subscription['charges']),
          periodicity: text(subscription['periodicity']),
          next_charge_at: text(subscription['next_charge_at']),
          status: text(subscription['status']),
          started_at: text(subscription['started_at']),
        }
      : null,
  };
}
