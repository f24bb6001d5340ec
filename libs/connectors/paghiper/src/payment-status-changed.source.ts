import { type ConnectorContext, defineSource, type SourceItem } from '@fluxo/connector-sdk';
import { callPagHiper, type PagHiperKind } from './client';
import {
  hydratePagHiperNotification,
  parsePagHiperNotification,
  verifyPagHiperNotification,
  PAGHIPER_SECRET_BODY_PATHS,
} from './payment-notification.source';
import {
  paghiperDateToIso,
  pagHiperSourceFields,
  type PagHiperSourceContext,
  tickedKinds,
  transactionVariables,
} from './transaction';

/** How far back the list reaches: charges created in the last 30 days. */
export const LIST_WINDOW_DAYS = 30;
/** PagHiper's list takes at most 100 per page; this bounds one poll to 5,000 per query. */
export const LIST_PAGE_SIZE = 100;
export const LIST_MAX_PAGES = 50;

export interface PagHiperCursor {
  /** The Brasília day of the last poll (YYYY-MM-DD). */
  lastPolledDay: string;
}

const DAY_MS = 86_400_000;

/** A day in Brasília time (UTC−3), as PagHiper's date filters expect. */
export function brasiliaDay(at: number): string {
  return new Date(at - 3 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const shiftDay = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

interface ListQuery {
  initial_date: string;
  final_date: string;
  filter_date?: string;
}

async function listAll(
  ctx: ConnectorContext,
  kind: PagHiperKind,
  query: ListQuery,
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let page = 1; page <= LIST_MAX_PAGES; page++) {
    const answer = await callPagHiper(ctx, kind, 'list', {
      ...query,
      page,
      limit: LIST_PAGE_SIZE,
    });
    const list = Array.isArray(answer['transaction_list'])
      ? (answer['transaction_list'] as Record<string, unknown>[])
      : [];
    rows.push(...list);
    const totalPages = Number(answer['total_pages']);
    const more = Number.isFinite(totalPages) ? page < totalPages : list.length === LIST_PAGE_SIZE;
    if (!more) break;
  }
  return rows;
}

/**
 * Lists the charges created in the last 30 days, plus those paid since the day before the
 * last poll (an older boleto paid today), and emits each charge's current status once.
 * PagHiper's dates are day-granular, so the windows overlap; the host keeps only new keys.
 */
export async function pollPaymentStatus(
  ctx: PagHiperSourceContext,
  cursor: unknown,
  now: number = Date.now(),
): Promise<{ items: SourceItem[]; cursor: PagHiperCursor }> {
  const today = brasiliaDay(now);
  const oldest = shiftDay(today, -LIST_WINDOW_DAYS);
  const last = (cursor as Partial<PagHiperCursor> | undefined)?.lastPolledDay;
  const paidSince = last && last > oldest ? shiftDay(last, -1) : oldest;
  const { statuses } = ctx.settings;
  const found = new Map<string, SourceItem>();
  for (const kind of tickedKinds(ctx)) {
    const created = await listAll(ctx, kind, { initial_date: oldest, final_date: today });
    const paid = await listAll(ctx, kind, {
      initial_date: paidSince,
      final_date: today,
      filter_date: 'paid_date',
    });
    for (const row of [...created, ...paid]) {
      const payload = transactionVariables(row, kind);
      const { transaction_id: id, status } = payload;
      if (!id || !status) continue;
      if (statuses.length && !statuses.includes(String(status))) continue;
      const occurredAt =
        paghiperDateToIso(payload['status_date']) ??
        paghiperDateToIso(payload['paid_date']) ??
        paghiperDateToIso(payload['created_date']);
      found.set(`${id}:${status}`, {
        key: `${id}:${status}`,
        // The same key a pushed notification gets after its fetch: a status that arrived by
        // push is not listed again by the poll, and the other way round.
        payload: { ...payload, _statusKey: `${id}:${status}` },
        ...(occurredAt ? { occurredAt } : {}),
      });
    }
  }
  const items = [...found.values()].sort((a, b) =>
    (a.occurredAt ?? '').localeCompare(b.occurredAt ?? ''),
  );
  return { items, cursor: { lastPolledDay: today } };
}

export const paymentStatusChangedSource = defineSource({
  key: 'payment-status-changed',
  name: 'Payment status changed',
  description:
    'Checks PagHiper for boletos and PIX charges whose status changed (pending, reserved, paid, ' +
    'completed, cancelled, processing, refunded), with the payer, amounts and boleto or PIX data.',
  kind: 'polling',
  defaultIntervalMinutes: 5,
  newItemsRule:
    "Each change of a payment's status is one new item; PagHiper sends no tracking (UTM) variables.",
  fields: pagHiperSourceFields,
  poll: (ctx, cursor) => pollPaymentStatus(ctx, cursor),
  // PagHiper also POSTs a notification to the connection's URL; it is resolved at once.
  push: {
    verify: (request, ctx) => verifyPagHiperNotification(request, ctx),
    secretBodyPaths: PAGHIPER_SECRET_BODY_PATHS,
    parse: (request) => parsePagHiperNotification(request),
    hydrate: hydratePagHiperNotification,
  },
});
