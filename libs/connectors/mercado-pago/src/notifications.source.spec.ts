import {
  BlockedHostError,
  type ConnectorContext,
  type InboundRequest,
  InboundRejectedError,
  PermanentDeliveryError,
  testContext,
  testNetwork,
  TransientDeliveryError,
  startHookEndpoint,
  type HookEndpoint,
} from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md).
import { MercadoPagoSandbox } from '@fluxo/sandboxes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { notificationsSource } from './notifications.source';

const ALL_EVENTS = [
  'payment-approved',
  'payment-pending',
  'payment-rejected',
  'payment-refunded',
  'payment-charged-back',
  'payment-cancelled',
  'subscription-updated',
  'subscription-payment',
];

describe(notificationsSource.name, () => {
  const sut = notificationsSource;
  let mp: MercadoPagoSandbox;
  let hook: HookEndpoint;
  let ctx: ConnectorContext;

  /** Verifies like the host: 401 for a rejected call, 200 otherwise. */
  const hostVerdict = (request: InboundRequest): number => {
    try {
      sut.verify?.(request, ctx);
      return 200;
    } catch (error) {
      return error instanceof InboundRejectedError ? error.statusCode : 500;
    }
  };

  const parseCall = (index: number, eventId = `evt_${index}`) =>
    sut.parse(hook.received[index], eventId, ctx);

  beforeAll(async () => {
    mp = await MercadoPagoSandbox.start({ retryDelaysMs: [5, 5, 5, 5, 5], retryTimeoutMs: 500 });
  });

  afterAll(async () => {
    await mp.stop();
  });

  beforeEach(async () => {
    mp.clearRequests();
    mp.setFault(null);
    ctx = testContext({
      credentials: {
        accessToken: mp.accessToken,
        webhookSecret: mp.webhookSecret,
        apiBaseUrl: mp.url,
      },
      settings: { events: ALL_EVENTS },
    });
    hook = await startHookEndpoint(hostVerdict);
  });

  afterEach(async () => {
    await hook.close();
  });

  describe('verify', () => {
    it.each([
      ['seconds', { signature: 'valid' as const }],
      ['milliseconds', { signature: 'valid-ms' as const }],
      ['capitalised headers', { headerCase: 'canonical' as const }],
    ])('should accept a genuine notification when it is signed with %s', async (_, options) => {
      const payment = mp.createPayment({ status: 'approved' });

      const delivery = await mp.sendNotification({ url: hook.url, dataId: payment.id, ...options });

      expect(delivery.acknowledged).toBe(true);
      expect(delivery.attempts).toHaveLength(1);
      expect(hook.received[0].query).toEqual({
        'data.id': String(payment.id),
        type: 'payment',
      });
    });

    it('should accept an alphanumeric id when Mercado Pago signed it lower-cased', async () => {
      const delivery = await mp.sendNotification({
        url: hook.url,
        topic: 'subscription_preapproval',
        dataId: '2c9380848F0A1B2C',
        signIdAs: 'lower-case',
      });

      expect(delivery.acknowledged).toBe(true);
    });

    it('should take an unsigned IPN-style call as a hint, to be proven by reading the payment', () => {
      const ipn = { headers: {}, query: { topic: 'payment', id: '42' }, body: {} };

      expect(hostVerdict(ipn as unknown as InboundRequest)).toBe(200);
    });

    it('should still refuse an unsigned call that names its payment the webhook way', () => {
      const unsigned = {
        headers: {},
        query: { topic: 'payment', id: '42', 'data.id': '42' },
        body: {},
      };

      expect(hostVerdict(unsigned as unknown as InboundRequest)).toBe(401);
    });

    it.each(['wrong', 'missing', 'stale'] as const)(
      'should answer 401 to every retry when the signature is %s',
      async (signature) => {
        const delivery = await mp.sendNotification({ url: hook.url, dataId: 1, signature });

        expect(delivery.acknowledged).toBe(false);
        expect(delivery.attempts.map((attempt) => attempt.status)).toEqual(Array(6).fill(401));
      },
    );
  });

  describe('parse', () => {
    it('should key an item on the topic, the payment and the notification id', async () => {
      const payment = mp.createPayment({ status: 'pending' });
      await mp.sendNotification({ url: hook.url, dataId: payment.id, notificationId: 555 });

      const items = parseCall(0);

      expect(items).toEqual([
        {
          key: `payment:${payment.id}:555`,
          payload: {
            notification: {
              id: '555',
              topic: 'payment',
              action: 'payment.updated',
              resource_id: String(payment.id),
              date_created: expect.any(String),
              live_mode: false,
              user_id: '1234567890',
            },
          },
          occurredAt: expect.any(String),
        },
      ]);
    });

    it('should give the same key when Mercado Pago delivers a notification again', async () => {
      const payment = mp.createPayment();

      await mp.sendNotification({ url: hook.url, dataId: payment.id, deliveries: 2 });

      expect(hook.received).toHaveLength(2);
      expect(parseCall(0, 'evt_a')[0].key).toBe(parseCall(1, 'evt_b')[0].key);
    });

    it('should give a new key when the same payment later changes status', async () => {
      const payment = mp.createPayment({ status: 'pending' });
      await mp.sendNotification({ url: hook.url, dataId: payment.id, action: 'payment.created' });
      mp.updatePayment(payment.id, { status: 'approved' });
      await mp.sendNotification({ url: hook.url, dataId: payment.id });

      const [first, second] = [parseCall(0)[0].key, parseCall(1)[0].key];

      expect(first).not.toBe(second);
      expect(second.startsWith(`payment:${payment.id}:`)).toBe(true);
    });

    it('should fall back on the action and date when the body has no id', () => {
      const request = {
        ...hookless,
        body: { type: 'payment', action: 'payment.updated', date_created: '2026-03-02T10:00:00Z' },
      };

      expect(sut.parse(request, 'evt_1', ctx)[0].key).toBe(
        'payment:42:payment.updated:2026-03-02T10:00:00Z',
      );
    });

    it('should read an IPN-style call when only ?topic= and ?id= are given', () => {
      const request = { ...hookless, query: { topic: 'payment', id: '42' }, body: {} };

      expect(sut.parse(request, 'evt_9', ctx)[0].key).toBe('payment:42:call-evt_9');
    });

    it('should return no item when no payment event is ticked', () => {
      const onlySubscriptions = { ...ctx, settings: { events: ['subscription-updated'] } };

      expect(sut.parse(hookless, 'evt_1', onlySubscriptions)).toEqual([]);
    });

    it('should return no item for topics the source does not use', () => {
      const request = { ...hookless, query: { 'data.id': '9', type: 'merchant_order' }, body: {} };

      expect(sut.parse(request, 'evt_1', ctx)).toEqual([]);
    });
  });

  describe('hydrate', () => {
    const hydrate = (payload: Record<string, unknown>, context = ctx) => {
      if (!sut.hydrate) throw new Error('the source declares no hydrate');
      return sut.hydrate(payload, context);
    };
    const paymentItem = (id: string | number) => sut.parse(paymentCall(String(id)), 'evt', ctx)[0];

    it('should GET the payment with the access token and offer its fields', async () => {
      const payment = mp.createPayment({ status: 'approved', transaction_amount: 150.5 });

      const variables = await hydrate(paymentItem(payment.id).payload);

      const [call] = mp.requests();
      expect(call).toMatchObject({ method: 'GET', path: `/v1/payments/${payment.id}`, body: '' });
      expect(call.headers['authorization']).toBe(`Bearer ${mp.accessToken}`);
      expect(variables).toMatchObject({
        event: 'payment-approved',
        payment: {
          id: String(payment.id),
          status: 'approved',
          status_detail: 'accredited',
          amount: 150.5,
          amount_cents: 15050,
          currency: 'BRL',
          external_reference: 'pedido-1001',
          payment_method: 'pix',
          payment_type: 'bank_transfer',
          date_approved: expect.any(String),
        },
        payer: {
          name: 'Ana Souza',
          email: 'ana.souza@example.com',
          phone: '11 987654321',
          identification: { type: 'CPF', number: '19119119100' },
        },
        items: [{ id: 'SKU-1', title: 'Camiseta', quantity: 1, unit_price: 150.5 }],
        notification: { resource_id: String(payment.id) },
        _statusKey: `payment:${payment.id}:approved`,
      });
      expect(variables).not.toHaveProperty('_ignored');
    });

    it.each([
      ['in_process', 'payment-pending'],
      ['rejected', 'payment-rejected'],
      ['refunded', 'payment-refunded'],
      ['charged_back', 'payment-charged-back'],
      ['cancelled', 'payment-cancelled'],
    ])('should name the event when the payment is %s', async (status, event) => {
      const payment = mp.createPayment({ status });

      expect((await hydrate(paymentItem(payment.id).payload))['event']).toBe(event);
    });

    it('should mark the item ignored when its event is not ticked', async () => {
      const payment = mp.createPayment({ status: 'rejected' });
      const approvedOnly = { ...ctx, settings: { events: ['payment-approved'] } };

      const variables = await hydrate(paymentItem(payment.id).payload, approvedOnly);

      expect(variables['_ignored']).toBe('"Payment rejected" is not ticked in this step.');
    });

    it('should mark the item ignored when the status has no event', async () => {
      const payment = mp.createPayment({ status: 'in_mediation' });

      const variables = await hydrate(paymentItem(payment.id).payload);

      expect(variables['_ignored']).toContain('"in_mediation"');
    });

    it('should GET the preapproval when a subscription changes', async () => {
      const preapproval = mp.createPreapproval({ status: 'cancelled' });
      const request = subscriptionCall('subscription_preapproval', String(preapproval.id));

      const variables = await hydrate(sut.parse(request, 'evt', ctx)[0].payload);

      expect(mp.requests()[0].path).toBe(`/preapproval/${preapproval.id}`);
      expect(variables).toMatchObject({
        event: 'subscription-updated',
        subscription: { id: preapproval.id, status: 'cancelled', amount: 49.9, currency: 'BRL' },
        payer: { email: 'ana.souza@example.com' },
      });
    });

    it('should GET the authorized payment when a subscription is charged', async () => {
      const charge = mp.createAuthorizedPayment({ transaction_amount: 49.9 });
      const request = subscriptionCall('subscription_authorized_payment', String(charge.id));

      const variables = await hydrate(sut.parse(request, 'evt', ctx)[0].payload);

      expect(mp.requests()[0].path).toBe(`/authorized_payments/${charge.id}`);
      expect(variables).toMatchObject({
        event: 'subscription-payment',
        subscription_payment: {
          id: String(charge.id),
          amount_cents: 4990,
          payment_status: 'approved',
        },
      });
    });

    it('should fail for good with plain words when the access token is refused', async () => {
      const payment = mp.createPayment();
      const badToken = { ...ctx, credentials: { ...ctx.credentials, accessToken: 'APP_USR-x' } };

      const error = await hydrate(paymentItem(payment.id).payload, badToken).catch((e) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toContain('Mercado Pago refused the access token (401)');
      expect(error.message).not.toContain('APP_USR-x');
    });

    it('should fail for good when the payment does not exist', async () => {
      const error = await hydrate(paymentItem('123456').payload).catch((e) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toMatch(/^Mercado Pago has no payment 123456 \(404\)/);
    });

    it.each([429, 500, 503])(
      'should ask for a retry when Mercado Pago answers %i',
      async (status) => {
        const payment = mp.createPayment();
        mp.setFault({ status, times: 1 });

        const error = await hydrate(paymentItem(payment.id).payload).catch((e) => e);

        expect(error).toBeInstanceOf(TransientDeliveryError);
      },
    );

    it('should ask for a retry when Mercado Pago cannot be reached', async () => {
      const down = {
        ...ctx,
        credentials: { ...ctx.credentials, apiBaseUrl: 'http://127.0.0.1:9' },
      };

      const error = await hydrate(paymentItem(1).payload, down).catch((e) => e);

      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect(error.message).toContain('Could not reach Mercado Pago');
    });

    it('should not connect when the host guard refuses the address', async () => {
      const guarded = { ...ctx, network: testNetwork(['api.mercadopago.com']) };

      const error = await hydrate(paymentItem(1).payload, guarded).catch((e) => e);

      expect(error).toBeInstanceOf(BlockedHostError);
      expect(mp.requests()).toEqual([]);
    });

    it('should fail for good when the host gives no network', async () => {
      const offline = { ...ctx, network: undefined };

      const error = await hydrate(paymentItem(1).payload, offline).catch((e) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toContain('no network access');
    });
  });
});

const hookless: InboundRequest = {
  method: 'POST',
  headers: {},
  query: { 'data.id': '42', type: 'payment' },
  contentType: 'application/json',
  body: { id: 1, type: 'payment', data: { id: '42' } },
  files: [],
  rawBody: Buffer.from(''),
  url: 'https://fluxo.example/hooks/tok',
};

const paymentCall = (id: string): InboundRequest => ({
  ...hookless,
  query: { 'data.id': id, type: 'payment' },
  body: { id: 77, type: 'payment', action: 'payment.updated', data: { id } },
});

const subscriptionCall = (topic: string, id: string): InboundRequest => ({
  ...hookless,
  query: { 'data.id': id, type: topic },
  body: { id: 78, type: topic, action: 'updated', data: { id } },
});
