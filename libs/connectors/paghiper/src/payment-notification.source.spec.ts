import {
  type ConnectorContext,
  type InboundRequest,
  InboundRejectedError,
  testContext,
  startHookEndpoint,
  type HookEndpoint,
} from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md).
import { PagHiperSandbox } from '@fluxo/sandboxes';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { paymentNotificationSource } from './payment-notification.source';

describe(paymentNotificationSource.name, () => {
  const sut = paymentNotificationSource;
  let paghiper: PagHiperSandbox;
  let hook: HookEndpoint;
  let ctx: ConnectorContext;
  let answers: number[];

  /** Verifies like the host (401/422 for a refused call); `answers` can force other statuses. */
  const hostVerdict = (request: InboundRequest): number => {
    try {
      sut.verify?.(request, ctx);
    } catch (error) {
      return error instanceof InboundRejectedError ? error.statusCode : 500;
    }
    return answers.shift() ?? 200;
  };

  const hydrate = (payload: Record<string, unknown>, context = ctx) => {
    if (!sut.hydrate) throw new Error('the source declares no hydrate');
    return sut.hydrate(payload, context);
  };

  const itemOf = (index: number) => sut.parse(hook.received[index], `evt_${index}`, ctx)[0];

  beforeEach(async () => {
    paghiper = await PagHiperSandbox.start({ retryDelaysMs: [5, 5, 5] });
    hook = await startHookEndpoint(hostVerdict);
    answers = [];
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
    await hook.close();
    await paghiper.stop();
  });

  describe('verify', () => {
    it('should accept the form PagHiper posts when it carries the account key', async () => {
      const boleto = paghiper.createTransaction({ notification_url: hook.url });
      paghiper.setStatus(boleto.transaction_id, 'paid');

      const record = await paghiper.notify(boleto.transaction_id);

      expect(record.acknowledged).toBe(true);
      const request = hook.received[0];
      expect(request.contentType).toBe('application/x-www-form-urlencoded');
      expect(request.body).toEqual({
        notification_id: record.notification_id,
        transaction_id: boleto.transaction_id,
        apiKey: paghiper.apiKey,
        notification_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      });
    });

    it('should answer 401 when the notification carries another API key', async () => {
      const boleto = paghiper.createTransaction({ notification_url: hook.url });

      const record = await paghiper.notify(boleto.transaction_id, { apiKey: 'apk_someone-else' });

      expect(record.attempts.map((attempt) => attempt.status)).toEqual([401, 401, 401, 401]);
    });

    it('should let a notification without apiKey through to be confirmed in the run', () => {
      const request = formRequest({ notification_id: 'N1', transaction_id: 'T1' });

      expect(() => sut.verify?.(request, ctx)).not.toThrow();
    });

    it('should answer 422 when the form has no transaction_id', () => {
      const request = formRequest({ notification_id: 'N1', apiKey: paghiper.apiKey });

      expect(() => sut.verify?.(request, ctx)).toThrow(
        expect.objectContaining({ statusCode: 422, code: 'INVALID_NOTIFICATION' }),
      );
    });

    it('should refuse every call when the account has no API key', () => {
      const request = formRequest({ notification_id: 'N1', transaction_id: 'T1', apiKey: 'x' });
      const noKey = { ...ctx, credentials: { token: 't' } };

      expect(() => sut.verify?.(request, noKey)).toThrow(/no API key yet/);
    });
  });

  describe('parse', () => {
    it('should give the same key when PagHiper sends a notification again', async () => {
      const boleto = paghiper.createTransaction({ notification_url: hook.url });
      answers = [503];

      const record = await paghiper.notify(boleto.transaction_id);

      expect(record.attempts.map((attempt) => attempt.status)).toEqual([503, 200]);
      expect(itemOf(0).key).toBe(`${boleto.transaction_id}:${record.notification_id}`);
      expect(itemOf(1).key).toBe(itemOf(0).key);
    });

    it('should give a new key when the charge changes status again', async () => {
      const boleto = paghiper.createTransaction({ notification_url: hook.url });
      paghiper.setStatus(boleto.transaction_id, 'paid');
      await paghiper.notify(boleto.transaction_id);
      paghiper.setStatus(boleto.transaction_id, 'completed');
      await paghiper.notify(boleto.transaction_id);

      expect(itemOf(0).key).not.toBe(itemOf(1).key);
    });
  });

  describe('hydrate', () => {
    it('should resolve a boleto notification through transaction/notification', async () => {
      const boleto = paghiper.createTransaction({ notification_url: hook.url });
      paghiper.setStatus(boleto.transaction_id, 'paid');
      const record = await paghiper.notify(boleto.transaction_id);
      paghiper.clearRequests();

      const variables = await hydrate(itemOf(0).payload);

      const calls = paghiper.requests();
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({ method: 'POST', path: '/transaction/notification/' });
      expect(calls[0].headers['content-type']).toBe('application/json');
      expect(JSON.parse(calls[0].body)).toEqual({
        apiKey: paghiper.apiKey,
        token: paghiper.token,
        notification_id: record.notification_id,
        transaction_id: boleto.transaction_id,
      });
      expect(variables).toMatchObject({
        kind: 'boleto',
        transaction_id: boleto.transaction_id,
        status: 'paid',
        amount_cents: 12990,
        amount: 129.9,
        boleto: { digitable_line: boleto.bank_slip?.digitable_line },
        notification: { notification_id: record.notification_id },
        _statusKey: `${boleto.transaction_id}:paid`,
      });
      expect(variables).not.toHaveProperty('_ignored');
    });

    it('should try the PIX endpoint when the boleto endpoint does not know it', async () => {
      const pix = paghiper.createTransaction({ kind: 'pix', notification_url: hook.url });
      paghiper.setStatus(pix.transaction_id, 'paid');
      await paghiper.notify(pix.transaction_id);
      paghiper.clearRequests();

      const variables = await hydrate(itemOf(0).payload);

      expect(paghiper.requests().map((request) => request.path)).toEqual([
        '/transaction/notification/',
        '/pix/invoice/notification/',
      ]);
      expect(variables).toMatchObject({ kind: 'pix', pix: { emv: pix.pix_code?.emv } });
    });

    it('should mark the item ignored when its status is not ticked', async () => {
      const boleto = paghiper.createTransaction({ notification_url: hook.url });
      await paghiper.notify(boleto.transaction_id);
      const paidOnly = { ...ctx, settings: { kinds: ['boleto'], statuses: ['paid', 'completed'] } };

      const variables = await hydrate(itemOf(0).payload, paidOnly);

      expect(variables['_ignored']).toBe('The status "pending" is not ticked in this step.');
    });

    it("should ignore, in PagHiper's words, a notification no endpoint knows", async () => {
      const payload = { notification: { notification_id: 'FORGED', transaction_id: 'NOPE' } };

      const variables = await hydrate(payload);

      expect(variables['_ignored']).toContain('PagHiper does not know this notification');
      expect(variables['_ignored']).toContain('notification_id não encontrado');
    });
  });
});

function formRequest(fields: Record<string, string>): InboundRequest {
  const raw = new URLSearchParams(fields).toString();
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    query: {},
    contentType: 'application/x-www-form-urlencoded',
    body: fields,
    files: [],
    rawBody: Buffer.from(raw),
    url: 'https://fluxo.example/hooks/tok',
  };
}
