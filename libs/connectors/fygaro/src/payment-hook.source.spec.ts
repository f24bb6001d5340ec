import {
  type ConnectorContext,
  InboundRejectedError,
  SignatureRejectedError,
  type SourceItem,
  testContext,
  startHookEndpoint,
  type HookEndpoint,
} from '@fluxo/connector-sdk';
import { buildFygaroHook, type FygaroHookRecord, FygaroSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { paymentHookSource as sut } from './payment-hook.source';

const PUBLIC_KEY = 'pk_live_7Hc2Qm9Xa1';
const SECRET = 'sk_live_c0ffee5eed5a1tp3pp3r0ne';
const OLD_SECRET = 'sk_live_retired_0ld_s3cr3t';

describe('paymentHookSource', () => {
  let fygaro: FygaroSandbox;
  let endpoint: HookEndpoint;
  let ctx: ConnectorContext;
  let items: SourceItem[];
  let rejections: InboundRejectedError[];
  let failNextCalls: number;

  beforeAll(async () => {
    fygaro = await FygaroSandbox.start({
      publicKey: PUBLIC_KEY,
      secret: SECRET,
      retryDelaysMs: [5, 10, 20],
      // Many refusals in a row here are the point, not a reason to suspend the button's hook.
      suspendAfterFailedHooks: 0,
    });
    // Plays the host: a 500 while "down", else verify then parse; rejections answer their status.
    endpoint = await startHookEndpoint((request) => {
      if (failNextCalls > 0) {
        failNextCalls -= 1;
        return 500;
      }
      try {
        sut.verify?.(request, ctx);
        items.push(...sut.parse(request, `evt_${endpoint.received.length}`, ctx));
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
    await fygaro.stop();
  });

  beforeEach(() => {
    ctx = testContext({ credentials: { publicKey: PUBLIC_KEY, secret: SECRET } });
    items = [];
    rejections = [];
    failNextCalls = 0;
    endpoint.received.length = 0;
  });

  const statuses = (hooks: FygaroHookRecord[]) =>
    hooks.flatMap((hook) => hook.attempts.map((attempt) => attempt.status));

  const onlyItem = (): SourceItem => {
    expect(items).toHaveLength(1);
    const [item] = items;
    if (!item) throw new Error('No item was parsed');
    return item;
  };

  it('should turn a JWT-signed hook into one item keyed on the transaction reference', async () => {
    const { payment, hooks } = await fygaro.sendHook(endpoint.url, {
      generation: 'jwt',
      payment: {
        customReference: 'ORDER-77',
        amount: '125.5',
        currency: 'usd',
        clientData: { name: 'Luis Mora', email: 'luis@example.com', phone: '+50612345678' },
      },
    });

    expect(statuses(hooks)).toEqual([200]);
    const item = onlyItem();
    expect(item.key).toBe(payment.reference);
    expect(item.payload).toEqual({
      transaction_reference: payment.reference,
      custom_reference: 'ORDER-77',
      amount: '125.50',
      currency: 'USD',
      created_at: new Date(payment.createdAt * 1000).toISOString(),
      client: {
        name: 'Luis Mora',
        first_name: 'Luis',
        email: 'luis@example.com',
        phone: '+50612345678',
      },
    });
    expect(item.occurredAt).toBe(new Date(payment.createdAt * 1000).toISOString());
  });

  it.each(['HS384', 'HS512'] as const)(
    'should accept a JWT when it is signed with %s',
    async (alg) => {
      const { hooks } = await fygaro.sendHook(endpoint.url, { generation: 'jwt', alg });

      expect(statuses(hooks)).toEqual([200]);
      expect(items).toHaveLength(1);
    },
  );

  it('should read the older field name when the hook says transactionReference', async () => {
    const { payment } = await fygaro.sendHook(endpoint.url, {
      referenceField: 'transactionReference',
    });

    expect(onlyItem().key).toBe(payment.reference);
  });

  it.each([
    [{ alg: 'none' as const }, /algorithm "none"/],
    [{ signature: 'wrong' as const }, /JWT signature does not match/],
    [{ signature: 'missing' as const }, /neither a Fygaro-Signature header nor a "jwt" field/],
    [{ jwtCustomReference: 'ORDER-OTHER' }, /customReference does not match/],
    [{ jwtExpiresInSeconds: -3600 }, /expired/],
    [{ kid: 'pk_someone_else' }, /credential "pk_someone_else"/],
  ])('should refuse a JWT hook with 401 when it is %j', async (style, reason) => {
    const { hooks } = await fygaro.sendHook(endpoint.url, {
      generation: 'jwt',
      maxAttempts: 1,
      ...style,
    });

    expect(statuses(hooks)).toEqual([401]);
    expect(rejections[0]).toBeInstanceOf(SignatureRejectedError);
    expect(rejections[0]?.message).toMatch(reason);
    expect(items).toEqual([]);
  });

  it.each(['with-jwt', 'plain'] as const)(
    'should accept a hook with signed headers when its body is %s',
    async (headerBody) => {
      const { payment, hooks } = await fygaro.sendHook(endpoint.url, {
        generation: 'headers',
        headerBody,
        payment: { amount: '10.00', currency: 'JMD', clientData: { name: 'Ana Brown' } },
      });

      expect(statuses(hooks)).toEqual([200]);
      expect(endpoint.received[0]?.headers['fygaro-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(onlyItem()).toMatchObject({
        key: payment.reference,
        payload: { amount: '10.00', currency: 'JMD', client: { name: 'Ana Brown' } },
      });
    },
  );

  it.each([
    [{ timestampOffsetSeconds: -600 }, /10 minutes old/],
    [{ timestampOffsetSeconds: 900 }, /in the future/],
    [{ signature: 'wrong' as const }, /does not match any secret key/],
  ])('should refuse a signed-header hook with 401 when it is %j', async (style, reason) => {
    const { hooks } = await fygaro.sendHook(endpoint.url, {
      generation: 'headers',
      maxAttempts: 1,
      ...style,
    });

    expect(statuses(hooks)).toEqual([401]);
    expect(rejections[0]?.message).toMatch(reason);
  });

  it('should accept a hook with two v1 signatures when one of them matches', async () => {
    const { hooks } = await fygaro.sendHook(endpoint.url, {
      generation: 'headers',
      rotation: true,
    });

    expect(endpoint.received[0]?.headers['fygaro-signature']).toMatch(/v1=.*,v1=/);
    expect(statuses(hooks)).toEqual([200]);
  });

  it.each(['jwt', 'headers'] as const)(
    'should accept a %s hook when the account lists the old and the new secret',
    async (generation) => {
      ctx = {
        ...ctx,
        credentials: { publicKey: PUBLIC_KEY, secret: `${OLD_SECRET}\n${SECRET}\n` },
      };

      const { hooks } = await fygaro.sendHook(endpoint.url, { generation });

      expect(statuses(hooks)).toEqual([200]);
    },
  );

  it('should refuse every hook when the account has no secret yet', async () => {
    ctx = { ...ctx, credentials: { publicKey: PUBLIC_KEY } };

    const { hooks } = await fygaro.sendHook(endpoint.url, { maxAttempts: 1 });

    expect(statuses(hooks)).toEqual([401]);
    expect(rejections[0]?.message).toMatch(/no secret key yet/);
  });

  it('should keep one key across Fygaro retries when the first answers fail', async () => {
    failNextCalls = 2;

    const { payment, hooks } = await fygaro.sendHook(endpoint.url, { generation: 'headers' });

    expect(statuses(hooks)).toEqual([500, 500, 200]);
    expect(onlyItem().key).toBe(payment.reference);
  });

  it('should give repeated hooks of a payment the same key when Fygaro sends it again', async () => {
    await fygaro.sendHook(endpoint.url, { repeat: 2 });
    const [first, second] = items;

    expect(items).toHaveLength(2);
    expect(second?.key).toBe(first?.key);
  });

  describe('age of a JWT-signed hook', () => {
    const DAY = 24 * 60 * 60;
    const verdictFor = (signedDaysAgo: number) => {
      const payment = fygaro.createPayment({ customReference: 'ORDER-OLD' });
      const now = Math.floor(Date.now() / 1000);
      const hook = buildFygaroHook(
        { ...payment, createdAt: now - signedDaysAgo * DAY },
        fygaro.keys,
        { generation: 'jwt' },
        now - signedDaysAgo * DAY,
      );
      const body = JSON.parse(hook.body) as Record<string, unknown>;
      const request = { headers: hook.headers, query: {}, body, rawBody: Buffer.from(hook.body) };
      try {
        sut.verify?.(request as never, ctx);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };

    it('should accept a hook signed within three days', () => {
      expect(verdictFor(2.9)).toBe('accepted');
    });

    it('should refuse a hook signed more than three days ago as a possible replay', () => {
      expect(verdictFor(3.1)).toMatch(/signed more than 3 days ago/);
    });

    /** A hook signed now for a payment the client started `startedAgo` seconds ago. */
    const verdictForStart = (startedAgo: number) => {
      const now = Math.floor(Date.now() / 1000);
      const payment = fygaro.createPayment({ customReference: 'ORDER-START' });
      const hook = buildFygaroHook(
        { ...payment, createdAt: now - startedAgo },
        fygaro.keys,
        { generation: 'jwt' },
        now,
      );
      const body = JSON.parse(hook.body) as Record<string, unknown>;
      const request = { headers: hook.headers, query: {}, body, rawBody: Buffer.from(hook.body) };
      try {
        sut.verify?.(request as never, ctx);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };

    it('should accept a payment started before its hook was signed, within three days', () => {
      expect(verdictForStart(0)).toBe('accepted');
      expect(verdictForStart(2.9 * DAY)).toBe('accepted');
    });

    it('should refuse a createdAt after the signing, or more than three days before it', () => {
      expect(verdictForStart(-3600)).toMatch(/createdAt does not fit when its JWT was signed/);
      expect(verdictForStart(3.1 * DAY)).toMatch(/createdAt does not fit when its JWT was signed/);
    });
  });

  describe('createdAt of a JWT-signed hook', () => {
    const verdictFor = (change: (body: Record<string, unknown>) => void) => {
      const payment = fygaro.createPayment({ customReference: 'ORDER-TIME' });
      const hook = buildFygaroHook(
        payment,
        fygaro.keys,
        { generation: 'jwt' },
        Math.floor(Date.now() / 1000),
      );
      const body = JSON.parse(hook.body) as Record<string, unknown>;
      change(body);
      const rawBody = Buffer.from(JSON.stringify(body));
      try {
        sut.verify?.({ headers: hook.headers, query: {}, body, rawBody } as never, ctx);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };

    it('should accept the createdAt it signed', () => {
      expect(verdictFor(() => undefined)).toBe('accepted');
    });

    it('should refuse a createdAt changed after signing (it becomes the item’s created_at)', () => {
      expect(verdictFor((body) => (body.createdAt = Number(body.createdAt) - 3600))).toMatch(
        /createdAt does not match the one signed in its JWT/,
      );
    });
  });

  it('should offer a paid button as sample data', () => {
    expect(sut.sample).toMatchObject({
      transaction_reference: expect.any(String),
      amount: '49.90',
      currency: 'USD',
      client: { email: expect.stringContaining('@') },
    });
  });
});
