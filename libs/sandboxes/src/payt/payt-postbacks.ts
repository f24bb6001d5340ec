/** PayT V1 postback bodies, in the field names of PayT's documentation and samples. */

export const PAYT_SANDBOX_EVENTS = [
  'waiting-payment',
  'cancelled',
  'abandoned-checkout',
  'approved',
  'chargeback',
  'shipping-updated',
  'invoiced',
  'refunded',
] as const;
export type PaytSandboxEvent = (typeof PAYT_SANDBOX_EVENTS)[number];

export type PaytPaymentMethod = 'credit_card' | 'boleto' | 'pix';

export interface PaytCustomerInput {
  name?: string;
  email?: string;
  /** Digits, or +55…; PayT's samples show both. */
  phone?: string;
  /** CPF/CNPJ digits. */
  doc?: string;
  fakeEmail?: boolean;
}

export interface PaytProductInput {
  code?: string;
  sku?: string;
  name?: string;
  type?: 'physical' | 'digital' | 'grouped';
  quantity?: number;
  /** Integer cents, per unit. */
  price?: number;
}

export interface PaytTrackingInput {
  utm_source?: string;
  utm_medium?: string;
  utm_campaign?: string;
  utm_term?: string;
  utm_content?: string;
  src?: string;
  sck?: string;
}

export interface PaytSaleInput {
  /** Which postback event the sale is at; picks PayT's status words. Default `approved`. */
  event?: PaytSandboxEvent;
  /** Overrides the top-level `status` the event picked (e.g. a subscription status). */
  status?: string;
  /** Overrides `transaction.payment_status`. */
  paymentStatus?: string;
  /** Default: pix for waiting payment, credit card otherwise. */
  paymentMethod?: PaytPaymentMethod;
  customer?: PaytCustomerInput;
  product?: PaytProductInput;
  /** UTM and src/sck the buyer came with; none gives PayT's `sources: []`. */
  tracking?: PaytTrackingInput;
  /** Physical goods carry a `shipping` object. Default true. */
  tangible?: boolean;
  shippingStatus?: string;
  trackingCode?: string;
  type?: 'order' | 'upsell' | 'manual_upsell' | 'abandoned-cart' | 'cash_on_delivery';
}

/** A sale as the sandbox keeps it; `updatedAt` moves when its event changes. */
export interface PaytSale {
  transactionId: string;
  cartId: string;
  sellerId: string;
  event: PaytSandboxEvent;
  input: PaytSaleInput;
  startedAt: Date;
  updatedAt: Date;
}

/** How one postback is written: the variants the notes list, and the faults to test with. */
export interface PaytPostbackStyle {
  /** `valid` (default) the account's key; `wrong` another 32-hex key; `missing` none. */
  key?: 'valid' | 'wrong' | 'missing';
  /** PayT's "Testar URL" sample: `test: true`. */
  test?: boolean;
  /** `flat`: one level of dotted keys ("customer.name"), as one integrator reads it. */
  shape?: 'nested' | 'flat';
  /** The README says `canceled`, a sample says `cancelled`. Default `canceled`. */
  cancelledSpelling?: 'canceled' | 'cancelled';
  /** The README says `state`, every sample says `estate`. Default `estate`. */
  addressStateKey?: 'estate' | 'state';
}

const EVENT_STATUS: Record<PaytSandboxEvent, { status: string; paymentStatus: string | null }> = {
  'waiting-payment': { status: 'waiting_payment', paymentStatus: 'waiting_payment' },
  cancelled: { status: 'canceled', paymentStatus: 'canceled' },
  'abandoned-checkout': { status: 'lost_cart', paymentStatus: null },
  approved: { status: 'paid', paymentStatus: 'paid' },
  chargeback: { status: 'canceled', paymentStatus: 'chargeback' },
  'shipping-updated': { status: 'shipping', paymentStatus: 'paid' },
  invoiced: { status: 'billed', paymentStatus: 'paid' },
  refunded: { status: 'canceled', paymentStatus: 'refunded' },
};

const pad = (value: number) => String(value).padStart(2, '0');

/** PayT writes "Y-m-d H:i:s" in Brazil's time (UTC−3), without a zone. */
export function paytDate(date: Date): string {
  const local = new Date(date.getTime() - 3 * 3600_000);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ` +
    `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
  );
}

function addressOf(stateKey: 'estate' | 'state'): Record<string, string> {
  return {
    zipcode: '30130010',
    street: 'Rua da Bahia',
    street_number: '1148',
    complement: 'Sala 3',
    district: 'Centro',
    city: 'Belo Horizonte',
    [stateKey]: 'MG',
    country: 'BR',
  };
}

function flatten(value: unknown, prefix: string, into: Record<string, unknown>): void {
  const isContainer = typeof value === 'object' && value !== null;
  const entries = isContainer ? Object.entries(value as Record<string, unknown>) : [];
  if (!isContainer || entries.length === 0) {
    into[prefix] = value;
    return;
  }
  for (const [key, entry] of entries) flatten(entry, prefix ? `${prefix}.${key}` : key, into);
}

/** The JSON body PayT V1 posts for a sale at its current event. */
export function buildPaytPostback(
  sale: PaytSale,
  integrationKey: string | null,
  style: PaytPostbackStyle = {},
): Record<string, unknown> {
  const { input } = sale;
  const picked = EVENT_STATUS[sale.event];
  let status = input.status ?? picked.status;
  if (status === 'canceled' && style.cancelledSpelling === 'cancelled') status = 'cancelled';
  const paymentStatus = input.paymentStatus ?? picked.paymentStatus;
  const method: PaytPaymentMethod =
    input.paymentMethod ?? (sale.event === 'waiting-payment' ? 'pix' : 'credit_card');
  const stateKey = style.addressStateKey ?? 'estate';
  const tangible = input.tangible ?? true;
  const quantity = input.product?.quantity ?? 1;
  const unitPrice = input.product?.price ?? 9700;
  const total = unitPrice * quantity;
  const checkoutUrl = `https://checkout.payt.com.br/9b2f6c1d8e3a4f5b6c7d8e9f0a1b2c3d`;
  const tracking = Object.fromEntries(
    Object.entries(input.tracking ?? {}).filter(([, value]) => value !== undefined && value !== ''),
  );
  const { sck, ...sources } = tracking;
  const abandoned = sale.event === 'abandoned-checkout';

  const body: Record<string, unknown> = {
    ...(integrationKey === null ? {} : { integration_key: integrationKey }),
    ...(abandoned ? {} : { transaction_id: sale.transactionId }),
    cart_id: sale.cartId,
    seller_id: sale.sellerId,
    test: style.test ?? false,
    type: input.type ?? 'order',
    status,
    tangible,
    started_at: paytDate(sale.startedAt),
    updated_at: paytDate(sale.updatedAt),
    customer: {
      name: input.customer?.name ?? 'Ana Beatriz Souza',
      fake_email: input.customer?.fakeEmail ?? false,
      email: input.customer?.email ?? 'ana.souza@example.com',
      doc: input.customer?.doc ?? '52998224725',
      phone: input.customer?.phone ?? '31988887777',
      ip: '177.12.34.56',
      billing_address: addressOf(stateKey),
      code: 'CL7Q2X',
      url: 'https://app.payt.com.br/admin/clientes/CL7Q2X/edit',
    },
    product: {
      code: input.product?.code ?? 'PR4K8D',
      sku: input.product?.sku ?? 'KIT-01',
      type: input.product?.type ?? (tangible ? 'physical' : 'digital'),
      name: input.product?.name ?? 'Kit de cuidados com a pele',
      quantity,
      price: unitPrice,
    },
    link: {
      title: input.product?.name ?? 'Kit de cuidados com a pele',
      url: abandoned ? `${checkoutUrl}?cart=${sale.cartId}` : checkoutUrl,
      // PayT sends an empty list, not an object, when the buyer brought no UTM.
      sources: Object.keys(sources).length > 0 ? sources : [],
      query_params: sck ? { sck } : [],
      ...(abandoned ? { available_coupons: [] } : {}),
    },
  };
  if (tangible) {
    const shipped = sale.event === 'shipping-updated';
    body['shipping'] = {
      price: 0,
      status: input.shippingStatus ?? (shipped ? 'tracking_received' : 'waiting_code'),
      service: 'sedex',
      tracking_code: input.trackingCode ?? (shipped ? 'QB123456789BR' : ''),
      tracking_url: shipped ? 'https://rastreamento.correios.com.br/app/index.php' : '',
      address: addressOf(stateKey),
    };
  }
  if (!abandoned) {
    const transaction: Record<string, unknown> = {
      created_at: paytDate(sale.startedAt),
      updated_at: paytDate(sale.updatedAt),
      payment_method: method,
      payment_status: paymentStatus,
      total_price: total,
      quantity,
      modifiers: [],
      installments: 1,
      installment_price: total,
    };
    if (paymentStatus === 'paid' || sale.event === 'refunded' || sale.event === 'chargeback') {
      transaction['paid_at'] = paytDate(sale.startedAt);
    }
    const expiresAt = paytDate(new Date(sale.startedAt.getTime() + 24 * 3600_000));
    if (method === 'boleto') {
      transaction['bankslip_url'] = `https://checkout.payt.com.br/boleto/${sale.transactionId}`;
      transaction['bankslip_code'] = '23793381286000000000336000063305289470000009700';
      transaction['expires_at'] = expiresAt;
    }
    if (method === 'pix') {
      transaction['pix_url'] = `https://checkout.payt.com.br/obrigado/${sale.transactionId}`;
      transaction['pix_code'] =
        '00020101021226830014br.gov.bcb.pix2561pix.example.com/qr/v2/7d1c2b3a5204000053039865406' +
        '97.005802BR5925PAYT SANDBOX6009SAO PAULO62070503***6304ABCD';
      transaction['expires_at'] = expiresAt;
    }
    body['transaction'] = transaction;
  }
  if (style.shape !== 'flat') return body;
  const flat: Record<string, unknown> = {};
  flatten(body, '', flat);
  return flat;
}
