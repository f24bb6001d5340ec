import { type ConnectorContext, type SourceItem, testContext } from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md).
import { MercadoPagoSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { paymentsPolledSource, pollPayments } from './payments-polled.source';

describe(pollPayments.name, () => {
  let mp: MercadoPagoSandbox;
  let ctx: ConnectorContext & { settings: { events: string[] } };
  let seen: Set<string>;

  /** Polls as the host does: only keys not seen before are new. */
  const hostPoll = async (cursor?: unknown) => {
    const result = await pollPayments(ctx as never, cursor);
    const fresh = result.items.filter((item: SourceItem) => !seen.has(item.key));
    for (const item of fresh) seen.add(item.key);
    return { ...result, fresh };
  };

  beforeAll(async () => {
    mp = await MercadoPagoSandbox.start();
  });

  afterAll(async () => {
    await mp.stop();
  });

  beforeEach(() => {
    mp.clearRequests();
    seen = new Set();
    ctx = testContext({
      credentials: { accessToken: mp.accessToken, apiBaseUrl: mp.url },
      settings: { events: ['payment-approved', 'payment-refunded'] },
    }) as typeof ctx;
  });

  it('should search the payments updated since the last poll and emit each ticked change once', async () => {
    const approved = mp.createPayment({ status: 'approved' });
    mp.createPayment({ status: 'pending' });
    const first = await hostPoll();
    mp.updatePayment(approved.id, { status: 'refunded' });
    const second = await hostPoll(first.cursor);
    const third = await hostPoll(second.cursor);

    expect(first.fresh.map((item) => item.key)).toEqual([`payment:${approved.id}:approved`]);
    expect(first.fresh[0].payload).toMatchObject({
      event: 'payment-approved',
      _statusKey: `payment:${approved.id}:approved`,
    });
    expect(second.fresh.map((item) => item.key)).toEqual([`payment:${approved.id}:refunded`]);
    expect(third.fresh).toEqual([]);
    const [search] = mp.requests().filter((r) => r.path === '/v1/payments/search');
    expect(search.query).toMatchObject({
      sort: 'date_last_updated',
      criteria: 'asc',
      range: 'date_last_updated',
      limit: '1000',
      offset: '0',
    });
    expect(search.headers['authorization']).toBe(`Bearer ${mp.accessToken}`);
  });

  it('should take notifications too, with the key a read notification gets', () => {
    expect(paymentsPolledSource.kind).toBe('polling');
    expect(paymentsPolledSource.kind === 'polling' && paymentsPolledSource.push).toBeTruthy();
  });
});
