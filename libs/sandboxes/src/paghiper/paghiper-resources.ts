// PagHiper's boletos, PIX charges and notifications as the sandbox stores and sends them.

export interface PagHiperSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  apiKey?: string;
  token?: string;
  /**
   * Waits between re-sends of a notification the receiver did not answer with 2xx. PagHiper's
   * own schedule is not documented; the default tries three more times, quickly.
   */
  retryDelaysMs?: number[];
  /** How long a notification waits for the receiver's answer. */
  notificationTimeoutMs?: number;
}

export type PagHiperKind = 'boleto' | 'pix';

export const PAGHIPER_STATUSES = [
  'pending',
  'reserved',
  'paid',
  'completed',
  'canceled',
  'processing',
  'refunded',
] as const;
export type PagHiperStatus = (typeof PAGHIPER_STATUSES)[number];

export interface PagHiperItem {
  item_id: string;
  description: string;
  quantity: number;
  price_cents: number;
}

/** A boleto or PIX charge as the sandbox keeps it (PagHiper's field names). */
export interface PagHiperTransaction {
  kind: PagHiperKind;
  transaction_id: string;
  order_id: string;
  status: PagHiperStatus;
  created_date: string;
  status_date: string;
  paid_date: string | null;
  due_date: string;
  value_cents: number;
  value_cents_paid: number | null;
  value_fee_cents: number;
  discount_cents: number;
  shipping_price_cents: number;
  payer_name: string;
  payer_email: string;
  payer_cpf_cnpj: string;
  payer_phone: string;
  notification_url: string;
  items: PagHiperItem[];
  bank_slip?: {
    digitable_line: string;
    url_slip: string;
    url_slip_pdf: string;
    bar_code_number_to_image: string;
  };
  pix_code?: {
    qrcode_base64: string;
    qrcode_image_url: string;
    emv: string;
    pix_url: string;
    bacen_url: string;
  };
}

export interface PagHiperNotificationAttempt {
  at: string;
  status: number | null;
  error?: string;
  durationMs: number;
}

export interface PagHiperNotificationRecord {
  notification_id: string;
  transaction_id: string;
  url: string;
  /** The form fields sent, in order. */
  fields: Record<string, string>;
  attempts: PagHiperNotificationAttempt[];
  acknowledged: boolean;
}

export interface PagHiperFault {
  /** HTTP status to answer API calls with (e.g. 500, 503). */
  status: number;
  times?: number;
}

export const DEFAULT_API_KEY = 'apk_00000000-sandboxsandboxsandbox';
export const DEFAULT_TOKEN = 'SANDBOXTOKEN0000000000000000000000000000000000';

/** PagHiper's date format, in Brasília time (UTC−3, no daylight saving since 2019). */
export function paghiperDate(at: Date = new Date(), withTime = true): string {
  const local = new Date(at.getTime() - 3 * 60 * 60 * 1000).toISOString();
  return withTime ? `${local.slice(0, 10)} ${local.slice(11, 19)}` : local.slice(0, 10);
}

/** The wrappers PagHiper names each answer after. */
export const WRAPPER = {
  create: 'create_request',
  status: 'status_request',
  cancel: 'cancellation_request',
  notification: 'status_request',
  list: 'transaction_list_request',
} as const;
export type Operation = keyof typeof WRAPPER;

export function pickPayer(body: Record<string, unknown>): Partial<PagHiperTransaction> {
  const payer: Record<string, string> = {};
  for (const key of ['payer_name', 'payer_email', 'payer_cpf_cnpj', 'payer_phone']) {
    if (typeof body[key] === 'string') payer[key] = body[key] as string;
  }
  return payer;
}
