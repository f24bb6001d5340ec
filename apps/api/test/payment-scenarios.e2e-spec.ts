import { createHash } from 'node:crypto';
import {
  portmoneLinkSignature,
  type PaytSaleInput,
  type PortmonePayee,
  type SandboxAccount,
} from '@fluxo/sandboxes';
import type {
  AccountDto,
  ConnectionDto,
  DeliveryDto,
  RunDetailDto,
  RunDto,
  StepDto,
} from '@fluxo/contracts';
import request from 'supertest';
import { CLIENT_HEADER } from '@fluxo/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  emailCredentials,
  freePort,
  googleSheetsCredentials,
  paytCredentials,
  portmoneCredentials,
  startScenarioSandboxes,
  twilioCredentials,
  type ScenarioSandboxes,
} from './support/scenario-sandboxes';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

const SENDER = '+15005550006';

/**
 * The two scenarios of issue 6, driven only through the HTTP API like the editor does, with
 * the real connectors talking to the real sandboxes: every vendor is a local server.
 */
describe('Payment scenarios on the sandboxes (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let vendors: ScenarioSandboxes;
  let publicUrl: string;
  let user: Agent;

  beforeAll(async () => {
    vendors = await startScenarioSandboxes();
    // Twilio's status callbacks and PayT's postbacks come over the network, so the app must
    // listen on the port its public URL names.
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    sut = await startTestApp({
      env: { FLUXO_ALLOWED_HOSTS: '127.0.0.1', FLUXO_PUBLIC_URL: publicUrl },
    });
    await sut.app.listen(port, '127.0.0.1');
  });

  afterAll(async () => {
    await sut?.close();
    await vendors?.stop();
  });

  beforeEach(async () => {
    vendors.reset();
    user = await sut.signUp();
  });

  async function createAccount(connectorKey: string, credentials: object): Promise<AccountDto> {
    const { body } = await user
      .post('/api/accounts')
      .send({ connectorKey, name: `Sandbox ${connectorKey}`, credentials })
      .expect(201);
    return body;
  }

  async function useTemplate(key: string): Promise<ConnectionDto> {
    return (await user.post(`/api/templates/${key}/use`).send({}).expect(201)).body;
  }

  async function getConnection(id: string): Promise<ConnectionDto> {
    return (await user.get(`/api/connections/${id}`).expect(200)).body;
  }

  function receiverStep(connection: ConnectionDto, connectorKey: string): StepDto {
    const step = connection.steps.find(
      (s) => s.role === 'receiver' && s.connectorKey === connectorKey,
    );
    if (!step) throw new Error(`The connection has no ${connectorKey} step`);
    return step;
  }

  async function chooseStepAccount(
    connection: ConnectionDto,
    step: StepDto,
    accountId: string,
    mapping = step.mapping,
  ): Promise<void> {
    await user
      .patch(`/api/connections/${connection.id}/steps/${step.id}`)
      .send({ accountId, mapping, settings: step.settings })
      .expect(200);
  }

  async function runs(connectionId: string): Promise<RunDto[]> {
    return (await user.get(`/api/connections/${connectionId}/runs`).expect(200)).body;
  }

  async function run(runId: string): Promise<RunDetailDto> {
    return (await user.get(`/api/runs/${runId}`).expect(200)).body;
  }

  function deliveryOf(detail: RunDetailDto, step: StepDto, item = 0): DeliveryDto {
    const delivery = detail.items[item]?.deliveries.find((d) => d.stepId === step.id);
    if (!delivery) throw new Error(`No delivery for step ${step.connectorKey}`);
    return delivery;
  }

  it("should keep a template's connection as its first version, to compare the user's edits with", async () => {
    const connection = await useTemplate('payt-approved-sms-email');
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ name: 'Vendas aprovadas' })
      .expect(200);

    const { body: versions } = await user
      .get(`/api/connections/${connection.id}/versions`)
      .expect(200);

    expect(versions).toHaveLength(2);
    expect(versions[0].changes).toEqual([
      { kind: 'name', before: connection.name, after: 'Vendas aprovadas' },
    ]);
  });

  describe('PayT whose integration key the user never found', () => {
    it('should hold the first postback, offer its key masked, trust it into a new account and then deliver the sale', async () => {
      const email = await createAccount('email', emailCredentials(vendors.smtp));
      let connection = await useTemplate('payt-abandoned-checkout-email');
      const emailStep = receiverStep(connection, 'email');
      await chooseStepAccount(connection, emailStep, email.id);
      connection = await getConnection(connection.id);
      const hookUrl = `${publicUrl}${connection.hookPath as string}`;

      const { postbacks } = await vendors.payt.sendPostback(hookUrl, {
        sale: { event: 'abandoned-checkout', customer: { email: 'cy@example.com' } },
      });
      expect(JSON.parse(postbacks[0].attempts[0].body)).toMatchObject({ held: true });
      const key = vendors.payt.integrationKey;
      const offered = await user
        .get(`/api/connections/${connection.id}/held-calls/key`)
        .expect(200);
      expect(offered.body.key).toEqual({
        eventId: expect.any(String) as unknown,
        maskedKey: `${key.slice(0, 2)}…${key.slice(-2)}`,
      });
      expect(JSON.stringify(offered.body)).not.toContain(key);

      const trusted = await user
        .post(`/api/connections/${connection.id}/held-calls/trust-key`)
        .send({ eventId: offered.body.key.eventId })
        .expect(200);
      const accounts: AccountDto[] = (await user.get('/api/accounts').expect(200)).body;
      expect(accounts.find((a) => a.id === trusted.body.accountId)).toMatchObject({
        connectorKey: 'payt',
        lastCheck: { ok: true },
      });
      connection = await getConnection(connection.id);
      expect(connection.steps.find((s) => s.role === 'source')?.accountId).toBe(
        trusted.body.accountId,
      );
      expect(connection.setupProblems).toEqual([]);
      // Now the source has an account: trusting a key again replaces its secret, an owner's call.
      const { link } = (
        await user
          .post('/api/workspace/invitations')
          .send({ email: 'builder@agency.example', role: 'editor' })
          .expect(201)
      ).body;
      const editor = request.agent(sut.app.getHttpServer()).set(CLIENT_HEADER, 'test');
      await editor
        .post('/api/invitations/accept')
        .send({ token: link.split('#token=')[1], password: 'correct horse battery' })
        .expect(200);
      const replacing = await editor
        .post(`/api/connections/${connection.id}/held-calls/trust-key`)
        .send({ eventId: offered.body.key.eventId })
        .expect(403);
      const created = (await user.get('/api/audit?action=account.created').expect(200)).body;
      expect(replacing.body.code).toBe('ROLE_REFUSED');
      expect(created.events[0]).toMatchObject({ target: 'PayT', details: { system: 'payt' } });
      await switchOn(user, connection.id);
      const processed = await user
        .post(`/api/connections/${connection.id}/held-calls/process`)
        .expect(200);

      expect(processed.body).toEqual({ accepted: 1, rejected: 0 });
      await sut.settle();
      const [only] = await runs(connection.id);
      expect(only).toMatchObject({ itemsCount: 1 });
    });
  });

  describe('PayT approved → SMS + e-mail', () => {
    const buyer: PaytSaleInput = {
      customer: { name: 'Maria Clara Souza', email: 'maria@example.com', phone: '11987654321' },
      product: { name: 'Curso de Yoga', price: 14990 },
    };
    const buyerPhone = '+5511987654321';
    const smsBody = 'Hi Maria, your payment for Curso de Yoga (R$ 149.90) was approved. Thank you!';

    let twilioAccount: SandboxAccount;
    let connection: ConnectionDto;
    let smsStep: StepDto;
    let emailStep: StepDto;
    let hookUrl: string;

    beforeEach(async () => {
      twilioAccount = vendors.twilio.seedAccount({ friendlyName: 'Shop' });
      vendors.twilio.seedNumber(twilioAccount.sid, SENDER);
      const payt = await createAccount('payt', paytCredentials(vendors.payt));
      const twilio = await createAccount(
        'sms-twilio',
        twilioCredentials(vendors.twilio, twilioAccount, SENDER),
      );
      const email = await createAccount('email', emailCredentials(vendors.smtp));

      connection = await useTemplate('payt-approved-sms-email');
      await user
        .put(`/api/connections/${connection.id}/source`)
        .send({
          connectorKey: 'payt',
          actionKey: 'postback',
          accountId: payt.id,
          settings: { events: ['approved'] },
        })
        .expect(200);
      smsStep = receiverStep(connection, 'sms-twilio');
      emailStep = receiverStep(connection, 'email');
      await chooseStepAccount(connection, smsStep, twilio.id);
      await chooseStepAccount(connection, emailStep, email.id);
      await switchOn(user, connection.id);
      connection = await getConnection(connection.id);
      hookUrl = `${publicUrl}${connection.hookPath as string}`;
    });

    /** Has the PayT sandbox post a sale's postback to the hook and waits for the run. */
    async function postback(options: Parameters<typeof vendors.payt.sendPostback>[1]) {
      const sent = await vendors.payt.sendPostback(hookUrl, options);
      await sut.settle();
      return sent.postbacks.flatMap((p) => p.attempts);
    }

    const answerOf = (attempt: { body: string }) =>
      JSON.parse(attempt.body) as { runId: string | null; itemsAccepted: number };

    it('should text and e-mail the buyer the rendered messages when PayT approves a sale', async () => {
      const [attempt] = await postback({ sale: { ...buyer, event: 'approved' } });

      expect(attempt.status).toBe(200);
      const detail = await run(answerOf(attempt).runId as string);
      const sms = deliveryOf(detail, smsStep);
      const requests = vendors.twilio.requests();
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({
        method: 'POST',
        path: `/2010-04-01/Accounts/${twilioAccount.sid}/Messages.json`,
        auth: { via: 'auth-token' },
      });
      expect(requests[0].form).toEqual({
        To: buyerPhone,
        From: SENDER,
        Body: smsBody,
        StatusCallback: expect.stringMatching(
          new RegExp(`^${publicUrl}/hooks/status/${sms.id}/[\\w-]+$`),
        ) as unknown,
      });
      const emails = vendors.smtp.messages();
      expect(emails).toHaveLength(1);
      expect(emails[0].to).toEqual(['maria@example.com']);
      expect(emails[0].from).toContain('shop@example.com');
      expect(emails[0].subject).toBe('Payment approved: Curso de Yoga');
      expect(emails[0].text.trim()).toBe(
        'Hi Maria,\n\nyour payment of R$ 149.90 for Curso de Yoga was approved.\n\nThank you for your purchase!',
      );
      expect(detail).toMatchObject({ cause: 'instant', status: 'succeeded', deliveriesOk: 2 });
      expect(sms).toMatchObject({
        status: 'delivered',
        payload: { to: buyerPhone, body: smsBody },
        response: { sid: vendors.twilio.messages()[0].sid, to: buyerPhone, from: SENDER },
      });
      expect(deliveryOf(detail, emailStep)).toMatchObject({
        status: 'delivered',
        response: { accepted: ['maria@example.com'] },
      });
    });

    it('should send nothing again when PayT repeats the same postback', async () => {
      const attempts = await postback({ sale: { ...buyer, event: 'approved' }, repeat: 2 });

      expect(attempts.map((a) => a.status)).toEqual([200, 200]);
      expect(attempts.map((a) => answerOf(a).itemsAccepted)).toEqual([1, 0]);
      expect(vendors.twilio.messages()).toHaveLength(1);
      expect(vendors.smtp.messages()).toHaveLength(1);
      expect(await runs(connection.id)).toHaveLength(1);
    });

    it('should refuse with 401 and log the reason when the postback carries a wrong key', async () => {
      const [attempt] = await postback({ sale: { ...buyer, event: 'approved' }, key: 'wrong' });

      expect(attempt.status).toBe(401);
      expect(JSON.parse(attempt.body)).toMatchObject({ code: 'SIGNATURE_REJECTED' });
      expect((await getConnection(connection.id)).lastInbound).toMatchObject({
        status: 'rejected',
        error: "The postback's integration key does not match the PayT account's key",
        total: 1,
      });
      expect(await runs(connection.id)).toEqual([]);
      expect(vendors.twilio.requests()).toEqual([]);
      expect(vendors.smtp.messages()).toEqual([]);
    });

    it('should acknowledge and start nothing when the event is not ticked', async () => {
      const [attempt] = await postback({ sale: { ...buyer, event: 'waiting-payment' } });

      expect(attempt.status).toBe(200);
      expect(answerOf(attempt)).toMatchObject({ runId: null, itemsAccepted: 0 });
      expect((await getConnection(connection.id)).lastInbound).toMatchObject({
        status: 'accepted',
        total: 1,
      });
      expect(await runs(connection.id)).toEqual([]);
      expect(vendors.twilio.requests()).toEqual([]);
      expect(vendors.smtp.messages()).toEqual([]);
    });

    it('should keep a "Testar URL" postback as test data and send it only once test postbacks are run', async () => {
      const [attempt] = await postback({ test: true, sale: { ...buyer, event: 'approved' } });

      expect(attempt.status).toBe(200);
      const kept = await run(answerOf(attempt).runId as string);
      expect(kept.items[0].payload).toMatchObject({
        test: true,
        _ignored: expect.stringMatching(/^PayT test call received/) as unknown,
      });
      expect(kept.items[0].deliveries).toEqual([]);
      const sample = await user.get(`/api/connections/${connection.id}/sample`).expect(200);
      expect(sample.body).toMatchObject({ origin: 'item', data: { test: true } });
      expect(sample.body.data._ignored).toBeUndefined();
      expect(vendors.smtp.messages()).toEqual([]);

      await user
        .put(`/api/connections/${connection.id}/source`)
        .send({
          connectorKey: 'payt',
          actionKey: 'postback',
          accountId: connection.steps.find((s) => s.role === 'source')?.accountId,
          settings: { events: ['approved'], runTestPostbacks: true },
        })
        .expect(200);
      const [sent] = await postback({ test: true, sale: { ...buyer, event: 'approved' } });
      const delivered = await run(answerOf(sent).runId as string);
      expect(delivered.items[0].deliveries.map((d) => d.status).sort()).toEqual([
        'delivered',
        'delivered',
      ]);
    });

    it("should show the SMS as delivered when Twilio's signed status callbacks report it", async () => {
      const [attempt] = await postback({ sale: { ...buyer, event: 'approved' } });

      const callbacks = await vendors.twilio.deliverCallbacks();

      expect(callbacks.map((c) => [c.params.MessageStatus, c.responseStatus])).toEqual([
        ['sent', 200],
        ['delivered', 200],
      ]);
      const sms = deliveryOf(await run(answerOf(attempt).runId as string), smsStep);
      expect(sms.vendorStatus).toMatchObject({
        status: 'delivered',
        vendorStatus: 'delivered',
        errorCode: null,
        errorMessage: null,
      });
    });

    it('should show the SMS as failed with the error code when the carrier cannot reach the number', async () => {
      vendors.twilio.failNumber(buyerPhone, 30003);
      const [attempt] = await postback({ sale: { ...buyer, event: 'approved' } });

      await vendors.twilio.deliverCallbacks();

      const sms = deliveryOf(await run(answerOf(attempt).runId as string), smsStep);
      // The delivery is Twilio accepting the message; what the carrier did is the vendor status.
      expect(sms.status).toBe('delivered');
      expect(sms.vendorStatus).toMatchObject({
        status: 'failed',
        vendorStatus: 'undelivered',
        errorCode: '30003',
        errorMessage: 'Unreachable: the phone is switched off or out of coverage',
      });
    });
  });

  describe('PayT abandoned checkout → e-mail after an hour unless they buy (template, in pt-BR)', () => {
    const customer = { name: 'Ana Beatriz Rocha', email: 'ana@example.com', phone: '11912345678' };
    let connection: ConnectionDto;
    let emailStep: StepDto;
    let hookUrl: string;

    beforeEach(async () => {
      const payt = await createAccount('payt', paytCredentials(vendors.payt));
      const email = await createAccount('email', emailCredentials(vendors.smtp));
      connection = (
        await user
          .post('/api/templates/payt-abandoned-checkout-email/use')
          .send({ language: 'pt-BR' })
          .expect(201)
      ).body;
      await user
        .put(`/api/connections/${connection.id}/source`)
        .send({
          connectorKey: 'payt',
          actionKey: 'postback',
          accountId: payt.id,
          settings: connection.steps.find((s) => s.role === 'source')?.settings,
        })
        .expect(200);
      emailStep = receiverStep(connection, 'email');
      await chooseStepAccount(connection, emailStep, email.id);
      await switchOn(user, connection.id);
      connection = await getConnection(connection.id);
      hookUrl = `${publicUrl}${connection.hookPath as string}`;
    });

    async function postback(sale: PaytSaleInput): Promise<void> {
      await vendors.payt.sendPostback(hookUrl, { sale });
      await sut.settle();
    }

    async function emailDeliveries(): Promise<DeliveryDto[]> {
      const details = await Promise.all((await runs(connection.id)).map((r) => run(r.id)));
      return details.flatMap((d) => d.items.flatMap((i) => i.deliveries));
    }

    it('should write the e-mail in the user’s language, wait an hour, and cancel it when the customer buys', async () => {
      expect(emailStep).toMatchObject({
        mapping: { subject: 'Você deixou {{ product.name }} no carrinho' },
        delay: { type: 'after', wait: { amount: 1, unit: 'hours' } },
        cancelWhen: { key: '{{ customer.email }}', connectionIds: [connection.id] },
      });

      await postback({ event: 'abandoned-checkout', customer, product: { name: 'Curso de Yoga' } });
      expect((await emailDeliveries()).map((d) => d.status)).toEqual(['scheduled']);

      await postback({
        event: 'approved',
        customer: { ...customer, email: 'ANA@example.com' },
        product: { name: 'Curso de Yoga' },
      });

      const statuses = (await emailDeliveries()).map((d) => d.status).sort();
      // The approved sale itself gets no reminder; it cancels the waiting one.
      expect(statuses).toEqual(['cancelled', 'skipped']);
      expect(vendors.smtp.messages()).toEqual([]);
    });
  });

  describe('Google Sheets row → Portmone invoice by e-mail', () => {
    const payee: PortmonePayee = { payeeId: '1185', login: 'shop_wdsh', password: 'p4ss' };
    const header = ['Name', 'Email', 'Amount', 'Description'];

    let spreadsheetId: string;
    let connection: ConnectionDto;
    let invoiceStep: StepDto;

    /** The template's connection on a sheet with one row, its accounts chosen as in the editor. */
    async function setUp(portmonePayee: PortmonePayee): Promise<void> {
      vendors.portmone.seedPayee(portmonePayee);
      spreadsheetId = vendors.sheets.seedSpreadsheet({
        title: 'Invoices',
        sheets: [
          {
            title: 'Sheet1',
            rows: [
              header,
              ['Olena Kovalenko', 'olena@example.com', 1250.5, 'Order 1024: green tea'],
            ],
          },
        ],
      }).id;
      const sheets = await createAccount('google-sheets', googleSheetsCredentials(vendors.sheets));
      const portmone = await createAccount(
        'portmone',
        portmoneCredentials(vendors.portmone, portmonePayee),
      );
      const email = await createAccount('email', emailCredentials(vendors.smtp));

      connection = await useTemplate('sheets-row-portmone-invoice-email');
      await user
        .put(`/api/connections/${connection.id}/source`)
        .send({
          connectorKey: 'google-sheets',
          actionKey: 'new-rows',
          accountId: sheets.id,
          settings: { spreadsheet: spreadsheetId, sheet: 'Sheet1' },
        })
        .expect(200);
      invoiceStep = receiverStep(connection, 'portmone');
      await chooseStepAccount(connection, invoiceStep, portmone.id, {
        ...invoiceStep.mapping,
        sendVia: email.id,
      });
      // The row was there before the connection: start from all rows, not only new ones.
      await user
        .patch(`/api/connections/${connection.id}`)
        .send({ startFrom: { mode: 'all' } })
        .expect(200);
    }

    async function runOnce(): Promise<RunDetailDto> {
      const started = await user.post(`/api/connections/${connection.id}/run`).expect(202);
      await sut.settle();
      return run(started.body.runId);
    }

    /** Portmone derives nothing: Fluxo makes the order number from the delivery (its retry key). */
    const orderNumberOf = (delivery: DeliveryDto) =>
      `FLX-${createHash('sha256').update(delivery.id).digest('hex').slice(0, 16).toUpperCase()}`;

    function expectedLinkPayment(orderNumber: string, dt: string, signature: string) {
      return {
        method: 'createLinkPayment',
        payee: { payeeId: '1185', login: 'shop_wdsh', dt, signature, shopSiteId: '' },
        order: {
          description: 'Order 1024: green tea',
          shopOrderNumber: orderNumber,
          billAmount: '1250.50',
          attribute1: 'Olena Kovalenko',
          attribute2: '',
          attribute3: 'olena@example.com',
          attribute4: '',
          attribute5: '',
          successUrl: '',
          failureUrl: '',
          preauthFlag: 'N',
          billCurrency: 'UAH',
          encoding: 'UTF-8',
        },
        token: {
          tokenFlag: 'N',
          returnToken: 'N',
          token: '',
          cardMask: '',
          otherPaymentMethods: '',
        },
        payer: { lang: 'uk', emailAddress: 'olena@example.com', showEmail: 'N' },
      };
    }

    it('should create a signed Portmone invoice and e-mail its link when the connection runs once', async () => {
      await setUp({ ...payee, signatureKey: 'K3Y-of-the-shop' });

      const detail = await runOnce();

      const delivery = deliveryOf(detail, invoiceStep);
      const orderNumber = orderNumberOf(delivery);
      const [call] = vendors.portmone.gatewayCalls('createLinkPayment');
      const dt = (call.payee as { dt: string }).dt;
      expect(dt).toMatch(/^\d{14}$/);
      const signature = portmoneLinkSignature(
        {
          payeeId: '1185',
          dt,
          shopOrderNumber: orderNumber,
          billAmount: '1250.50',
          login: 'shop_wdsh',
        },
        'K3Y-of-the-shop',
      );
      expect(vendors.portmone.gatewayCalls()).toEqual([
        expectedLinkPayment(orderNumber, dt, signature),
      ]);
      const [bill] = vendors.portmone.listBills();
      const emails = vendors.smtp.messages();
      expect(emails).toHaveLength(1);
      expect(emails[0].to).toEqual(['olena@example.com']);
      expect(emails[0].subject).toBe(`Рахунок № ${orderNumber} на 1250.50 UAH`);
      expect(emails[0].text).toContain(`Оплатити онлайн через Portmone: ${bill.linkPayment}`);
      expect(detail).toMatchObject({ cause: 'manual', status: 'succeeded', itemsCount: 1 });
      expect(detail.items[0].payload).toEqual({
        Name: 'Olena Kovalenko',
        Email: 'olena@example.com',
        Amount: '1250.5',
        Description: 'Order 1024: green tea',
        _row: 2,
      });
      expect(delivery).toMatchObject({
        status: 'delivered',
        attempts: 1,
        response: { orderNumber, paymentLink: bill.linkPayment, sentTo: 'olena@example.com' },
      });
    });

    it('should invoice only the new row when a row is added and the connection runs again', async () => {
      await setUp(payee);
      const first = await runOnce();
      vendors.sheets.insertRows(spreadsheetId, 'Sheet1', [
        ['Taras Shevchuk', 'taras@example.com', '99.9', 'Order 1025: honey'],
      ]);

      const second = await runOnce();

      const orders = vendors.portmone
        .gatewayCalls('createLinkPayment')
        .map((call) => call.order as Record<string, string>);
      expect(orders.map((o) => [o.shopOrderNumber, o.billAmount, o.attribute1])).toEqual([
        [orderNumberOf(deliveryOf(first, invoiceStep)), '1250.50', 'Olena Kovalenko'],
        [orderNumberOf(deliveryOf(second, invoiceStep)), '99.90', 'Taras Shevchuk'],
      ]);
      expect(second).toMatchObject({ status: 'succeeded', itemsCount: 1 });
      expect(second.items.map((i) => i.payload.Name)).toEqual(['Taras Shevchuk']);
      expect(vendors.smtp.messages().map((m) => m.to)).toEqual([
        ['olena@example.com'],
        ['taras@example.com'],
      ]);
    });

    it("should fail the delivery with Portmone's reason in plain words when Portmone refuses the invoice", async () => {
      await setUp(payee);
      vendors.portmone.setFault({
        method: 'createLinkPayment',
        errorCode: '7',
        error: 'Currency is not supported',
      });

      const detail = await runOnce();

      expect(detail.status).toBe('failed');
      expect(deliveryOf(detail, invoiceStep)).toMatchObject({
        status: 'failed',
        attempts: 1,
        error:
          'Portmone does not accept this currency for your shop. Choose UAH, or ask Portmone to enable the currency. (Portmone error 7: "Currency is not supported")',
      });
      expect(vendors.portmone.listBills()).toEqual([]);
      expect(vendors.smtp.messages()).toEqual([]);
    });
  });
});
