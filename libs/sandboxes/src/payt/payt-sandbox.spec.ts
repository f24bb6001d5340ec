import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type HookReceiver, startHookReceiver } from '../__fixtures__/hook-receiver';
import { PaytSandbox } from './payt-sandbox';

describe(PaytSandbox.name, () => {
  let sut: PaytSandbox;
  let receiver: HookReceiver;

  beforeEach(async () => {
    sut = await PaytSandbox.start({ integrationKey: 'f'.repeat(32) });
  });

  afterEach(async () => {
    await receiver?.close();
    await sut.stop();
  });

  it('should POST PayT V1 JSON with the account key when a sale is approved', async () => {
    receiver = await startHookReceiver();

    const { sale, postbacks } = await sut.sendPostback(receiver.url, {
      sale: {
        event: 'approved',
        customer: { name: 'Lia Melo', email: 'lia@example.com', phone: '21999990000' },
      },
    });

    expect(receiver.received).toHaveLength(1);
    const [call] = receiver.received;
    expect(call?.method).toBe('POST');
    expect(call?.headers['content-type']).toBe('application/json');
    const body = JSON.parse(call?.body ?? '{}');
    expect(body).toMatchObject({
      integration_key: 'f'.repeat(32),
      transaction_id: sale.transactionId,
      cart_id: sale.cartId,
      test: false,
      type: 'order',
      status: 'paid',
      customer: { name: 'Lia Melo', email: 'lia@example.com', phone: '21999990000' },
      product: { price: 9700, quantity: 1 },
      link: { sources: [] },
      transaction: { payment_method: 'credit_card', payment_status: 'paid', total_price: 9700 },
      shipping: { address: { estate: 'MG' } },
    });
    expect(body.updated_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(postbacks[0]).toMatchObject({
      delivered: true,
      attempts: [{ attempt: 1, status: 200 }],
    });
    expect(postbacks[0]?.body).toBe(call?.body);
  });

  it('should send another key or none when asked for a wrong or missing key', async () => {
    receiver = await startHookReceiver();

    await sut.sendPostback(receiver.url, { key: 'wrong' });
    await sut.sendPostback(receiver.url, { key: 'missing' });

    const [wrong, missing] = receiver.received.map((call) => JSON.parse(call.body));
    expect(wrong.integration_key).toMatch(/^[0-9a-f]{32}$/);
    expect(wrong.integration_key).not.toBe('f'.repeat(32));
    expect(missing).not.toHaveProperty('integration_key');
  });

  it('should write the variants the notes list when asked for them', async () => {
    receiver = await startHookReceiver();

    await sut.sendPostback(receiver.url, {
      sale: { event: 'cancelled', tracking: { utm_source: 'tiktok', sck: 'x1' } },
      cancelledSpelling: 'cancelled',
      addressStateKey: 'state',
      test: true,
      shape: 'flat',
    });

    const body = JSON.parse(receiver.received[0]?.body ?? '{}');
    expect(body).toMatchObject({
      status: 'cancelled',
      test: true,
      'customer.name': 'Ana Beatriz Souza',
      'shipping.address.state': 'MG',
      'link.sources.utm_source': 'tiktok',
      'link.query_params.sck': 'x1',
      'transaction.payment_status': 'canceled',
    });
    expect(body).not.toHaveProperty('customer');
  });

  it('should send a lost cart without a transaction when a checkout is abandoned', async () => {
    receiver = await startHookReceiver();

    const { sale } = await sut.sendPostback(receiver.url, {
      sale: { event: 'abandoned-checkout' },
    });

    const body = JSON.parse(receiver.received[0]?.body ?? '{}');
    expect(body.status).toBe('lost_cart');
    expect(body).not.toHaveProperty('transaction');
    expect(body).not.toHaveProperty('transaction_id');
    expect(body.link.url).toContain(`?cart=${sale.cartId}`);
  });

  it('should repeat the identical body when asked to send it several times', async () => {
    receiver = await startHookReceiver();

    const { postbacks } = await sut.sendPostback(receiver.url, { repeat: 3 });

    expect(postbacks).toHaveLength(3);
    expect(new Set(receiver.received.map((call) => call.body)).size).toBe(1);
  });

  it('should not retry by default when the receiver refuses, as PayT documents no retries', async () => {
    receiver = await startHookReceiver({ statuses: [500] });

    const { postbacks } = await sut.sendPostback(receiver.url, {});

    expect(receiver.received).toHaveLength(1);
    expect(postbacks[0]).toMatchObject({ delivered: false, attempts: [{ status: 500 }] });
  });

  it('should retry with the given gaps when retries are configured', async () => {
    receiver = await startHookReceiver({ statuses: [503, 401, 200] });

    const { postbacks } = await sut.sendPostback(receiver.url, {
      retries: 3,
      retryDelaysMs: [5, 10],
    });

    expect(postbacks[0]?.attempts.map((attempt) => attempt.status)).toEqual([503, 401, 200]);
    expect(postbacks[0]?.delivered).toBe(true);
  });

  it('should record status 0 and the error when nobody listens', async () => {
    receiver = await startHookReceiver();
    const url = receiver.url;
    await receiver.close();

    const { postbacks } = await sut.sendPostback(url, {});

    expect(postbacks[0]?.attempts[0]).toMatchObject({ status: 0, error: expect.any(String) });
  });

  it('should move updated_at on when a sale changes event', () => {
    const sale = sut.createSale({ event: 'waiting-payment' });

    const updated = sut.updateSale(sale.transactionId, 'approved');

    expect(updated.postback['status']).toBe('paid');
    expect(updated.postback['updated_at']).not.toBe(sale.postback['updated_at']);
  });

  it('should create sales and send postbacks through the control API', async () => {
    receiver = await startHookReceiver();

    const created = await fetch(`${sut.url}/__control/sales`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'refunded', customer: { name: 'Caio' } }),
    });
    const sale = (await created.json()) as { transactionId: string };
    const sent = await fetch(`${sut.url}/__control/postbacks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: receiver.url, saleId: sale.transactionId }),
    });
    const listed = await fetch(`${sut.url}/__control/postbacks`);

    expect(created.status).toBe(201);
    expect(sent.status).toBe(200);
    expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toMatchObject({
      transaction_id: sale.transactionId,
      status: 'canceled',
      transaction: { payment_status: 'refunded' },
      customer: { name: 'Caio' },
    });
    expect(await listed.json()).toEqual([
      expect.objectContaining({ transactionId: sale.transactionId, delivered: true }),
    ]);
  });

  it('should answer 400 when the control API gets no target URL or an unknown event', async () => {
    const noUrl = await fetch(`${sut.url}/__control/postbacks`, { method: 'POST', body: '{}' });
    const badEvent = await fetch(`${sut.url}/__control/sales`, {
      method: 'POST',
      body: JSON.stringify({ event: 'teleported' }),
    });

    expect(noUrl.status).toBe(400);
    expect(badEvent.status).toBe(400);
    expect(await badEvent.json()).toEqual({ error: expect.stringContaining('approved') });
  });

  it('should tell a user how to point an account at it', () => {
    expect(sut.cliHelp()).toContain('f'.repeat(32));
    expect(sut.cliHelp()).toContain(`${sut.url}/__control/postbacks`);
  });
});
