import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import {
  FygaroSandbox,
  MercadoPagoSandbox,
  PagHiperSandbox,
  type FygaroSendOptions,
  type MercadoPagoNotificationRecord,
  type MercadoPagoRecord,
  type PagHiperTransaction,
} from '@fluxo/sandboxes';
import type {
  AccountDto,
  ConnectionDto,
  DeliveryDto,
  RunDetailDto,
  RunDto,
  StepSettings,
} from '@fluxo/contracts';
import type request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

/** A port nobody listens on right now, so the app's public URL is known before it starts. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function close(server: Server | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

/** What the receiver step (the HTTP request connector) posted, by connection. */
class Recorder {
  private readonly calls: { path: string; body: unknown }[] = [];
  readonly server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      this.calls.push({ path: req.url ?? '', body: JSON.parse(body) as unknown });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  url = '';

  received(connectionId: string): unknown[] {
    return this.calls.filter((c) => c.path === `/${connectionId}`).map((c) => c.body);
  }
}

/**
 * Sits between Fluxo and the Mercado Pago sandbox and can hold the API calls, to show the
 * hook answers before the payment is read.
 */
class ApiGate {
  private holding = false;
  private readonly waiting: (() => void)[] = [];
  private readonly arrivedListeners: (() => void)[] = [];
  readonly arrived: string[] = [];
  readonly server = createServer((req, res) => {
    this.arrived.push(req.url ?? '');
    this.arrivedListeners.splice(0).forEach((notify) => notify());
    const forward = async () => {
      const upstream = await fetch(`${this.target}${req.url ?? ''}`, {
        headers: { authorization: String(req.headers.authorization ?? '') },
      });
      res
        .writeHead(upstream.status, { 'content-type': 'application/json' })
        .end(await upstream.text());
    };
    if (this.holding) this.waiting.push(() => void forward());
    else void forward();
  });
  url = '';

  constructor(private readonly target: string) {}

  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    this.waiting.splice(0).forEach((go) => go());
  }

  async nextArrival(): Promise<void> {
    if (this.arrived.length) return;
    await new Promise<void>((resolve) => this.arrivedListeners.push(resolve));
  }
}

describe('Payment sources through the hook endpoint (e2e, real connectors and sandboxes)', () => {
  let sut: TestApp;
  let publicUrl: string;
  let user: Agent;
  let mercadoPago: MercadoPagoSandbox;
  let fygaro: FygaroSandbox;
  let fygaroRetired: FygaroSandbox;
  let paghiper: PagHiperSandbox;
  const recorder = new Recorder();
  let gate: ApiGate;

  beforeAll(async () => {
    [mercadoPago, fygaro, paghiper] = await Promise.all([
      MercadoPagoSandbox.start(),
      FygaroSandbox.start(),
      PagHiperSandbox.start(),
    ]);
    // The same Fygaro credential before its secret was changed.
    fygaroRetired = await FygaroSandbox.start({ publicKey: fygaro.keys.publicKey });
    recorder.url = await listen(recorder.server);
    gate = new ApiGate(mercadoPago.url);
    gate.url = await listen(gate.server);
    // The sandboxes call the hook over the network: the app listens where its public URL says.
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    sut = await startTestApp({
      env: { FLUXO_ALLOWED_HOSTS: '127.0.0.1', FLUXO_PUBLIC_URL: publicUrl },
    });
    await sut.app.listen(port, '127.0.0.1');
    // One user for the file: each test makes its own accounts and connections.
    user = await sut.signUp();
  });

  afterAll(async () => {
    await sut?.close();
    await Promise.all([
      mercadoPago?.stop(),
      fygaro?.stop(),
      fygaroRetired?.stop(),
      paghiper?.stop(),
      close(recorder.server),
      close(gate?.server),
    ]);
  });

  async function createAccount(connectorKey: string, credentials: object): Promise<AccountDto> {
    const { body } = await user
      .post('/api/accounts')
      .send({ connectorKey, name: `Sandbox ${connectorKey}`, credentials })
      .expect(201);
    return body;
  }

  /** A connection from the source to the recorder; `body` is the receiver's JSON template. */
  async function connect(
    source: { connectorKey: string; actionKey: string; accountId: string | null },
    settings: StepSettings,
    body: string,
  ): Promise<ConnectionDto> {
    const created = (await user.post('/api/connections').send({ name: 'Payments' }).expect(201))
      .body as ConnectionDto;
    await user
      .put(`/api/connections/${created.id}/source`)
      .send({ ...source, settings })
      .expect(200);
    await user
      .post(`/api/connections/${created.id}/receivers`)
      .send({
        connectorKey: 'http',
        actionKey: 'http-request',
        mapping: {
          method: 'POST',
          url: `${recorder.url}/${created.id}`,
          bodyType: 'json',
          body,
        },
      })
      .expect(201);
    // Without its account a signed source cannot be switched on: its calls are held.
    if (source.accountId) await switchOn(user, created.id);
    return connection(created.id);
  }

  async function connection(id: string): Promise<ConnectionDto> {
    return (await user.get(`/api/connections/${id}`).expect(200)).body;
  }

  const hookUrl = (c: ConnectionDto) => `${publicUrl}${c.hookPath as string}`;

  /** Every run of the connection, oldest first, with its items and deliveries. */
  async function runsOf(c: ConnectionDto): Promise<RunDetailDto[]> {
    const runs = (await user.get(`/api/connections/${c.id}/runs`).expect(200)).body as RunDto[];
    const details = await Promise.all(
      runs.map(async (r) => (await user.get(`/api/runs/${r.id}`).expect(200)).body),
    );
    return (details as RunDetailDto[]).sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  const itemsOf = (runs: RunDetailDto[]) => runs.flatMap((r) => r.items);
  const deliveriesOf = (runs: RunDetailDto[]): DeliveryDto[] =>
    itemsOf(runs).flatMap((i) => i.deliveries);

  describe('Mercado Pago notifications', () => {
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
    const paymentBody =
      '{"event": {{ event | json }}, "payment": {{ payment.id | json }}, ' +
      '"amount": {{ payment.amount | json }}, "email": {{ payer.email | json }}}';

    async function mercadoPagoConnection(
      events: string[] = ALL_EVENTS,
      options: { apiBaseUrl?: string; withAccount?: boolean; body?: string } = {},
    ): Promise<ConnectionDto> {
      const account =
        options.withAccount === false
          ? null
          : await createAccount('mercado-pago', {
              accessToken: mercadoPago.accessToken,
              webhookSecret: mercadoPago.webhookSecret,
              apiBaseUrl: options.apiBaseUrl ?? mercadoPago.url,
            });
      return connect(
        {
          connectorKey: 'mercado-pago',
          actionKey: 'notifications',
          accountId: account?.id ?? null,
        },
        { events },
        options.body ?? paymentBody,
      );
    }

    it('should read payments by polling where another service has the webhook, and not send a change twice when a notification brings it too', async () => {
      const account = await createAccount('mercado-pago', {
        accessToken: mercadoPago.accessToken,
        webhookSecret: mercadoPago.webhookSecret,
        apiBaseUrl: mercadoPago.url,
      });
      const c = await connect(
        { connectorKey: 'mercado-pago', actionKey: 'payments-polled', accountId: account.id },
        { events: ['payment-approved'] },
        paymentBody,
      );
      await user
        .patch(`/api/connections/${c.id}`)
        .send({ startFrom: { mode: 'all' } })
        .expect(200);
      const payment = mercadoPago.createPayment({ status: 'approved' });

      await user.post(`/api/connections/${c.id}/run`).expect(202);
      await sut.settle();
      const record = await mercadoPago.sendNotification({ url: hookUrl(c), dataId: payment.id });
      await sut.settle();

      expect(record.attempts.map((a) => a.status)).toEqual([200]);
      expect(recorder.received(c.id)).toEqual([
        expect.objectContaining({ event: 'payment-approved', payment: String(payment.id) }),
      ]);
    });

    /** Posts the exact bytes and headers of one of the sandbox's deliveries again. */
    function replay(record: MercadoPagoNotificationRecord, attempt = record.attempts[0]) {
      const url = new URL(record.url);
      return sut.http
        .post(`${url.pathname}${url.search}`)
        .set('content-type', 'application/json')
        .set('x-request-id', attempt.requestId)
        .set('x-signature', attempt.signature as string)
        .send(JSON.stringify(record.body));
    }

    const paymentCalls = (id: string | number) =>
      mercadoPago.requests().filter((r) => r.path === `/v1/payments/${id}`);

    it('should answer 200, read the payment in the run and deliver its variables once when a signed notification arrives', async () => {
      const payment = mercadoPago.createPayment({
        status: 'approved',
        transaction_amount: 249.9,
        description: 'Pedido #2002',
        external_reference: 'pedido-2002',
      });
      const c = await mercadoPagoConnection();

      const record = await mercadoPago.sendNotification({ url: hookUrl(c), dataId: payment.id });
      await sut.settle();

      expect(record.attempts.map((a) => a.status)).toEqual([200]);
      const runs = await runsOf(c);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ cause: 'instant', status: 'succeeded', deliveriesOk: 1 });
      const [item] = runs[0].items;
      expect(item.dedupeKey).toBe(`payment:${payment.id}:${record.notificationId}`);
      expect(item.payload).toEqual({
        event: 'payment-approved',
        payment: {
          id: String(payment.id),
          status: 'approved',
          status_detail: 'accredited',
          amount: 249.9,
          amount_cents: 24990,
          amount_refunded: 0,
          currency: 'BRL',
          description: 'Pedido #2002',
          external_reference: 'pedido-2002',
          payment_method: 'pix',
          payment_type: 'bank_transfer',
          installments: 1,
          date_created: payment.date_created,
          date_approved: payment.date_approved,
          date_last_updated: payment.date_last_updated,
          live_mode: false,
        },
        payer: {
          name: 'Ana Souza',
          first_name: 'Ana',
          last_name: 'Souza',
          email: 'ana.souza@example.com',
          phone: '11 987654321',
          identification: { type: 'CPF', number: '19119119100' },
        },
        items: [
          {
            id: 'SKU-1',
            title: 'Camiseta',
            description: 'Camiseta azul M',
            quantity: 1,
            unit_price: 150.5,
          },
        ],
        notification: {
          id: String(record.notificationId),
          topic: 'payment',
          action: 'payment.updated',
          resource_id: String(payment.id),
          date_created: record.body.date_created,
          live_mode: false,
          user_id: '1234567890',
        },
        _statusKey: `payment:${payment.id}:approved`,
      });
      expect(item.deliveries).toHaveLength(1);
      expect(item.deliveries[0]).toMatchObject({ status: 'delivered', attempts: 1 });
      expect(recorder.received(c.id)).toEqual([
        {
          event: 'payment-approved',
          payment: String(payment.id),
          amount: 249.9,
          email: 'ana.souza@example.com',
        },
      ]);
      const [call] = paymentCalls(payment.id);
      expect(call).toMatchObject({ method: 'GET' });
      expect(call.headers.authorization).toBe(`Bearer ${mercadoPago.accessToken}`);
      expect((await connection(c.id)).lastInbound).toMatchObject({
        status: 'accepted',
        error: null,
        total: 1,
      });
    });

    it('should keep one item and one delivery when the same notification is delivered again', async () => {
      const payment = mercadoPago.createPayment({ status: 'approved' });
      const c = await mercadoPagoConnection();

      // Mercado Pago re-delivers a notification with a new request id, signed afresh.
      const record = await mercadoPago.sendNotification({
        url: hookUrl(c),
        dataId: payment.id,
        deliveries: 2,
      });
      await sut.settle();
      const replayed = await replay(record).expect(200);
      await sut.settle();

      expect(record.attempts.map((a) => a.status)).toEqual([200, 200]);
      expect(replayed.body).toMatchObject({ runId: null, itemsAccepted: 0, duplicates: 1 });
      const runs = await runsOf(c);
      expect(itemsOf(runs)).toHaveLength(1);
      expect(deliveriesOf(runs)).toHaveLength(1);
      expect(recorder.received(c.id)).toHaveLength(1);
      expect(paymentCalls(payment.id)).toHaveLength(1);
      expect((await connection(c.id)).lastInbound).toMatchObject({
        status: 'accepted',
        total: 3,
      });
    });

    it.each([
      {
        signature: 'wrong' as const,
        reason: 'The x-signature does not match the webhook secret in the Mercado Pago account',
      },
      { signature: 'missing' as const, reason: 'The call has no x-signature header' },
      { signature: 'stale' as const, reason: 'The call was signed too long ago' },
    ])(
      'should refuse with 401 and keep the reason when the notification is signed $signature',
      async ({ signature, reason }) => {
        const payment = mercadoPago.createPayment({ status: 'approved' });
        const c = await mercadoPagoConnection();

        const record = await mercadoPago.sendNotification({
          url: hookUrl(c),
          dataId: payment.id,
          signature,
          retry: false,
        });
        await sut.settle();

        expect(record.attempts.map((a) => a.status)).toEqual([401]);
        expect(await runsOf(c)).toEqual([]);
        expect(paymentCalls(payment.id)).toEqual([]);
        const { lastInbound } = await connection(c.id);
        expect(lastInbound).toMatchObject({ status: 'rejected', total: 1 });
        expect(lastInbound?.error).toContain(reason);
      },
    );

    it('should hold the notification (answered 200) while the source has no Mercado Pago account', async () => {
      const payment = mercadoPago.createPayment({ status: 'approved' });
      const c = await mercadoPagoConnection(ALL_EVENTS, { withAccount: false });

      const record = await mercadoPago.sendNotification({
        url: hookUrl(c),
        dataId: payment.id,
        retry: false,
      });
      const replayed = await replay(record).expect(200);

      expect(record.attempts.map((a) => a.status)).toEqual([200]);
      expect(replayed.body).toMatchObject({ held: true });
      const { lastInbound } = await connection(c.id);
      expect(lastInbound).toMatchObject({ status: 'held', total: 2, held: 2 });
      expect(lastInbound?.error).toContain('choose the Mercado Pago account');
      expect(await runsOf(c)).toEqual([]);
    });

    it('should answer before reading the payment, which happens in the run', async () => {
      const payment = mercadoPago.createPayment({ status: 'approved' });
      const c = await mercadoPagoConnection(ALL_EVENTS, { apiBaseUrl: gate.url });
      gate.hold();

      let pending: RunDetailDto;
      try {
        const record = await mercadoPago.sendNotification({
          url: hookUrl(c),
          dataId: payment.id,
          retry: false,
        });
        expect(record.attempts.map((a) => a.status)).toEqual([200]);
        // The answer came while no payment could be read; the run asks for it afterwards.
        await gate.nextArrival();
        expect(gate.arrived).toEqual([`/v1/payments/${payment.id}`]);
        [pending] = await runsOf(c);
      } finally {
        gate.release();
      }
      await sut.settle();

      expect(pending.status).not.toBe('succeeded');
      expect(Object.keys(pending.items[0].payload)).toEqual(['notification']);
      const [done] = await runsOf(c);
      expect(done).toMatchObject({ status: 'succeeded', deliveriesOk: 1 });
      expect(done.items[0].payload).toMatchObject({
        event: 'payment-approved',
        payment: { id: String(payment.id), status: 'approved' },
      });
    });

    it('should deliver each ticked payment event with its own variables', async () => {
      const statuses = [
        ['approved', 'payment-approved', 'accredited'],
        ['pending', 'payment-pending', 'pending_waiting_transfer'],
        ['rejected', 'payment-rejected', 'cc_rejected_other_reason'],
        ['refunded', 'payment-refunded', 'refunded'],
      ] as const;
      const c = await mercadoPagoConnection(statuses.map(([, event]) => event));
      const payments: MercadoPagoRecord[] = [];

      for (const [status] of statuses) {
        const payment = mercadoPago.createPayment({ status });
        if (status === 'refunded') mercadoPago.updatePayment(payment.id, { status: 'refunded' });
        payments.push(payment);
        await mercadoPago.sendNotification({ url: hookUrl(c), dataId: payment.id });
        await sut.settle();
      }

      const items = itemsOf(await runsOf(c));
      expect(
        items.map((i) => [
          (i.payload.payment as { id: string }).id,
          (i.payload.payment as { status: string }).status,
          i.payload.event,
          (i.payload.payment as { status_detail: string }).status_detail,
        ]),
      ).toEqual(
        statuses.map(([status, event, detail], n) => [
          String(payments[n].id),
          status,
          event,
          detail,
        ]),
      );
      expect((items[3].payload.payment as { amount_refunded: number }).amount_refunded).toBe(150.5);
      expect(items.map((i) => i.deliveries.map((d) => d.status))).toEqual([
        ['delivered'],
        ['delivered'],
        ['delivered'],
        ['delivered'],
      ]);
      expect(recorder.received(c.id)).toEqual(
        statuses.map(([, event], n) => ({
          event,
          payment: String(payments[n].id),
          amount: 150.5,
          email: 'ana.souza@example.com',
        })),
      );
    });

    it('should read the payment but deliver nothing when its event is not ticked', async () => {
      const payment = mercadoPago.createPayment({ status: 'rejected' });
      const c = await mercadoPagoConnection(['payment-approved']);

      const record = await mercadoPago.sendNotification({ url: hookUrl(c), dataId: payment.id });
      await sut.settle();

      expect(record.attempts.map((a) => a.status)).toEqual([200]);
      const runs = await runsOf(c);
      expect(runs[0]).toMatchObject({ status: 'succeeded', deliveriesOk: 0 });
      expect(runs[0].items[0].payload).toMatchObject({
        event: 'payment-rejected',
        _ignored: '"Payment rejected" is not ticked in this step.',
      });
      expect(runs[0].items[0].deliveries).toEqual([]);
      expect(paymentCalls(payment.id)).toHaveLength(1);
      expect(recorder.received(c.id)).toEqual([]);
    });

    it('should acknowledge a subscription notification without an item when no subscription event is ticked', async () => {
      const preapproval = mercadoPago.createPreapproval();
      const c = await mercadoPagoConnection(['payment-approved']);

      const record = await mercadoPago.sendNotification({
        url: hookUrl(c),
        topic: 'subscription_preapproval',
        dataId: preapproval.id,
      });
      await sut.settle();

      expect(record.attempts.map((a) => a.status)).toEqual([200]);
      expect(await runsOf(c)).toEqual([]);
      expect((await connection(c.id)).lastInbound).toMatchObject({ status: 'accepted' });
    });

    it('should deliver subscription changes and subscription charges with their variables', async () => {
      const preapproval = mercadoPago.createPreapproval({ status: 'authorized' });
      const charge = mercadoPago.createAuthorizedPayment({ preapproval_id: preapproval.id });
      const c = await mercadoPagoConnection(['subscription-updated', 'subscription-payment'], {
        body: '{"event": {{ event | json }}, "subscription": {{ subscription.id | default: subscription_payment.subscription_id | json }}}',
      });

      await mercadoPago.sendNotification({
        url: hookUrl(c),
        topic: 'subscription_preapproval',
        dataId: preapproval.id,
      });
      await sut.settle();
      await mercadoPago.sendNotification({
        url: hookUrl(c),
        topic: 'subscription_authorized_payment',
        dataId: charge.id,
      });
      await sut.settle();

      const [changed, charged] = itemsOf(await runsOf(c));
      expect(changed.payload).toMatchObject({
        event: 'subscription-updated',
        subscription: {
          id: preapproval.id,
          status: 'authorized',
          reason: 'Plano mensal',
          external_reference: 'assinatura-42',
          amount: 49.9,
          amount_cents: 4990,
          currency: 'BRL',
          frequency: 1,
          frequency_type: 'months',
          payment_method: 'master',
          link: preapproval.init_point,
        },
        payer: { id: '987654321', email: 'ana.souza@example.com' },
      });
      expect(charged.payload).toMatchObject({
        event: 'subscription-payment',
        subscription_payment: {
          id: String(charge.id),
          subscription_id: preapproval.id,
          status: 'processed',
          result: 'approved',
          amount: 49.9,
          amount_cents: 4990,
          currency: 'BRL',
          retry_attempt: 0,
          payment_id: String((charge.payment as { id: number }).id),
          payment_status: 'approved',
        },
      });
      expect([changed, charged].map((i) => i.deliveries.map((d) => d.status))).toEqual([
        ['delivered'],
        ['delivered'],
      ]);
      expect(recorder.received(c.id)).toEqual([
        { event: 'subscription-updated', subscription: preapproval.id },
        { event: 'subscription-payment', subscription: preapproval.id },
      ]);
    });

    it('should send once when the created and the updated notification both find the payment approved', async () => {
      const payment = mercadoPago.createPayment({ status: 'approved' });
      const c = await mercadoPagoConnection();

      const created = await mercadoPago.sendNotification({
        url: hookUrl(c),
        dataId: payment.id,
        action: 'payment.created',
      });
      await sut.settle();
      const updated = await mercadoPago.sendNotification({
        url: hookUrl(c),
        dataId: payment.id,
        action: 'payment.updated',
      });
      await sut.settle();

      expect([...created.attempts, ...updated.attempts].map((a) => a.status)).toEqual([200, 200]);
      const items = itemsOf(await runsOf(c));
      expect(items.map((i) => i.dedupeKey)).toEqual([
        `payment:${payment.id}:${created.notificationId}`,
        `payment:${payment.id}:${updated.notificationId}`,
      ]);
      expect(items[1].payload).toMatchObject({
        _statusKey: `payment:${payment.id}:approved`,
        _ignored: 'Already received: this status came in an earlier notification',
      });
      expect(deliveriesOf(await runsOf(c))).toHaveLength(1);
      expect(recorder.received(c.id)).toHaveLength(1);
    });
  });

  describe('Fygaro payment hook', () => {
    beforeEach(() => {
      // Fygaro suspends a button's hook after five failures in a row; the refusals add up.
      fygaro.resumeHooks();
      fygaroRetired.resumeHooks();
    });

    const fygaroBody =
      '{"reference": {{ transaction_reference | json }}, "order": {{ custom_reference | json }}, ' +
      '"amount": {{ amount | json }}, "email": {{ client.email | json }}}';

    async function fygaroConnection(
      secret: string | null = fygaro.keys.secret,
    ): Promise<ConnectionDto> {
      const account = secret
        ? await createAccount('fygaro', { publicKey: fygaro.keys.publicKey, secret })
        : null;
      return connect(
        { connectorKey: 'fygaro', actionKey: 'payment-hook', accountId: account?.id ?? null },
        {},
        fygaroBody,
      );
    }

    const payment = {
      customReference: 'ORDER-1042',
      amount: '1250.5',
      currency: 'crc',
      clientData: {
        name: 'Daniela  Rojas Mora',
        email: 'daniela.rojas@example.com',
        phone: '+50688887777',
      },
    };

    it.each<{ style: string; options: FygaroSendOptions }>([
      { style: 'a JWT in the body', options: { generation: 'jwt' } },
      { style: 'a JWT signed with HS512', options: { generation: 'jwt', alg: 'HS512' } },
      {
        style: 'the older transactionReference field',
        options: { generation: 'jwt', referenceField: 'transactionReference' },
      },
      { style: 'signed headers over a JWT body', options: { generation: 'headers' } },
      {
        style: 'signed headers over plain fields',
        options: { generation: 'headers', headerBody: 'plain' },
      },
    ])(
      'should answer exactly 200 and deliver the payment once when the hook comes with $style',
      async ({ options }) => {
        const c = await fygaroConnection();

        const sent = await fygaro.sendHook(hookUrl(c), { ...options, payment, maxAttempts: 1 });
        await sut.settle();

        const [attempt] = sent.hooks[0].attempts;
        expect(attempt.status).toBe(200);
        const answer = JSON.parse(attempt.body) as { runId: string; itemsAccepted: number };
        expect(answer.itemsAccepted).toBe(1);
        const runs = await runsOf(c);
        expect(runs.map((r) => r.id)).toEqual([answer.runId]);
        expect(runs[0]).toMatchObject({ status: 'succeeded', deliveriesOk: 1 });
        const [item] = runs[0].items;
        expect(item.dedupeKey).toBe(sent.payment.reference);
        expect(item.payload).toEqual({
          transaction_reference: sent.payment.reference,
          custom_reference: 'ORDER-1042',
          amount: '1250.50',
          currency: 'CRC',
          created_at: new Date(sent.payment.createdAt * 1000).toISOString(),
          client: {
            name: 'Daniela  Rojas Mora',
            first_name: 'Daniela',
            email: 'daniela.rojas@example.com',
            phone: '+50688887777',
          },
        });
        expect(item.deliveries.map((d) => d.status)).toEqual(['delivered']);
        expect(recorder.received(c.id)).toEqual([
          {
            reference: sent.payment.reference,
            order: 'ORDER-1042',
            amount: '1250.50',
            email: 'daniela.rojas@example.com',
          },
        ]);
      },
    );

    it('should answer 200 and hold a signed hook while the connection is off, by hand or automatically, and deliver it once processed', async () => {
      const c = await fygaroConnection();
      await user.patch(`/api/connections/${c.id}`).send({ enabled: false }).expect(200);

      const byHand = await fygaro.sendHook(hookUrl(c), {
        generation: 'headers',
        payment,
        maxAttempts: 1,
      });
      // As Fluxo leaves a connection it switched off after failed runs in a row.
      await sut.app
        .get(DataSource)
        .query(
          `UPDATE connection SET disabled_reason = '10 failed runs in a row', disabled_at = now() WHERE id = $1`,
          [c.id],
        );
      const automatically = await fygaro.sendHook(hookUrl(c), {
        generation: 'jwt',
        payment,
        maxAttempts: 1,
      });

      // Fygaro suspends a hook after 4 answers other than 200: both are answered 200, held.
      for (const sent of [byHand, automatically]) {
        const [attempt] = sent.hooks[0].attempts;
        expect(attempt.status).toBe(200);
        expect(JSON.parse(attempt.body)).toMatchObject({ held: true, runId: null });
      }
      expect(recorder.received(c.id)).toEqual([]);
      await switchOn(user, c.id);
      const processed = await user.post(`/api/connections/${c.id}/held-calls/process`).expect(200);
      await sut.settle();

      expect(processed.body).toEqual({ accepted: 2, rejected: 0 });
      expect(recorder.received(c.id)).toHaveLength(2);
    });

    it('should answer 200 to the repeated hook without a second item or delivery', async () => {
      const c = await fygaroConnection();

      const sent = await fygaro.sendHook(hookUrl(c), { generation: 'headers', payment, repeat: 2 });
      await sut.settle();

      const answers = sent.hooks.map((h) => h.attempts.map((a) => [a.status, JSON.parse(a.body)]));
      expect(answers).toEqual([
        [[200, expect.objectContaining({ itemsAccepted: 1, duplicates: 0 })]],
        [[200, expect.objectContaining({ runId: null, itemsAccepted: 0, duplicates: 1 })]],
      ]);
      const runs = await runsOf(c);
      expect(itemsOf(runs)).toHaveLength(1);
      expect(deliveriesOf(runs)).toHaveLength(1);
      expect(recorder.received(c.id)).toHaveLength(1);
      expect((await connection(c.id)).lastInbound).toMatchObject({
        status: 'accepted',
        total: 2,
      });
    });

    it.each<{ case: string; options: FygaroSendOptions; reason: string }>([
      {
        case: 'its JWT is signed with another secret',
        options: { generation: 'jwt', signature: 'wrong' },
        reason: 'The hook’s JWT signature does not match the secret key of this Fygaro account',
      },
      {
        case: 'it carries no JWT and no signature header',
        options: { generation: 'jwt', signature: 'missing' },
        reason: 'The hook carries neither a Fygaro-Signature header nor a "jwt" field',
      },
      {
        case: 'its JWT is unsigned (alg none)',
        options: { generation: 'jwt', alg: 'none' },
        reason: 'The hook’s JWT uses the algorithm "none"',
      },
      {
        case: 'its body claims another order than its JWT',
        options: { generation: 'jwt', jwtCustomReference: 'ORDER-9999' },
        reason: 'The hook’s customReference does not match the one signed in its JWT',
      },
      {
        case: 'its signature header is made with another secret',
        options: { generation: 'headers', signature: 'wrong', headerBody: 'plain' },
        reason: 'The hook\'s Fygaro-Signature (key "',
      },
      {
        case: 'its signature header is ten minutes old',
        options: { generation: 'headers', timestampOffsetSeconds: -600 },
        reason: "The hook's signature is 10 minutes old",
      },
    ])('should refuse with 401 and keep the reason when $case', async ({ options, reason }) => {
      const c = await fygaroConnection();

      const sent = await fygaro.sendHook(hookUrl(c), { ...options, payment, maxAttempts: 1 });
      await sut.settle();

      const [attempt] = sent.hooks[0].attempts;
      expect(attempt.status).toBe(401);
      expect(JSON.parse(attempt.body)).toMatchObject({ code: 'SIGNATURE_REJECTED' });
      expect(await runsOf(c)).toEqual([]);
      const { lastInbound } = await connection(c.id);
      expect(lastInbound).toMatchObject({ status: 'rejected', total: 1 });
      expect(lastInbound?.error).toContain(reason);
    });

    it('should accept hooks signed with the old or the new secret while both are entered', async () => {
      const c = await fygaroConnection(`${fygaroRetired.keys.secret}\n${fygaro.keys.secret}`);

      const old = await fygaroRetired.sendHook(hookUrl(c), { generation: 'jwt', payment });
      const current = await fygaro.sendHook(hookUrl(c), { generation: 'headers', payment });
      // Fygaro's own rotation: two v1 signatures, one with a secret Fluxo never saw.
      const both = await fygaro.sendHook(hookUrl(c), {
        generation: 'headers',
        rotation: true,
        payment,
      });
      await sut.settle();

      expect([old, current, both].map((s) => s.hooks[0].attempts[0].status)).toEqual([
        200, 200, 200,
      ]);
      expect(both.hooks[0].attempts[0].headers['Fygaro-Signature'].match(/v1=/g)).toHaveLength(2);
      expect(itemsOf(await runsOf(c)).map((i) => i.dedupeKey)).toEqual([
        old.payment.reference,
        current.payment.reference,
        both.payment.reference,
      ]);
      expect(recorder.received(c.id)).toHaveLength(3);
    });

    it('should refuse a hook signed with a secret that was removed from the account', async () => {
      const c = await fygaroConnection(fygaro.keys.secret);

      const old = await fygaroRetired.sendHook(hookUrl(c), {
        generation: 'headers',
        payment,
        maxAttempts: 1,
      });

      expect(old.hooks[0].attempts[0].status).toBe(401);
      expect((await connection(c.id)).lastInbound?.error).toContain(
        'does not match any secret key of this Fygaro account',
      );
    });

    it('should hold the hook (answered 200, so Fygaro never suspends it) while the source has no Fygaro account', async () => {
      const c = await fygaroConnection(null);

      const sent = await fygaro.sendHook(hookUrl(c), { payment, maxAttempts: 1 });

      const [attempt] = sent.hooks[0].attempts;
      expect(attempt.status).toBe(200);
      expect((await connection(c.id)).lastInbound).toMatchObject({ status: 'held', held: 1 });
    });
  });

  describe('PagHiper payment notification', () => {
    const paghiperBody =
      '{"id": {{ transaction_id | json }}, "status": {{ status | json }}, ' +
      '"amount": {{ amount | json }}, "email": {{ payer.email | json }}}';

    async function paghiperConnection(
      settings: StepSettings = { kinds: ['boleto', 'pix'] },
      withAccount = true,
    ): Promise<ConnectionDto> {
      const account = withAccount
        ? await createAccount('paghiper', {
            apiKey: paghiper.apiKey,
            token: paghiper.token,
            apiBaseUrl: paghiper.url,
            pixApiBaseUrl: paghiper.pixUrl,
          })
        : null;
      return connect(
        {
          connectorKey: 'paghiper',
          actionKey: 'payment-notification',
          accountId: account?.id ?? null,
        },
        settings,
        paghiperBody,
      );
    }

    const notificationCalls = (transactionId: string) =>
      paghiper
        .requests()
        .filter((r) => r.path.endsWith('/notification/') && r.body.includes(transactionId));

    it('should answer the form POST and resolve it through the notification call in the run', async () => {
      const c = await paghiperConnection();
      const boleto = paghiper.createTransaction({ kind: 'boleto', notification_url: hookUrl(c) });
      const paid: PagHiperTransaction = paghiper.setStatus(boleto.transaction_id, 'paid');

      const record = await paghiper.notify(boleto.transaction_id);
      await sut.settle();

      expect(record.attempts.map((a) => a.status)).toEqual([200]);
      const [call] = notificationCalls(boleto.transaction_id);
      expect(call.path).toBe('/transaction/notification/');
      expect(JSON.parse(call.body)).toEqual({
        apiKey: paghiper.apiKey,
        token: paghiper.token,
        notification_id: record.notification_id,
        transaction_id: boleto.transaction_id,
      });
      const runs = await runsOf(c);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: 'succeeded', deliveriesOk: 1 });
      const [item] = runs[0].items;
      expect(item.dedupeKey).toBe(`${boleto.transaction_id}:${record.notification_id}`);
      expect(item.payload).toEqual({
        kind: 'boleto',
        transaction_id: boleto.transaction_id,
        order_id: boleto.order_id,
        status: 'paid',
        created_date: paid.created_date,
        status_date: paid.status_date,
        due_date: paid.due_date,
        paid_date: paid.paid_date,
        amount_cents: 12990,
        amount: 129.9,
        amount_paid_cents: 12990,
        amount_paid: 129.9,
        fee_cents: 349,
        fee: 3.49,
        discount_cents: 0,
        discount: 0,
        shipping_cents: 0,
        shipping: 0,
        payer: {
          name: 'João da Silva',
          email: 'joao.silva@example.com',
          phone: '11987654321',
          cpf_cnpj: '11144477735',
        },
        boleto: {
          url: paid.bank_slip?.url_slip,
          pdf_url: paid.bank_slip?.url_slip_pdf,
          digitable_line: paid.bank_slip?.digitable_line,
          bar_code: paid.bank_slip?.bar_code_number_to_image,
        },
        pix: null,
        items: [
          {
            item_id: '1',
            description: 'Curso online',
            quantity: 1,
            price_cents: 12990,
            price: 129.9,
          },
        ],
        notification: {
          notification_id: record.notification_id,
          transaction_id: boleto.transaction_id,
          notification_date: record.fields.notification_date,
        },
        _statusKey: `${boleto.transaction_id}:paid`,
      });
      expect(recorder.received(c.id)).toEqual([
        {
          id: boleto.transaction_id,
          status: 'paid',
          amount: 129.9,
          email: 'joao.silva@example.com',
        },
      ]);
    });

    it('should find a PIX charge after the boleto call does not know it', async () => {
      const c = await paghiperConnection();
      const pix = paghiper.createTransaction({ kind: 'pix', notification_url: hookUrl(c) });
      paghiper.setStatus(pix.transaction_id, 'paid');

      const record = await paghiper.notify(pix.transaction_id);
      await sut.settle();

      expect(record.attempts.map((a) => a.status)).toEqual([200]);
      expect(notificationCalls(pix.transaction_id).map((r) => r.path)).toEqual([
        '/transaction/notification/',
        '/pix/invoice/notification/',
      ]);
      const [item] = itemsOf(await runsOf(c));
      expect(item.payload).toMatchObject({
        kind: 'pix',
        transaction_id: pix.transaction_id,
        status: 'paid',
        amount_paid_cents: 12990,
        fee_cents: 99,
        boleto: null,
        pix: {
          emv: pix.pix_code?.emv,
          qrcode_image_url: pix.pix_code?.qrcode_image_url,
          url: pix.pix_code?.pix_url,
          bacen_url: pix.pix_code?.bacen_url,
        },
      });
      expect(item.deliveries.map((d) => d.status)).toEqual(['delivered']);
    });

    it('should deliver each status change, and nothing twice for a repeated notification or status', async () => {
      const c = await paghiperConnection();
      const boleto = paghiper.createTransaction({ kind: 'boleto', notification_url: hookUrl(c) });
      const id = boleto.transaction_id;

      const pending = await paghiper.notify(id);
      await sut.settle();
      paghiper.setStatus(id, 'paid');
      const paid = await paghiper.notify(id);
      await sut.settle();
      // The same notification posted again, and a second notification of the same status.
      const repeated = await sut.http
        .post(c.hookPath as string)
        .type('form')
        .send(paid.fields);
      const again = await paghiper.notify(id);
      await sut.settle();
      paghiper.setStatus(id, 'refunded');
      await paghiper.notify(id);
      await sut.settle();

      expect(pending.attempts[0].status).toBe(200);
      expect(repeated.status).toBe(200);
      expect(repeated.body).toMatchObject({ runId: null, itemsAccepted: 0, duplicates: 1 });
      expect(again.attempts[0].status).toBe(200);
      const items = itemsOf(await runsOf(c));
      expect(items.map((i) => [i.payload.status, i.payload._ignored ?? null])).toEqual([
        ['pending', null],
        ['paid', null],
        ['paid', 'Already received: this status came in an earlier notification'],
        ['refunded', null],
      ]);
      expect(recorder.received(c.id)).toEqual(
        ['pending', 'paid', 'refunded'].map((status) => ({
          id,
          status,
          amount: 129.9,
          email: 'joao.silva@example.com',
        })),
      );
    });

    it('should resolve but deliver nothing for a status that is not ticked', async () => {
      const c = await paghiperConnection({ kinds: ['boleto'], statuses: ['paid'] });
      const boleto = paghiper.createTransaction({ kind: 'boleto', notification_url: hookUrl(c) });
      paghiper.setStatus(boleto.transaction_id, 'canceled');

      const record = await paghiper.notify(boleto.transaction_id);
      await sut.settle();

      expect(record.attempts[0].status).toBe(200);
      const [run] = await runsOf(c);
      expect(run).toMatchObject({ status: 'succeeded', deliveriesOk: 0 });
      expect(run.items[0].payload).toMatchObject({
        status: 'canceled',
        _ignored: 'The status "canceled" is not ticked in this step.',
      });
      expect(run.items[0].deliveries).toEqual([]);
      expect(recorder.received(c.id)).toEqual([]);
    });

    it('should refuse with 401 a notification carrying another API key', async () => {
      const c = await paghiperConnection();
      const boleto = paghiper.createTransaction({ kind: 'boleto', notification_url: hookUrl(c) });

      const record = await paghiper.notify(boleto.transaction_id, {
        apiKey: 'apk_someone-else',
        retry: false,
      });
      await sut.settle();

      expect(record.attempts.map((a) => a.status)).toEqual([401]);
      expect(notificationCalls(boleto.transaction_id)).toEqual([]);
      expect(await runsOf(c)).toEqual([]);
      const { lastInbound } = await connection(c.id);
      expect(lastInbound).toMatchObject({
        status: 'rejected',
        error:
          'The notification carries another API key than the PagHiper account, so it was refused.',
      });
    });

    it('should take a call without an API key but send nothing when PagHiper does not know the notification', async () => {
      const c = await paghiperConnection({ kinds: ['boleto'] });
      const boleto = paghiper.createTransaction({ kind: 'boleto', notification_url: hookUrl(c) });

      const forged = await sut.http
        .post(c.hookPath as string)
        .type('form')
        .send({
          notification_id: 'FORGED0000000000',
          transaction_id: boleto.transaction_id,
          notification_date: '2026-03-03 09:12:41',
        });
      await sut.settle();

      expect(forged.status).toBe(200);
      const [run] = await runsOf(c);
      // A forged call must not count as a failed run: a streak of them would switch it off.
      expect(run.status).toBe('succeeded');
      expect(recorder.received(c.id)).toEqual([]);
      expect((await connection(c.id)).consecutiveFailures).toBe(0);
    });

    it('should hold the notification (answered 200) while the source has no PagHiper account', async () => {
      const c = await paghiperConnection({ kinds: ['boleto'] }, false);
      const boleto = paghiper.createTransaction({ kind: 'boleto', notification_url: hookUrl(c) });

      const record = await paghiper.notify(boleto.transaction_id, { retry: false });

      expect(record.attempts.map((a) => a.status)).toEqual([200]);
      const { lastInbound } = await connection(c.id);
      expect(lastInbound).toMatchObject({ status: 'held', held: 1 });
      expect(lastInbound?.error).toContain('choose the PagHiper account');
    });
  });

  describe('PagHiper payment status changed (polled)', () => {
    let polled: PagHiperSandbox;

    beforeAll(async () => {
      // Its own sandbox: the list would otherwise return the other tests' charges.
      polled = await PagHiperSandbox.start();
    });

    afterAll(async () => {
      await polled?.stop();
    });

    it('should deliver every status once and only new status changes on the next run', async () => {
      const account = await createAccount('paghiper', {
        apiKey: polled.apiKey,
        token: polled.token,
        apiBaseUrl: polled.url,
        pixApiBaseUrl: polled.pixUrl,
      });
      const c = await connect(
        { connectorKey: 'paghiper', actionKey: 'payment-status-changed', accountId: account.id },
        { kinds: ['boleto', 'pix'] },
        '{"id": {{ transaction_id | json }}, "kind": {{ kind | json }}, "status": {{ status | json }}}',
      );
      await user
        .patch(`/api/connections/${c.id}`)
        .send({ startFrom: { mode: 'all' } })
        .expect(200);
      const boleto = polled.createTransaction({ kind: 'boleto' });
      const pix = polled.createTransaction({ kind: 'pix' });
      polled.setStatus(pix.transaction_id, 'paid');

      async function runOnce(): Promise<RunDetailDto> {
        const started = await user.post(`/api/connections/${c.id}/run`).expect(202);
        await sut.settle();
        return (await user.get(`/api/runs/${started.body.runId}`).expect(200)).body;
      }
      const statusesOf = (run: RunDetailDto) =>
        run.items
          .map((i) => [i.payload.transaction_id, i.payload.kind, i.payload.status])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
      const byId = (rows: unknown[][]) =>
        rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));

      const first = await runOnce();
      polled.setStatus(boleto.transaction_id, 'paid');
      const later = polled.createTransaction({ kind: 'pix' });
      const second = await runOnce();
      const third = await runOnce();

      expect(first).toMatchObject({ cause: 'manual', status: 'succeeded', deliveriesOk: 2 });
      expect(statusesOf(first)).toEqual(
        byId([
          [boleto.transaction_id, 'boleto', 'pending'],
          [pix.transaction_id, 'pix', 'paid'],
        ]),
      );
      expect(second).toMatchObject({ status: 'succeeded', itemsCount: 2, deliveriesOk: 2 });
      expect(statusesOf(second)).toEqual(
        byId([
          [boleto.transaction_id, 'boleto', 'paid'],
          [later.transaction_id, 'pix', 'pending'],
        ]),
      );
      const paidBoleto = second.items.find(
        (i) => i.payload.transaction_id === boleto.transaction_id,
      );
      expect(paidBoleto?.dedupeKey).toBe(`${boleto.transaction_id}:paid`);
      expect(paidBoleto?.payload).toMatchObject({
        amount_cents: 12990,
        amount_paid: 129.9,
        payer: { email: 'joao.silva@example.com' },
        boleto: { url: boleto.bank_slip?.url_slip },
      });
      expect(third).toMatchObject({ itemsCount: 0, deliveriesOk: 0 });
      expect(recorder.received(c.id)).toHaveLength(4);
      const lists = polled.requests().filter((r) => r.path.endsWith('/list/'));
      expect(new Set(lists.map((r) => r.path))).toEqual(
        new Set(['/transaction/list/', '/pix/invoice/list/']),
      );
    });

    it('should take PagHiper notifications on the polled connection at once and not list them again', async () => {
      const account = await createAccount('paghiper', {
        apiKey: polled.apiKey,
        token: polled.token,
        apiBaseUrl: polled.url,
        pixApiBaseUrl: polled.pixUrl,
      });
      const c = await connect(
        { connectorKey: 'paghiper', actionKey: 'payment-status-changed', accountId: account.id },
        { kinds: ['boleto'] },
        '{"id": {{ transaction_id | json }}, "status": {{ status | json }}}',
      );
      expect(c.hookPath).toMatch(/^\/hooks\//);
      const boleto = polled.createTransaction({ kind: 'boleto', notification_url: hookUrl(c) });
      polled.setStatus(boleto.transaction_id, 'paid');

      const pushed = await polled.notify(boleto.transaction_id);
      await sut.settle();
      const polledRun = await user.post(`/api/connections/${c.id}/run`).expect(202);
      await sut.settle();
      const afterPoll = (await user.get(`/api/runs/${polledRun.body.runId}`).expect(200))
        .body as RunDetailDto;

      expect(pushed.attempts.map((a) => a.status)).toEqual([200]);
      const mine = recorder
        .received(c.id)
        .filter((body) => (body as { id?: string }).id === boleto.transaction_id);
      expect(mine).toEqual([{ id: boleto.transaction_id, status: 'paid' }]);
      // The poll lists the boleto as paid too, but a push already brought that status.
      expect(
        afterPoll.items.filter((i) => i.payload.transaction_id === boleto.transaction_id),
      ).toEqual([]);
    });

    it('should show on the run the part of the check that failed, beside the charges it read', async () => {
      const account = await createAccount('paghiper', {
        apiKey: polled.apiKey,
        token: polled.token,
        apiBaseUrl: polled.url,
        pixApiBaseUrl: polled.pixUrl,
      });
      const c = await connect(
        { connectorKey: 'paghiper', actionKey: 'payment-status-changed', accountId: account.id },
        { kinds: ['boleto', 'pix'] },
        '{"id": {{ transaction_id | json }}, "status": {{ status | json }}}',
      );
      await user
        .patch(`/api/connections/${c.id}`)
        .send({ startFrom: { mode: 'all' } })
        .expect(200);
      const pix = polled.createTransaction({ kind: 'pix' });
      // The first list of the poll (the boletos') fails once; the PIX lists answer.
      polled.setFault({ status: 503, times: 1 });

      const started = await user.post(`/api/connections/${c.id}/run`).expect(202);
      await sut.settle();
      const run = (await user.get(`/api/runs/${started.body.runId}`).expect(200))
        .body as RunDetailDto;
      const next = await user.post(`/api/connections/${c.id}/run`).expect(202);
      await sut.settle();
      const nextRun = (await user.get(`/api/runs/${next.body.runId}`).expect(200))
        .body as RunDetailDto;

      expect(run.status).toBe('succeeded');
      expect(run.items.map((i) => i.payload.transaction_id)).toContain(pix.transaction_id);
      expect(run.warnings).toEqual([
        expect.stringMatching(
          /^PagHiper's boleto list could not be read, so its changes wait for the next check: /,
        ),
      ]);
      expect(nextRun.warnings).toEqual([]);
      const listed = (await user.get(`/api/connections/${c.id}/runs`).expect(200)).body;
      expect(listed.find((r: { id: string }) => r.id === run.id).warnings).toHaveLength(1);
    });
  });
});
