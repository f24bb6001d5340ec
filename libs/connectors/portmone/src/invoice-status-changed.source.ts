import { type ConnectorContext, type SourceItem, defineSource } from '@fluxo/connector-sdk';
import { DateTime } from 'luxon';
import { billStatusWord, type BillStatusWord } from './bill-status';
import {
  fetchBills,
  type PortmoneBillRecord,
  PortmoneBusinessError,
  portmoneDay,
  PORTMONE_ZONE,
  readAccount,
} from './client';
import { text } from './invoice-input';
import { describePortmoneError } from './portmone-errors';

/** The statuses this source reports; the others (created, preauthorised) are not changes users act on. */
const REPORTED: ReadonlySet<BillStatusWord> = new Set(['paid', 'rejected', 'refunded']);

/** A little overlap, so a bill that changed just as the previous poll ran is not missed. */
const OVERLAP_MS = 15 * 60 * 1000;
/** The first poll looks this far back; the host's "start from" decides what is delivered. */
const FIRST_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;

export interface InvoiceStatusCursor {
  /** When the previous poll asked Portmone (ISO 8601). */
  checkedAt: string;
  /** Keys seen in the previous window: `result` answers whole days, so they come back. */
  seen: string[];
}

function readCursor(cursor: unknown): InvoiceStatusCursor | null {
  const candidate = cursor as Partial<InvoiceStatusCursor> | null | undefined;
  if (!candidate || typeof candidate.checkedAt !== 'string') return null;
  if (Number.isNaN(Date.parse(candidate.checkedAt))) return null;
  return {
    checkedAt: candidate.checkedAt,
    seen: Array.isArray(candidate.seen) ? candidate.seen : [],
  };
}

const PAY_DATE_FORMATS = [
  'dd.MM.yyyy HH:mm:ss',
  'dd.MM.yyyy HH:mm',
  'yyyy-MM-dd HH:mm:ss',
  'yyyy-MM-dd HH:mm',
];

/** `pay_date` is Kyiv wall-clock time without an offset; [?] its exact format is not documented. */
export function parsePayDate(value: string): string | undefined {
  if (!value) return undefined;
  for (const format of PAY_DATE_FORMATS) {
    const parsed = DateTime.fromFormat(value, format, { zone: PORTMONE_ZONE });
    if (parsed.isValid) return parsed.toUTC().toISO() ?? undefined;
  }
  const iso = DateTime.fromISO(value, { zone: PORTMONE_ZONE });
  return iso.isValid ? (iso.toUTC().toISO() ?? undefined) : undefined;
}

function itemFor(bill: PortmoneBillRecord, status: BillStatusWord): SourceItem {
  const billId = text(bill.shopBillId);
  const orderNumber = text(bill.shopOrderNumber);
  const paidAt = parsePayDate(text(bill.pay_date));
  const amount = Number(text(bill.billAmount).replace(',', '.'));
  return {
    key: `${billId || orderNumber}:${status}`,
    ...(paidAt ? { occurredAt: paidAt } : {}),
    payload: {
      orderNumber,
      billId,
      status,
      portmoneStatus: text(bill.status),
      amount: Number.isFinite(amount) ? amount : null,
      // [?] `result` names no currency; the official plugin compares its billAmount only for UAH
      // bills, which suggests amounts come back in hryvnias.
      currency: text(bill.billCurrency) || text(bill.currency) || 'UAH',
      description: text(bill.description),
      // The plugin stores name, phone and e-mail in attribute1..3; returned only by some setups.
      payer: {
        name: text(bill.attribute1),
        phone: text(bill.attribute2),
        email: text(bill.attribute3) || text(bill.emailAddress),
      },
      payDate: text(bill.pay_date),
      paidAt: paidAt ?? '',
      cardMask: text(bill.cardMask),
      cardType: text(bill.cardTypeName),
      bankName: text(bill.bank_name),
      rrn: text(bill.rrn),
      authCode: text(bill.authCode),
    },
  };
}

export async function pollInvoiceStatuses(
  ctx: ConnectorContext,
  cursor: unknown,
  now: Date = new Date(),
): Promise<{ items: SourceItem[]; cursor: InvoiceStatusCursor }> {
  const account = readAccount(ctx.credentials);
  const previous = readCursor(cursor);
  const since = previous
    ? new Date(Date.parse(previous.checkedAt) - OVERLAP_MS)
    : new Date(now.getTime() - FIRST_LOOKBACK_MS);
  let bills: PortmoneBillRecord[];
  try {
    // [?] Which bill date the window matches is not documented; whole days are asked for.
    bills = await fetchBills(
      account,
      { startDate: portmoneDay(since), endDate: portmoneDay(now) },
      ctx,
    );
  } catch (error) {
    if (error instanceof PortmoneBusinessError) {
      throw new Error(describePortmoneError(error, 'list the invoices'));
    }
    throw error;
  }
  const seen = new Set(previous?.seen ?? []);
  const inWindow: SourceItem[] = [];
  for (const bill of bills) {
    const status = billStatusWord(text(bill.status));
    if (REPORTED.has(status)) inWindow.push(itemFor(bill, status));
  }
  return {
    items: inWindow.filter((item) => !seen.has(item.key)),
    cursor: { checkedAt: now.toISOString(), seen: [...new Set(inWindow.map((item) => item.key))] },
  };
}

export const invoiceStatusChangedSource = defineSource({
  key: 'invoice-status-changed',
  name: 'Invoice status changed',
  description: 'Checks Portmone for invoices that were paid, rejected or refunded.',
  kind: 'polling',
  fields: [],
  defaultIntervalMinutes: 15,
  newItemsRule: 'Each time an invoice becomes paid, rejected or refunded.',
  poll: (ctx, cursor) => pollInvoiceStatuses(ctx, cursor),
});
