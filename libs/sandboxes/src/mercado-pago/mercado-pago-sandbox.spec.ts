import { createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type HookReceiver, startHookReceiver } from '../__fixtures__/hook-receiver';
import { MercadoPagoSandbox } from './mercado-pago-sandbox';

const startReceiver = (statuses: number[], delayMs = 0) =>
  startHookReceiver({ statuses, delayMs, path: '/hooks/abc' });

describe(MercadoPagoSandbox.name, () => {
  let sut: MercadoPagoSandbox;
  const api = (path: string, init: RequestInit = {}) => fetch(`${sut.url}${path}`, init);
  const bearer = () => ({ authorization: `Bearer ${sut.accessToken}` });

  beforeAll(async () => {
    sut = await MercadoPagoSandbox.start({
      retryDelaysMs: [5, 5, 5, 5, 5],
      firstAttemptTimeoutMs: 300,
      retryTimeoutMs: 300,
    });
  });

  afterAll(async () => {
    await sut.stop();
  });

  beforeEach(() => {
    sut.clearRequests();
    sut.setFault(null);
  });

  describe('API', () => {
    it("should answer 401 in Mercado Pago's error shape when the token is missing", async () => {
      const response = await api('/v1/payments/1');

      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        message: 'invalid access token',
        error: 'unauthorized',
        status: 401,
        cause: [],
      });
    });

    it('should return a payment created through the control API', async () => {
      const created = await api('/__control/payments', {
        method: 'POST',
        body: JSON.stringify({ status: 'approved', transaction_amount: 99.9 }),
      }).then((r) => r.json() as Promise<{ id: number }>);

      const response = await api(`/v1/payments/${created.id}`, { headers: bearer() });

      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        id: created.id,
        status: 'approved',
        status_detail: 'accredited',
        transaction_amount: 99.9,
        date_approved: expect.any(String),
      });
      expect(sut.requests()).toEqual([
        expect.objectContaining({ method: 'GET', path: `/v1/payments/${created.id}` }),
      ]);
    });

    it('should answer 404 not_found when the payment does not exist', async () => {
      const response = await api('/v1/payments/404404', { headers: bearer() });

      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        message: 'Payment not found',
        error: 'not_found',
        status: 404,
        cause: [],
      });
    });

    it('should serve preapprovals and authorized payments', async () => {
      const preapproval = sut.createPreapproval();
      const charge = sut.createAuthorizedPayment();

      const [a, b] = await Promise.all([
        api(`/preapproval/${preapproval.id}`, { headers: bearer() }).then((r) => r.json()),
        api(`/authorized_payments/${charge.id}`, { headers: bearer() }).then((r) => r.json()),
      ]);

      expect(a).toMatchObject({ id: preapproval.id, status: 'authorized' });
      expect(b).toMatchObject({ id: charge.id, preapproval_id: preapproval.id });
    });

    it('should answer 429 with Retry-After when a fault is set, then recover', async () => {
      const payment = sut.createPayment();
      await api('/__control/fault', {
        method: 'POST',
        body: JSON.stringify({ status: 429, times: 1, retryAfterSeconds: 2 }),
      });

      const first = await api(`/v1/payments/${payment.id}`, { headers: bearer() });
      const second = await api(`/v1/payments/${payment.id}`, { headers: bearer() });

      expect(first.status).toBe(429);
      expect(first.headers.get('retry-after')).toBe('2');
      expect(second.status).toBe(200);
    });

    it('should move a payment to a new status through the control API', async () => {
      const payment = sut.createPayment({ status: 'approved', transaction_amount: 10 });

      const updated = await api(`/__control/payments/${payment.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ status: 'refunded' }),
      }).then((r) => r.json() as Promise<unknown>);

      expect(updated).toMatchObject({
        status: 'refunded',
        status_detail: 'refunded',
        transaction_amount_refunded: 10,
      });
    });
  });

  describe('notifications', () => {
    let receiver: HookReceiver;

    afterEach(async () => {
      await receiver.close();
    });

    it('should POST the signed notification Mercado Pago sends', async () => {
      receiver = await startReceiver([200]);

      const record = await sut.sendNotification({ url: receiver.url, dataId: 1312000001 });

      const [hit] = receiver.received;
      expect(hit.path).toBe('/hooks/abc?data.id=1312000001&type=payment');
      expect(JSON.parse(hit.body)).toEqual({
        id: record.notificationId,
        live_mode: false,
        type: 'payment',
        date_created: expect.any(String),
        user_id: 1234567890,
        api_version: 'v1',
        action: 'payment.updated',
        data: { id: '1312000001' },
      });
      const requestId = String(hit.headers['x-request-id']);
      const [, ts, v1] =
        /^ts=(\d+),v1=([0-9a-f]{64})$/.exec(String(hit.headers['x-signature'])) ?? [];
      expect(ts).toHaveLength(10);
      expect(v1).toBe(
        createHmac('sha256', sut.webhookSecret)
          .update(`id:1312000001;request-id:${requestId};ts:${ts};`)
          .digest('hex'),
      );
      expect(record.acknowledged).toBe(true);
    });

    it('should write capitalised header names when asked', async () => {
      receiver = await startReceiver([]);

      await sut.sendNotification({ url: receiver.url, dataId: 1, headerCase: 'canonical' });

      expect(receiver.received[0].rawHeaders).toEqual(
        expect.arrayContaining(['X-Signature', 'X-Request-Id']),
      );
    });

    it('should send a 13-digit ts when asked for milliseconds and no header when missing', async () => {
      receiver = await startReceiver([]);

      await sut.sendNotification({ url: receiver.url, dataId: 1, signature: 'valid-ms' });
      await sut.sendNotification({ url: receiver.url, dataId: 1, signature: 'missing' });

      expect(String(receiver.received[0].headers['x-signature'])).toMatch(/^ts=\d{13},v1=/);
      expect(receiver.received[1].headers['x-signature']).toBeUndefined();
    });

    it('should retry until the receiver answers 200 or 201 and record each answer', async () => {
      receiver = await startReceiver([500, 404, 201]);

      const record = await sut.sendNotification({ url: receiver.url, dataId: 7 });

      expect(record.attempts.map((a) => [a.retry, a.status])).toEqual([
        [0, 500],
        [1, 404],
        [2, 201],
      ]);
      expect(new Set(record.attempts.map((a) => a.requestId)).size).toBe(3);
      expect(record.attempts.every((a) => a.durationMs >= 0)).toBe(true);
    });

    it('should count a slow answer as a failure when it exceeds the wait', async () => {
      receiver = await startReceiver([], 1000);

      const record = await sut.sendNotification({ url: receiver.url, dataId: 7, retry: false });

      expect(record.attempts).toEqual([
        expect.objectContaining({ status: null, error: 'no answer within 300 ms' }),
      ]);
      expect(record.acknowledged).toBe(false);
    });

    it('should send through the control API and log it', async () => {
      receiver = await startReceiver([]);

      const response = await api('/__control/notifications', {
        method: 'POST',
        body: JSON.stringify({ url: receiver.url, dataId: 'abc', deliveries: 2 }),
      });

      expect(response.status).toBe(200);
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received[0].body).toBe(receiver.received[1].body);
      const log = await api('/__control/notifications').then(
        (r) => r.json() as Promise<{ attempts: unknown[] }[]>,
      );
      expect(log.at(-1)?.attempts).toHaveLength(2);
    });
  });

  it('should tell how to point an account at it', () => {
    expect(sut.cliHelp()).toContain(`API address:     ${sut.url}`);
  });
});
