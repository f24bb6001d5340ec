import {
  type ConnectorContext,
  PermanentDeliveryError,
  type SourceItem,
  testContext,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md).
import { PagHiperSandbox, paghiperDate } from '@fluxo/sandboxes';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { PagHiperRejectedError } from './client';
import {
  brasiliaDay,
  lookBackDaysOf,
  paymentStatusChangedSource,
  reminderOf,
  pollPaymentStatus,
} from './payment-status-changed.source';

const DAY_MS = 86_400_000;

describe(pollPaymentStatus.name, () => {
  // Through the declared source, so the settings are read as in production.
  const sut = (context: ConnectorContext, cursor: unknown) =>
    paymentStatusChangedSource.poll(context, cursor);
  let paghiper: PagHiperSandbox;
  let ctx: ConnectorContext;
  let seen: Set<string>;

  /** Polls like the host: keeps only keys it has not seen, then moves the cursor. */
  const hostPoll = async (cursor?: unknown, context = ctx) => {
    const result = await sut(context, cursor);
    const fresh = result.items.filter((item: SourceItem) => !seen.has(item.key));
    fresh.forEach((item) => seen.add(item.key));
    return { fresh, cursor: result.cursor, all: result.items, warnings: result.warnings };
  };

  const listBodies = () =>
    paghiper.requests().map((request) => ({
      path: request.path,
      body: JSON.parse(request.body) as Record<string, unknown>,
    }));

  // A fresh PagHiper per test: each poll lists everything the account holds.
  beforeEach(async () => {
    paghiper = await PagHiperSandbox.start();
    seen = new Set();
    ctx = testContext({
      credentials: {
        apiKey: paghiper.apiKey,
        token: paghiper.token,
        apiBaseUrl: paghiper.url,
        pixApiBaseUrl: paghiper.pixUrl,
      },
      settings: { kinds: ['boleto', 'pix'] },
    });
  });

  afterEach(async () => {
    await paghiper.stop();
  });

  it('should send the exact list calls PagHiper expects when it polls', async () => {
    const today = brasiliaDay(Date.now());
    const monthAgo = brasiliaDay(Date.now() - 30 * DAY_MS);

    await sut(ctx, undefined);

    const base = { apiKey: paghiper.apiKey, token: paghiper.token, page: 1, limit: 100 };
    expect(listBodies()).toEqual([
      { path: '/transaction/list/', body: { ...base, initial_date: monthAgo, final_date: today } },
      {
        path: '/transaction/list/',
        body: { ...base, initial_date: monthAgo, final_date: today, filter_date: 'paid_date' },
      },
      { path: '/pix/invoice/list/', body: { ...base, initial_date: monthAgo, final_date: today } },
      {
        path: '/pix/invoice/list/',
        body: { ...base, initial_date: monthAgo, final_date: today, filter_date: 'paid_date' },
      },
    ]);
    const [first] = paghiper.requests();
    expect(first.method).toBe('POST');
    expect(first.headers['content-type']).toBe('application/json');
    expect(first.headers['accept']).toBe('application/json');
  });

  it('should emit only the new status changes when it polls a second time', async () => {
    const boleto = paghiper.createTransaction({ kind: 'boleto' });
    const pix = paghiper.createTransaction({ kind: 'pix' });
    const first = await hostPoll();
    paghiper.setStatus(boleto.transaction_id, 'paid');

    const second = await hostPoll(first.cursor);

    expect(first.fresh.map((item) => item.key).sort()).toEqual(
      [`${boleto.transaction_id}:pending`, `${pix.transaction_id}:pending`].sort(),
    );
    expect(second.fresh.map((item) => item.key)).toEqual([`${boleto.transaction_id}:paid`]);
    const today = brasiliaDay(Date.now());
    expect(second.cursor).toEqual({ lastPolledDays: { boleto: today, pix: today } });
  });

  it('should read the PIX charges when the boleto list fails, and the boletos on the next poll', async () => {
    const boleto = paghiper.createTransaction({ kind: 'boleto' });
    const pix = paghiper.createTransaction({ kind: 'pix' });
    paghiper.setFault({ status: 503, times: 1 });

    const first = await hostPoll();
    const second = await hostPoll(first.cursor);

    expect(first.fresh.map((item) => item.key)).toEqual([`${pix.transaction_id}:pending`]);
    expect(first.cursor).toEqual({ lastPolledDays: { pix: brasiliaDay(Date.now()) } });
    // The failed part is reported on its own, for the run to show; the next poll has none.
    expect(first.warnings).toEqual([
      expect.stringMatching(
        /^PagHiper's boleto list could not be read, so its changes wait for the next check: .+/,
      ),
    ]);
    expect(second.fresh.map((item) => item.key)).toEqual([`${boleto.transaction_id}:pending`]);
    expect(second.warnings).toEqual([]);
  });

  it('should start once when a pending boleto is due soon, and not again on the next poll', async () => {
    const context = testContext({
      credentials: ctx.credentials,
      settings: { ...ctx.settings, reminders: ['due-soon', 'overdue'], dueSoonDays: '2' },
    });
    const dueTomorrow = paghiper.createTransaction({
      kind: 'boleto',
      due_date: paghiperDate(new Date(Date.now() + DAY_MS), false),
    });
    const first = await hostPoll(undefined, context);
    const again = await hostPoll(first.cursor, context);

    const dueSoon = first.fresh.find(
      (item) => item.key === `${dueTomorrow.transaction_id}:due-soon`,
    );
    expect(dueSoon?.payload).toMatchObject({ event: 'due-soon', days_left: 1, status: 'pending' });
    expect(again.fresh.map((item) => item.key)).toEqual([]);
  });

  it('should derive a reminder only for a ticked one, and only for a pending boleto', () => {
    const pending = { transaction_id: 'T1', status: 'pending', due_date: '2026-12-01' };
    const settings = { reminders: ['overdue'], dueSoonDays: '1' };

    expect(reminderOf(pending, 'boleto', settings, '2026-12-04')).toMatchObject({
      key: 'T1:overdue',
      payload: { event: 'overdue', days_overdue: 3 },
    });
    expect(reminderOf(pending, 'boleto', settings, '2026-11-30')).toBeNull();
    expect(reminderOf({ ...pending, status: 'paid' }, 'boleto', settings, '2026-12-04')).toBeNull();
    expect(reminderOf(pending, 'pix', settings, '2026-12-04')).toBeNull();
  });

  it('should reach back as far as the look-back the user sets', async () => {
    const context = testContext({
      credentials: ctx.credentials,
      settings: { ...ctx.settings, lookBackDays: '90' },
    });

    await sut(context, undefined);

    const [created] = listBodies();
    expect(created.body).toMatchObject({ initial_date: brasiliaDay(Date.now() - 90 * DAY_MS) });
    expect(lookBackDaysOf('0')).toBe(30);
    expect(lookBackDaysOf('400')).toBe(30);
    expect(lookBackDaysOf('')).toBe(30);
  });

  it('should offer the payer, amounts and boleto data as variables', async () => {
    const boleto = paghiper.createTransaction({
      kind: 'boleto',
      items: [{ item_id: '7', description: 'Camiseta', quantity: 2, price_cents: 4995 }],
    });
    paghiper.setStatus(boleto.transaction_id, 'paid');

    const { items } = await sut(ctx, undefined);

    const [item] = items.filter((entry) => entry.key === `${boleto.transaction_id}:paid`);
    expect(item.payload).toMatchObject({
      kind: 'boleto',
      transaction_id: boleto.transaction_id,
      order_id: boleto.order_id,
      status: 'paid',
      amount_cents: 9990,
      amount: 99.9,
      amount_paid_cents: 9990,
      fee_cents: 349,
      fee: 3.49,
      paid_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      payer: {
        name: 'João da Silva',
        email: 'joao.silva@example.com',
        phone: '11987654321',
        cpf_cnpj: '11144477735',
      },
      boleto: {
        url: boleto.bank_slip?.url_slip,
        digitable_line: boleto.bank_slip?.digitable_line,
      },
      pix: null,
      items: [
        { item_id: '7', description: 'Camiseta', quantity: 2, price_cents: 4995, price: 49.95 },
      ],
    });
    expect(item.occurredAt).toMatch(/Z$/);
  });

  it('should offer the PIX code when the charge is a PIX', async () => {
    const pix = paghiper.createTransaction({ kind: 'pix' });

    const { items } = await sut({ ...ctx, settings: { kinds: ['pix'] } }, undefined);

    expect(items[0].payload).toMatchObject({
      kind: 'pix',
      boleto: null,
      pix: { emv: pix.pix_code?.emv, qrcode_image_url: pix.pix_code?.qrcode_image_url },
    });
    expect(paghiper.requests().every((request) => request.path === '/pix/invoice/list/')).toBe(
      true,
    );
  });

  it('should catch an older boleto when it is paid today', async () => {
    const old = paghiper.createTransaction({
      kind: 'boleto',
      created_date: paghiperDate(new Date(Date.now() - 60 * DAY_MS)),
    });
    const first = await hostPoll(undefined, { ...ctx, settings: { kinds: ['boleto'] } });
    paghiper.setStatus(old.transaction_id, 'completed');

    const second = await hostPoll(first.cursor, { ...ctx, settings: { kinds: ['boleto'] } });

    expect(first.fresh).toEqual([]);
    expect(second.fresh.map((item) => item.key)).toEqual([`${old.transaction_id}:completed`]);
  });

  it('should keep only the ticked statuses when some are chosen', async () => {
    const pending = paghiper.createTransaction();
    const paid = paghiper.createTransaction();
    paghiper.setStatus(paid.transaction_id, 'paid');

    const { items } = await sut(
      { ...ctx, settings: { kinds: ['boleto'], statuses: ['paid'] } },
      undefined,
    );

    const keys = items.map((item) => item.key);
    expect(keys).toContain(`${paid.transaction_id}:paid`);
    expect(keys).not.toContain(`${pending.transaction_id}:pending`);
  });

  it('should read every page when there are more charges than one page holds', async () => {
    for (let i = 0; i < 130; i++) paghiper.createTransaction();

    const { items } = await sut({ ...ctx, settings: { kinds: ['boleto'] } }, undefined);

    expect(items).toHaveLength(130);
    const pages = paghiper
      .requests()
      .map((request) => JSON.parse(request.body) as { page: number; filter_date?: string })
      .filter((body) => !body.filter_date)
      .map((body) => body.page);
    expect(pages).toEqual([1, 2]);
  });

  it("should fail for good in PagHiper's words when the token is wrong", async () => {
    const wrong = { ...ctx, credentials: { ...ctx.credentials, token: 'nope' } };

    const error = await sut(wrong, undefined).catch((e) => e);

    expect(error).toBeInstanceOf(PagHiperRejectedError);
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(error.message).toBe(
      'PagHiper refused the request while Fluxo was reading boletos: "apiKey ou token inválidos". ' +
        'Check the API key and token in the account (PagHiper → Minha Conta → Credenciais).',
    );
  });

  it('should ask for a retry when PagHiper is down for every kind', async () => {
    paghiper.setFault({ status: 503, times: 2 });

    const error = await sut(ctx, undefined).catch((e) => e);

    expect(error).toBeInstanceOf(TransientDeliveryError);
  });
});
