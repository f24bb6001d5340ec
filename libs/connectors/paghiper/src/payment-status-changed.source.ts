import {
  type ConnectorContext,
  defineField,
  defineSource,
  phrase,
  type SettingsOf,
  type SourceItem,
  type TypedContext,
} from '@fluxo/connector-sdk';
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
  tickedKinds,
  transactionVariables,
} from './transaction';

/** What a partial poll says on its run, as phrases the editor words in the user's language. */
export const PAGHIPER_POLL_PHRASES = {
  listFailed:
    "PagHiper's {kind} list could not be read, so its changes wait for the next check: {reason}",
} as const;

/** How far back the list reaches by default: charges created in the last 30 days. */
export const LIST_WINDOW_DAYS = 30;
/** PagHiper charges live for months (boletos due in 90 days); a longer look-back costs pages. */
export const MAX_LOOK_BACK_DAYS = 366;

const lookBackField = defineField({
  key: 'lookBackDays',
  label: 'Look back (days)',
  type: 'number',
  required: false,
  default: LIST_WINDOW_DAYS,
  help:
    'How old a charge may be for its status changes to be found (paid ones are found whatever ' +
    'their age). Raise it for boletos due later than a month; at most 366.',
});

/** Events Fluxo derives from a pending boleto's due date: PagHiper sends none for them. */
const remindersField = defineField({
  key: 'reminders',
  label: 'Also start on',
  type: 'multi-select',
  required: false,
  options: [
    { value: 'due-soon', label: 'Boleto due in a few days' },
    { value: 'overdue', label: 'Boleto overdue' },
  ],
  help:
    'Once per boleto still pending: when its due date is near (see below), and when it has ' +
    'passed. The item says which in the variable "event".',
});

const dueSoonDaysField = defineField({
  key: 'dueSoonDays',
  label: 'Days before the due date',
  type: 'number',
  required: false,
  default: 1,
  help: 'For "Boleto due in a few days": how many days before its due date, 0 to 30.',
});

const pollFields = [
  ...pagHiperSourceFields,
  lookBackField,
  remindersField,
  dueSoonDaysField,
] as const;
type PollContext = TypedContext<SettingsOf<typeof pollFields>>;

/** The look-back in days, 1 to 366; the default for anything else. */
export function lookBackDaysOf(setting: string): number {
  const days = Number(setting);
  return Number.isInteger(days) && days >= 1 && days <= MAX_LOOK_BACK_DAYS
    ? days
    : LIST_WINDOW_DAYS;
}
/** PagHiper's list takes at most 100 per page; this bounds one poll to 5,000 per query. */
export const LIST_PAGE_SIZE = 100;
export const LIST_MAX_PAGES = 50;

export interface PagHiperCursor {
  /** The Brasília day of the last poll that read every kind (YYYY-MM-DD). */
  lastPolledDay?: string;
  /** Per kind: a kind whose list failed keeps its day, so nothing it missed is lost. */
  lastPolledDays?: Partial<Record<PagHiperKind, string>>;
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
 * Lists the charges created within the look-back (30 days unless set), plus those paid since
 * the day before the last poll (an older boleto paid today), and emits each charge's current
 * status once. PagHiper's dates are day-granular, so the windows overlap; the host keeps only
 * new keys. Each kind is read on its own: a failing PIX list does not lose the boletos, and
 * keeps its own day so the next poll reads what it missed; only when every kind fails does the
 * poll fail, with the first reason.
 */
export async function pollPaymentStatus(
  ctx: PollContext,
  cursor: unknown,
  now: number = Date.now(),
): Promise<{ items: SourceItem[]; cursor: PagHiperCursor; warnings: string[] }> {
  const today = brasiliaDay(now);
  const oldest = shiftDay(today, -lookBackDaysOf(ctx.settings.lookBackDays));
  const previous = (cursor as PagHiperCursor | undefined) ?? {};
  const { statuses } = ctx.settings;
  const found = new Map<string, SourceItem>();
  const days: Partial<Record<PagHiperKind, string>> = {};
  const failures: { kind: PagHiperKind; error: unknown }[] = [];
  const kinds = tickedKinds(ctx);
  for (const kind of kinds) {
    const last = previous.lastPolledDays?.[kind] ?? previous.lastPolledDay;
    const paidSince = last && last > oldest ? shiftDay(last, -1) : oldest;
    let rows: Record<string, unknown>[];
    try {
      const created = await listAll(ctx, kind, { initial_date: oldest, final_date: today });
      const paid = await listAll(ctx, kind, {
        initial_date: paidSince,
        final_date: today,
        filter_date: 'paid_date',
      });
      rows = [...created, ...paid];
      days[kind] = today;
    } catch (error) {
      failures.push({ kind, error });
      if (last) days[kind] = last;
      ctx.logger.warn(`PagHiper's ${kind} list failed; the other kinds were read`, {
        reason: reasonOf(error),
      });
      continue;
    }
    for (const row of rows) {
      const payload = transactionVariables(row, kind);
      const { transaction_id: id, status } = payload;
      if (!id || !status) continue;
      const reminder = reminderOf(payload, kind, ctx.settings, today);
      if (reminder) found.set(reminder.key, reminder);
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
  if (failures.length === kinds.length) throw failures[0].error;
  const items = [...found.values()].sort((a, b) =>
    (a.occurredAt ?? '').localeCompare(b.occurredAt ?? ''),
  );
  // Each kind is reported on its own: the run shows what was not read, beside what was.
  const warnings = failures.map(({ kind, error }) =>
    phrase(PAGHIPER_POLL_PHRASES.listFailed, {
      kind: kind === 'pix' ? 'PIX' : 'boleto',
      reason: reasonOf(error),
    }),
  );
  return { items, cursor: { lastPolledDays: days }, warnings };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Boleto due in N days" and "boleto overdue" for a pending boleto, once each (their own keys),
 * so reminders work on polled data; null when neither is ticked or due.
 */
export function reminderOf(
  payload: Record<string, unknown>,
  kind: PagHiperKind,
  settings: { reminders: string[]; dueSoonDays: string },
  today: string,
): SourceItem | null {
  const due = typeof payload['due_date'] === 'string' ? payload['due_date'].slice(0, 10) : '';
  if (kind !== 'boleto' || payload['status'] !== 'pending' || !/^\d{4}-\d{2}-\d{2}$/.test(due)) {
    return null;
  }
  const daysLeft = Math.round(
    (Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
  );
  const soon = Number(settings.dueSoonDays);
  const window = Number.isInteger(soon) && soon >= 0 && soon <= 30 ? soon : 1;
  const id = String(payload['transaction_id']);
  if (daysLeft < 0 && settings.reminders.includes('overdue')) {
    return {
      key: `${id}:overdue`,
      payload: { ...payload, event: 'overdue', days_overdue: -daysLeft },
    };
  }
  if (daysLeft >= 0 && daysLeft <= window && settings.reminders.includes('due-soon')) {
    return {
      key: `${id}:due-soon`,
      payload: { ...payload, event: 'due-soon', days_left: daysLeft },
    };
  }
  return null;
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
  fields: pollFields,
  poll: (ctx, cursor) => pollPaymentStatus(ctx, cursor),
  // PagHiper also POSTs a notification to the connection's URL; it is resolved at once.
  push: {
    verify: (request, ctx) => verifyPagHiperNotification(request, ctx),
    secretBodyPaths: PAGHIPER_SECRET_BODY_PATHS,
    parse: (request) => parsePagHiperNotification(request),
    hydrate: hydratePagHiperNotification,
  },
});
