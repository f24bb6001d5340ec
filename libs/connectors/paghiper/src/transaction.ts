import {
  defineField,
  numberOf,
  recordAt,
  type SettingsOf,
  textOrNull,
  type TypedContext,
} from '@fluxo/connector-sdk';
import type { PagHiperKind } from './client';

export const PAGHIPER_STATUSES = [
  { value: 'pending', label: 'Pending (waiting for payment)' },
  { value: 'reserved', label: 'Reserved (paid, waiting for clearing)' },
  { value: 'paid', label: 'Paid' },
  { value: 'completed', label: 'Completed (money released)' },
  { value: 'canceled', label: 'Cancelled' },
  { value: 'processing', label: 'Processing (under dispute or review)' },
  { value: 'refunded', label: 'Refunded' },
] as const;

export const kindsField = defineField({
  key: 'kinds',
  label: 'Payment kinds',
  type: 'multi-select',
  required: true,
  options: [
    { value: 'boleto', label: 'Boleto' },
    { value: 'pix', label: 'PIX' },
  ],
  help: 'Which PagHiper charges to follow: boletos, PIX, or both.',
});

export const statusesField = defineField({
  key: 'statuses',
  label: 'Only these statuses',
  type: 'multi-select',
  required: false,
  options: PAGHIPER_STATUSES.map(({ value, label }) => ({ value, label })),
  help: 'Leave empty to start on every status. PagHiper treats "paid" and "completed" as paid.',
});

/** The settings both PagHiper sources share; `statuses` empty means every status. */
export const pagHiperSourceFields = [kindsField, statusesField] as const;
export type PagHiperSourceContext = TypedContext<SettingsOf<typeof pagHiperSourceFields>>;

/** The ticked kinds, both when none is ticked. */
export function tickedKinds(ctx: Pick<PagHiperSourceContext, 'settings'>): PagHiperKind[] {
  const kinds = ctx.settings.kinds.filter(
    (kind): kind is PagHiperKind => kind === 'boleto' || kind === 'pix',
  );
  return kinds.length ? [...new Set(kinds)] : ['boleto', 'pix'];
}

type Json = Record<string, unknown>;
const int = (value: unknown): number | null => {
  const parsed = numberOf(value);
  return parsed === null ? null : Math.round(parsed);
};
const decimal = (cents: number | null) => (cents === null ? null : cents / 100);

/**
 * PagHiper dates ("2026-03-02 14:05:11") are Brasília time (UTC−3, no daylight saving since
 * 2019); returns ISO 8601, or undefined when there is none.
 */
export function paghiperDateToIso(value: unknown): string | undefined {
  const raw = textOrNull(value);
  if (!raw) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/.exec(raw.trim());
  if (!match) return undefined;
  const time = match[2] ? (match[2].length === 5 ? `${match[2]}:00` : match[2]) : '00:00:00';
  const parsed = new Date(`${match[1]}T${time}-03:00`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}

/** One charge's variables, from the list, status or notification answer. */
export function transactionVariables(raw: Json, kind: PagHiperKind): Json {
  const slip = recordAt(raw['bank_slip']);
  const pix = recordAt(raw['pix_code']);
  const value = int(raw['value_cents']);
  const paid = int(raw['value_cents_paid']);
  const fee = int(raw['value_fee_cents']);
  const discount = int(raw['discount_cents']);
  const shipping = int(raw['shipping_price_cents']);
  const items = Array.isArray(raw['items']) ? (raw['items'] as unknown[]) : [];
  return {
    kind,
    transaction_id: textOrNull(raw['transaction_id']),
    order_id: textOrNull(raw['order_id']),
    status: textOrNull(raw['status']),
    created_date: textOrNull(raw['created_date']) ?? textOrNull(raw['create_date']),
    status_date: textOrNull(raw['status_date']),
    due_date: textOrNull(raw['due_date']),
    paid_date: textOrNull(raw['paid_date']),
    amount_cents: value,
    amount: decimal(value),
    amount_paid_cents: paid,
    amount_paid: decimal(paid),
    fee_cents: fee,
    fee: decimal(fee),
    discount_cents: discount,
    discount: decimal(discount),
    shipping_cents: shipping,
    shipping: decimal(shipping),
    payer: {
      name: textOrNull(raw['payer_name']),
      email: textOrNull(raw['payer_email']),
      phone: textOrNull(raw['payer_phone']),
      cpf_cnpj: textOrNull(raw['payer_cpf_cnpj']),
    },
    boleto:
      kind === 'boleto'
        ? {
            url: textOrNull(slip['url_slip']),
            pdf_url: textOrNull(slip['url_slip_pdf']),
            digitable_line: textOrNull(slip['digitable_line']),
            bar_code: textOrNull(slip['bar_code_number_to_image']),
          }
        : null,
    pix:
      kind === 'pix'
        ? {
            emv: textOrNull(pix['emv']),
            qrcode_image_url: textOrNull(pix['qrcode_image_url']),
            url: textOrNull(pix['pix_url']),
            bacen_url: textOrNull(pix['bacen_url']),
          }
        : null,
    items: items.map((entry) => {
      const item = recordAt(entry);
      const price = int(item['price_cents']);
      return {
        item_id: textOrNull(item['item_id']),
        description: textOrNull(item['description']),
        quantity: int(item['quantity']),
        price_cents: price,
        price: decimal(price),
      };
    }),
  };
}

export const transactionSample: Json = transactionVariables(
  {
    transaction_id: 'HF97T5SH2ZQNLF6Z',
    order_id: '1001',
    status: 'paid',
    created_date: '2026-03-02 14:05:11',
    status_date: '2026-03-03 09:12:40',
    due_date: '2026-03-05',
    paid_date: '2026-03-03 09:12:40',
    value_cents: 12990,
    value_cents_paid: 12990,
    value_fee_cents: 349,
    discount_cents: 0,
    shipping_price_cents: 0,
    payer_name: 'João da Silva',
    payer_email: 'joao.silva@example.com',
    payer_phone: '11987654321',
    payer_cpf_cnpj: '11144477735',
    bank_slip: {
      digitable_line: '34191.79001 01043.510047 91020.150008 1 00000000012990',
      url_slip: 'https://www.paghiper.com/checkout/boleto/HF97T5SH2ZQNLF6Z',
      url_slip_pdf: 'https://www.paghiper.com/checkout/boleto/HF97T5SH2ZQNLF6Z/pdf',
    },
    items: [{ item_id: '1', description: 'Curso online', quantity: 1, price_cents: 12990 }],
  },
  'boleto',
);
