import {
  type ConnectorContext,
  InboundRejectedError,
  SignatureRejectedError,
  type SourceItem,
  testContext,
  startHookEndpoint,
  type HookEndpoint,
} from '@fluxo/connector-sdk';
import { type PaytPostbackRecord, PaytSandbox, type PaytSandboxEvent } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { PAYT_EVENTS } from './postback';
import { KEY_MISMATCH_REASON, postbackSource as sut } from './postback.source';

const INTEGRATION_KEY = 'a3f9c2e18b7d4f60a1b2c3d4e5f60718';
const ALL_EVENTS = PAYT_EVENTS.map((event) => event.value);

describe('postbackSource', () => {
  let payt: PaytSandbox;
  let endpoint: HookEndpoint;
  let ctx: ConnectorContext;
  let items: SourceItem[][];
  let rejections: InboundRejectedError[];

  beforeAll(async () => {
    payt = await PaytSandbox.start({ integrationKey: INTEGRATION_KEY });
    // Plays the host: verify, then parse; a rejection answers its status, like the hook route.
    endpoint = await startHookEndpoint((request) => {
      try {
        sut.verify?.(request, ctx);
        items.push(sut.parse(request, `evt_${items.length}`, ctx));
        return 200;
      } catch (error) {
        if (!(error instanceof InboundRejectedError)) throw error;
        rejections.push(error);
        return error.statusCode;
      }
    });
  });

  afterAll(async () => {
    await endpoint.close();
    await payt.stop();
  });

  const firstItem = (): SourceItem => {
    const [item] = items.flat();
    if (!item) throw new Error('No item was parsed');
    return item;
  };
  const firstStatus = (postbacks: PaytPostbackRecord[]): number | undefined =>
    postbacks[0]?.attempts[0]?.status;

  beforeEach(() => {
    ctx = testContext({
      credentials: { integrationKey: INTEGRATION_KEY },
      settings: { events: ALL_EVENTS },
    });
    items = [];
    rejections = [];
    endpoint.received.length = 0;
  });

  it('should turn an approved sale into one item with its variables when the key matches', async () => {
    const { sale, postbacks } = await payt.sendPostback(endpoint.url, {
      sale: {
        event: 'approved',
        customer: {
          name: 'Joana Pereira',
          email: 'joana@example.com',
          phone: '11912345678',
          doc: '12345678909',
        },
        product: { code: 'P1', sku: 'SKU-1', name: 'Curso de pão', quantity: 2, price: 4850 },
        tracking: { utm_source: 'facebook', utm_medium: 'cpc', utm_campaign: 'marco', sck: 'ad7' },
      },
    });

    expect(
      postbacks.flatMap((postback) => postback.attempts.map((attempt) => attempt.status)),
    ).toEqual([200]);
    expect(items).toHaveLength(1);
    const item = firstItem();
    const postback = JSON.parse(postbacks[0]?.body ?? '') as { updated_at: string };
    // A sale is approved once: a repeat of its "paid" postback has the same key.
    expect(item.key).toBe(`${sale.transactionId}|approved`);
    expect(postback.updated_at).toEqual(expect.any(String));
    expect(item.payload).toMatchObject({
      event: 'approved',
      status: 'paid',
      test: false,
      transaction_id: sale.transactionId,
      customer: {
        name: 'Joana Pereira',
        first_name: 'Joana',
        email: 'joana@example.com',
        phone: '11912345678',
        phone_e164: '+5511912345678',
        document: '12345678909',
      },
      product: {
        code: 'P1',
        sku: 'SKU-1',
        name: 'Curso de pão',
        quantity: 2,
        price_cents: 4850,
        price: '48.50',
      },
      transaction: {
        payment_method: 'credit_card',
        payment_status: 'paid',
        total_price_cents: 9700,
        total_price: '97.00',
      },
      shipping: {
        status: 'waiting_code',
        service: 'sedex',
        address: { state: 'MG', city: 'Belo Horizonte' },
      },
      checkout: { url: expect.stringMatching(/^https:\/\/checkout\.payt\.com\.br\//) },
      tracking: {
        utm_source: 'facebook',
        utm_medium: 'cpc',
        utm_campaign: 'marco',
        utm_term: '',
        utm_content: '',
        src: '',
        sck: 'ad7',
      },
    });
    expect(item.occurredAt).toBe(
      new Date(`${postback.updated_at.replace(' ', 'T')}-03:00`).toISOString(),
    );
  });

  it('should refuse with 401 and a plain reason when the postback carries another key', async () => {
    const { postbacks } = await payt.sendPostback(endpoint.url, { key: 'wrong' });

    expect(firstStatus(postbacks)).toBe(401);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toBeInstanceOf(SignatureRejectedError);
    expect(rejections[0]?.message).toBe(KEY_MISMATCH_REASON);
    expect(items).toEqual([]);
  });

  it('should refuse with 401 when the postback carries no key', async () => {
    const { postbacks } = await payt.sendPostback(endpoint.url, { key: 'missing' });

    expect(firstStatus(postbacks)).toBe(401);
    expect(rejections[0]).toBeInstanceOf(SignatureRejectedError);
    expect(rejections[0]?.message).toMatch(/carries no integration key/);
  });

  it('should refuse every postback when the account has no key yet', async () => {
    ctx = { ...ctx, credentials: {} };

    await payt.sendPostback(endpoint.url, {});

    expect(rejections[0]).toBeInstanceOf(SignatureRejectedError);
    expect(rejections[0]?.message).toMatch(/no integration key yet/);
  });

  it('should give repeated postbacks one dedupe key when PayT sends the same postback again', async () => {
    await payt.sendPostback(endpoint.url, { sale: { event: 'approved' }, repeat: 3 });

    const keys = items.flat().map((item) => item.key);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('should give a new dedupe key when the same sale moves to another status', async () => {
    const { sale } = await payt.sendPostback(endpoint.url, { sale: { event: 'waiting-payment' } });
    payt.updateSale(sale.transactionId, 'approved');
    await payt.sendPostback(endpoint.url, { saleId: sale.transactionId });

    const [first, second] = items.flat();
    expect(first?.payload['event']).toBe('waiting-payment');
    expect(second?.payload['event']).toBe('approved');
    expect(first?.key).not.toBe(second?.key);
  });

  it.each<[PaytSandboxEvent, string, string]>([
    ['waiting-payment', 'waiting_payment', 'waiting_payment'],
    ['cancelled', 'canceled', 'canceled'],
    ['abandoned-checkout', 'lost_cart', ''],
    ['approved', 'paid', 'paid'],
    ['chargeback', 'canceled', 'chargeback'],
    ['shipping-updated', 'shipping', 'paid'],
    ['invoiced', 'billed', 'paid'],
    ['refunded', 'canceled', 'refunded'],
  ])('should report event %s when PayT posts status %s', async (event, status, paymentStatus) => {
    await payt.sendPostback(endpoint.url, { sale: { event } });

    expect(items.flat()).toHaveLength(1);
    expect(firstItem().payload).toMatchObject({
      event,
      status,
      transaction: { payment_status: paymentStatus },
    });
  });

  it('should acknowledge and ignore a postback when its event is not ticked', async () => {
    ctx = { ...ctx, settings: { events: ['approved'] } };

    const { postbacks } = await payt.sendPostback(endpoint.url, { sale: { event: 'refunded' } });

    expect(firstStatus(postbacks)).toBe(200);
    expect(items).toEqual([[]]);
  });

  it('should accept the "cancelled" spelling of a sample when the README says "canceled"', async () => {
    await payt.sendPostback(endpoint.url, {
      sale: { event: 'cancelled' },
      cancelledSpelling: 'cancelled',
    });

    expect(firstItem().payload).toMatchObject({ event: 'cancelled', status: 'cancelled' });
  });

  it('should read the address state when PayT writes "state" instead of "estate"', async () => {
    await payt.sendPostback(endpoint.url, { addressStateKey: 'state' });

    expect(firstItem().payload).toMatchObject({
      customer: { billing_address: { state: 'MG' } },
      shipping: { address: { state: 'MG' } },
    });
  });

  it('should read the dotted-flat variant like the nested one when keys are dotted', async () => {
    const { sale } = await payt.sendPostback(endpoint.url, {
      sale: { event: 'approved', tracking: { utm_source: 'google' } },
    });
    await payt.sendPostback(endpoint.url, { saleId: sale.transactionId, shape: 'flat' });

    expect(JSON.parse(endpoint.received[1]?.rawBody.toString() ?? '{}')).toHaveProperty([
      'customer.name',
    ]);
    const [nested, flat] = items.flat();
    expect(flat?.payload).toEqual(nested?.payload);
    expect(flat?.key).toBe(nested?.key);
  });

  it('should offer the PIX code and link when a PIX sale waits for payment', async () => {
    await payt.sendPostback(endpoint.url, {
      sale: { event: 'waiting-payment', paymentMethod: 'pix' },
    });

    const transaction = firstItem().payload['transaction'] as Record<string, unknown>;
    expect(transaction['payment_method']).toBe('pix');
    expect(transaction['pix_url']).toMatch(/^https:\/\/checkout\.payt\.com\.br\/obrigado\//);
    expect(transaction['pix_code']).toMatch(/^000201/);
    expect(transaction['expires_at']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('should offer the boleto link and line when a boleto sale waits for payment', async () => {
    await payt.sendPostback(endpoint.url, {
      sale: { event: 'waiting-payment', paymentMethod: 'boleto' },
    });

    expect(firstItem().payload['transaction']).toMatchObject({
      payment_method: 'boleto',
      bankslip_url: expect.stringContaining('/boleto/'),
      bankslip_code: expect.stringMatching(/^\d{47}$/),
    });
  });

  it('should offer the checkout link and key on the cart when a checkout is abandoned', async () => {
    const { sale } = await payt.sendPostback(endpoint.url, {
      sale: { event: 'abandoned-checkout', customer: { name: 'Rui Alves' } },
    });

    const item = firstItem();
    expect(item.key).toMatch(new RegExp(`^cart:${sale.cartId}\\|lost_cart\\|\\|`));
    expect(item.payload).toMatchObject({
      event: 'abandoned-checkout',
      customer: { name: 'Rui Alves' },
      checkout: { url: expect.stringContaining(`?cart=${sale.cartId}`) },
      transaction: { total_price: '', total_price_cents: null },
    });
  });

  it('should offer the tracking code when the delivery status is updated', async () => {
    await payt.sendPostback(endpoint.url, {
      sale: { event: 'shipping-updated', trackingCode: 'OK987654321BR' },
    });

    expect(firstItem().payload['shipping']).toMatchObject({
      status: 'tracking_received',
      tracking_code: 'OK987654321BR',
    });
  });

  it('should send a "Testar URL" postback once when PayT repeats the test', async () => {
    const { postbacks } = await payt.sendPostback(endpoint.url, { test: true, repeat: 2 });

    expect(postbacks.map((postback) => postback.attempts[0]?.status)).toEqual([200, 200]);
    const [first, second] = items.flat();
    expect(first?.payload['test']).toBe(true);
    expect(first?.key).toMatch(/^test:/);
    expect(second?.key).toBe(first?.key);
  });

  it('should keep a "Testar URL" postback as test data, not sent, unless test postbacks are run', async () => {
    await payt.sendPostback(endpoint.url, { test: true });
    ctx = testContext({
      credentials: { integrationKey: INTEGRATION_KEY },
      settings: { events: ALL_EVENTS, runTestPostbacks: true },
    });
    await payt.sendPostback(endpoint.url, { test: true });

    const [kept, run] = items.flat();
    expect(kept?.payload['_ignored']).toMatch(/^PayT test call received/);
    expect(kept?.payload['customer']).toBeDefined();
    expect(run?.payload['_ignored']).toBeUndefined();
    expect(run?.payload['test']).toBe(true);
  });

  it('should say an order shipped and delivered, and approve the sale once, as one paid sale travels', async () => {
    const { sale } = await payt.sendPostback(endpoint.url, { sale: { event: 'approved' } });
    for (const shippingStatus of ['posted_object', 'delivered']) {
      const body = JSON.parse(endpoint.received.at(-1)?.rawBody.toString() ?? '{}');
      const update = {
        ...body,
        shipping: { ...body.shipping, status: shippingStatus },
        updated_at: '2026-12-07 10:00:00',
      };
      const rawBody = Buffer.from(JSON.stringify(update));
      const request = { headers: {}, query: {}, body: update, rawBody } as never;
      sut.verify?.(request, ctx);
      items.push(sut.parse(request, `evt_${shippingStatus}`, ctx));
    }

    expect(items.flat().map((item) => [item.payload['event'], item.key])).toEqual([
      ['approved', `${sale.transactionId}|approved`],
      ['order-shipped', expect.stringContaining(sale.transactionId)],
      ['order-delivered', `${sale.transactionId}|order-delivered`],
    ]);
  });

  it('should leave the tracking variables empty when PayT sends sources as []', async () => {
    await payt.sendPostback(endpoint.url, { sale: { tracking: {} } });

    expect(JSON.parse(endpoint.received[0]?.rawBody.toString() ?? '{}').link.sources).toEqual([]);
    expect(Object.values(firstItem().payload['tracking'] as object)).toEqual(Array(7).fill(''));
  });

  it('should return no items when no event is ticked yet', () => {
    ctx = { ...ctx, settings: {} };
    const request = {
      method: 'POST',
      headers: {},
      query: {},
      contentType: 'application/json',
      body: JSON.parse(payt.postbackBody(payt.createSale().transactionId)),
      files: [],
      rawBody: Buffer.from(''),
      url: 'http://x/',
    };

    expect(sut.parse(request, 'evt', ctx)).toEqual([]);
  });

  it('should offer a realistic approved sale as sample data', () => {
    expect(sut.sample).toMatchObject({
      event: 'approved',
      customer: { name: expect.any(String), email: expect.stringContaining('@') },
      transaction: { total_price_cents: 9700, total_price: '97.00' },
      checkout: { url: expect.stringMatching(/^https:/) },
    });
  });
});
