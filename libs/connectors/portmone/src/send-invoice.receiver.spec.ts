import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import {
  type ConnectorContext,
  type DeliveryResult,
  type Messaging,
  type OutboundMessage,
  PermanentDeliveryError,
  testContext,
  testNetwork,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md).
import { PortmoneSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  deliverInvoice,
  sendInvoiceEmailReceiver,
  sendInvoiceSmsReceiver,
} from './send-invoice.receiver';

/** Stands in for the host's messaging (another account's connector), recording every call. */
class RecordingMessaging implements Messaging {
  readonly calls: Array<{ accountId: string; message: OutboundMessage }> = [];
  failures: Error[] = [];

  async send(accountId: string, message: OutboundMessage): Promise<DeliveryResult> {
    this.calls.push({ accountId, message });
    const failure = this.failures.shift();
    if (failure) throw failure;
    return { response: { messageId: `<msg-${this.calls.length}@smtp.test>` } };
  }
}

const payee = { payeeId: '1185', login: 'shop_wdsh', password: 'p4ss' };

const emailPayload = {
  payerName: 'Olena Kovalenko',
  email: 'olena@example.com',
  amount: '1 234,50',
  currency: 'UAH',
  description: 'Order #1024: green tea',
  orderNumber: '',
  language: 'en',
  successUrl: 'https://shop.test/thanks',
  failureUrl: 'https://shop.test/failed',
  sendVia: 'acc-email-1',
};

const smsPayload = {
  payerName: 'Taras',
  phone: '+380 50 123 45 67',
  amount: '97.50',
  orderNumber: 'INV-7',
  sendVia: 'acc-sms-1',
};

/** Computed here from the formula in vendor-apis.md §1, independently of the connector. */
function expectedSignature(dt: string, orderNumber: string, amount: string, key: string): string {
  const hex = (value: string) => Buffer.from(value).toString('hex');
  const message =
    `1185${dt}${hex(orderNumber)}${amount}`.toUpperCase() + hex('shop_wdsh').toUpperCase();
  return createHmac('sha256', key).update(message).digest('hex').toUpperCase();
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe(deliverInvoice.name, () => {
  let portmone: PortmoneSandbox;
  let messaging: RecordingMessaging;
  let credentials: ConnectorContext['credentials'];

  const context = (overrides: Partial<ConnectorContext> = {}): ConnectorContext =>
    testContext({ credentials, messaging, idempotencyKey: 'delivery-1', ...overrides });

  beforeAll(async () => {
    portmone = await PortmoneSandbox.start();
  });
  afterAll(() => portmone.stop());
  beforeEach(() => {
    portmone.reset();
    portmone.seedPayee(payee);
    messaging = new RecordingMessaging();
    credentials = { ...payee, apiBaseUrl: portmone.url };
  });

  describe('send-invoice-email', () => {
    const sut = sendInvoiceEmailReceiver;

    it('should send Portmone the exact unsigned createLinkPayment when no key is set', async () => {
      const result = await sut.deliver(emailPayload, context());

      const [request] = portmone.requests();
      expect(request).toMatchObject({
        method: 'POST',
        path: '/gateway/',
        headers: { 'content-type': 'application/json' },
      });
      const body = request.body as { payee: { dt: string }; order: { shopOrderNumber: string } };
      expect(body.payee.dt).toMatch(/^20\d{12}$/);
      expect(body.order.shopOrderNumber).toMatch(/^FLX-[0-9A-F]{16}$/);
      expect(body).toEqual({
        method: 'createLinkPayment',
        payee: {
          payeeId: '1185',
          login: 'shop_wdsh',
          dt: body.payee.dt,
          signature: '',
          shopSiteId: '',
        },
        order: {
          description: 'Order #1024: green tea',
          shopOrderNumber: body.order.shopOrderNumber,
          billAmount: '1234.50',
          attribute1: 'Olena Kovalenko',
          attribute2: '',
          attribute3: 'olena@example.com',
          attribute4: '',
          attribute5: '',
          successUrl: 'https://shop.test/thanks',
          failureUrl: 'https://shop.test/failed',
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
        payer: { lang: 'en', emailAddress: 'olena@example.com', showEmail: 'N' },
      });
      const [bill] = portmone.listBills();
      expect(result.response).toEqual({
        orderNumber: body.order.shopOrderNumber,
        paymentLink: bill.linkPayment,
        sentTo: 'olena@example.com',
        messageResponse: { messageId: '<msg-1@smtp.test>' },
      });
    });

    it('should hand the e-mail with amount, description and link to the chosen account when the link is created', async () => {
      await sut.deliver(
        { ...emailPayload, orderNumber: 'A-1', expiresAt: '31.12.2099 18:00' },
        context(),
      );

      const [bill] = portmone.listBills();
      expect(messaging.calls).toHaveLength(1);
      expect(messaging.calls[0].accountId).toBe('acc-email-1');
      expect(messaging.calls[0].message).toEqual({
        to: 'olena@example.com',
        subject: 'Invoice A-1 for 1234.50 UAH',
        text: [
          'Hello Olena Kovalenko,',
          '',
          'Here is your invoice A-1 for 1234.50 UAH (Order #1024: green tea).',
          'The invoice can be paid until 31.12.2099 18:00 (Kyiv time).',
          '',
          `Pay online with Portmone: ${bill.linkPayment}`,
        ].join('\n'),
        html: expect.stringContaining(`<a href="${bill.linkPayment}">Pay online with Portmone</a>`),
      });
      expect(Number(bill.expTime)).toBeGreaterThan(60 * 60 * 24 * 365 * 70);
    });

    it("should send the user's own subject and message, with the payment link added below it", async () => {
      await sut.deliver(
        {
          ...emailPayload,
          orderNumber: 'A-3',
          messageSubject: 'Your Tea Shop order',
          messageText: 'Hi Olena,\n\nthanks for the order <3.',
        },
        context(),
      );

      const [bill] = portmone.listBills();
      const { message } = messaging.calls[0];
      expect(message.subject).toBe('Your Tea Shop order');
      expect(message.text).toBe(
        `Hi Olena,\n\nthanks for the order <3.\n\nPay online with Portmone: ${bill.linkPayment}`,
      );
      expect(message.html).toContain('<p>Hi Olena,</p>\n<p>thanks for the order &lt;3.</p>');
      expect(message.html).toContain(`<a href="${bill.linkPayment}">`);
    });

    it('should write to the payer in Ukrainian when no language is chosen', async () => {
      await sut.deliver({ ...emailPayload, language: '', orderNumber: 'A-2' }, context());

      expect(messaging.calls[0].message.subject).toBe('Рахунок № A-2 на 1234.50 UAH');
      expect(portmone.listBills()[0].lang).toBe('uk');
    });

    it('should sign the request with the payee key when a signature key is set', async () => {
      portmone.seedPayee({ ...payee, signatureKey: 'S3cr3t-K3y' });
      credentials = { ...credentials, signatureKey: 'S3cr3t-K3y' };

      await sut.deliver({ ...emailPayload, orderNumber: 'ORD-42' }, context());

      const body = portmone.gatewayCalls('createLinkPayment')[0] as {
        payee: { dt: string; signature: string };
      };
      expect(body.payee.signature).toBe(
        expectedSignature(body.payee.dt, 'ORD-42', '1234.50', 'S3cr3t-K3y'),
      );
      expect(portmone.listBills()).toHaveLength(1);
    });

    it('should say the signature key is wrong when Portmone refuses the signature', async () => {
      portmone.seedPayee({ ...payee, signatureKey: 'right-key' });
      credentials = { ...credentials, signatureKey: 'wrong-key' };

      const error = await sut.deliver(emailPayload, context()).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as Error).message).toBe(
        'Portmone refused the signature. Check the signature key in the Portmone account, or leave it ' +
          'empty if Portmone did not give you one. (Portmone error 4: "Invalid signature")',
      );
      expect(messaging.calls).toEqual([]);
    });

    it('should say the payee ID is unknown when Portmone does not know it', async () => {
      credentials = { ...credentials, payeeId: '999' };

      await expect(sut.deliver(emailPayload, context())).rejects.toThrow(
        'Portmone does not know this payee (merchant) ID. Check the payee ID in the Portmone account; ' +
          'Portmone support gives it to you. (Portmone error 2: "Payee not found: 999")',
      );
    });

    it.each([
      [
        '5',
        'Invalid bill amount',
        'Portmone refused the amount. It must be a number above zero with at most two decimals. (Portmone error 5: "Invalid bill amount")',
      ],
      [
        '7',
        'Currency is not supported',
        'Portmone does not accept this currency for your shop. Choose UAH, or ask Portmone to enable the currency. (Portmone error 7: "Currency is not supported")',
      ],
      [
        '3',
        'Invalid login or password',
        'Portmone did not accept the login or password. Check them in the Portmone account. (Portmone error 3: "Invalid login or password")',
      ],
      [
        '42',
        'Merchant is blocked',
        'Portmone refused to create the invoice. (Portmone error 42: "Merchant is blocked")',
      ],
    ])(
      'should explain business error %s in plain words when Portmone answers it',
      async (errorCode, error, expected) => {
        portmone.setFault({ method: 'createLinkPayment', errorCode, error });

        const failure = await sut.deliver(emailPayload, context()).catch((e: unknown) => e);

        expect(failure).toBeInstanceOf(PermanentDeliveryError);
        expect((failure as Error).message).toBe(expected);
        expect(messaging.calls).toEqual([]);
      },
    );

    it.each([['0'], ['-5'], ['0,00'], ['abc'], ['1.234']])(
      'should refuse the amount "%s" before calling Portmone when it is not a positive amount',
      async (amount) => {
        await expect(sut.deliver({ ...emailPayload, amount }, context())).rejects.toBeInstanceOf(
          PermanentDeliveryError,
        );
        expect(portmone.requests()).toEqual([]);
      },
    );

    it('should say the amount must be more than zero when it is zero', async () => {
      await expect(sut.deliver({ ...emailPayload, amount: '0' }, context())).rejects.toThrow(
        'The amount must be more than zero (got "0").',
      );
    });

    it.each([
      ['97,50', '97.50'],
      ['97.50', '97.50'],
      ['1 234,50', '1234.50'],
      ['1.234,50', '1234.50'],
      ['1,234.50', '1234.50'],
      [97.5, '97.50'],
    ])('should bill %s as %s when the amount is written that way', async (amount, billAmount) => {
      await sut.deliver({ ...emailPayload, amount }, context());

      expect(portmone.listBills()[0].billAmount).toBe(billAmount);
    });

    it('should keep the same order number when the same delivery is tried again', async () => {
      portmone.setDuplicateOrders('same-link');
      messaging.failures = [new TransientDeliveryError('SMTP server busy (421)')];

      const first = await sut.deliver(emailPayload, context()).catch((e: unknown) => e);
      const second = await sut.deliver(emailPayload, context());

      expect(first).toBeInstanceOf(TransientDeliveryError);
      const [bill] = portmone.listBills();
      expect((first as TransientDeliveryError).message).toBe(
        `Invoice ${bill.shopOrderNumber} was created in Portmone, but the e-mail to olena@example.com ` +
          'could not be sent: SMTP server busy (421)',
      );
      expect((first as TransientDeliveryError).response).toEqual({
        orderNumber: bill.shopOrderNumber,
        paymentLink: bill.linkPayment,
      });
      const orderNumbers = portmone
        .gatewayCalls('createLinkPayment')
        .map((call) => (call.order as { shopOrderNumber: string }).shopOrderNumber);
      expect(orderNumbers).toEqual([bill.shopOrderNumber, bill.shopOrderNumber]);
      expect(portmone.listBills()).toHaveLength(1);
      expect(second.response).toMatchObject({
        orderNumber: bill.shopOrderNumber,
        paymentLink: bill.linkPayment,
      });
      expect(messaging.calls.map((call) => call.message.text.includes(bill.linkPayment))).toEqual([
        true,
        true,
      ]);
    });

    it('should give each delivery its own order number when the idempotency keys differ', async () => {
      await sut.deliver(emailPayload, context({ idempotencyKey: 'delivery-1' }));
      await sut.deliver(emailPayload, context({ idempotencyKey: 'delivery-2' }));

      const [a, b] = portmone.listBills();
      expect(a.shopOrderNumber).not.toBe(b.shopOrderNumber);
      expect(portmone.listBills()).toHaveLength(2);
    });

    it('should look the bill up and not bill twice when Portmone refuses the repeated order number', async () => {
      messaging.failures = [new TransientDeliveryError('SMTP server busy (421)')];
      await sut.deliver(emailPayload, context()).catch(() => undefined);
      const [bill] = portmone.listBills();

      const retry = await sut.deliver(emailPayload, context()).catch((e: unknown) => e);

      expect(portmone.gatewayCalls().map((call) => call.method)).toEqual([
        'createLinkPayment',
        'createLinkPayment',
        'result',
      ]);
      expect(portmone.gatewayCalls('result')[0]).toEqual({
        method: 'result',
        params: {
          data: {
            login: 'shop_wdsh',
            password: 'p4ss',
            payeeId: '1185',
            shopOrderNumber: bill.shopOrderNumber,
          },
        },
        id: '1',
      });
      expect(portmone.listBills()).toHaveLength(1);
      expect(retry).toBeInstanceOf(PermanentDeliveryError);
      expect((retry as Error).message).toBe(
        `Portmone already has invoice ${bill.shopOrderNumber} (bill ${bill.shopBillId}) from an earlier attempt, ` +
          'but does not give its payment link again, so it was not sent. Send the link to the payer from ' +
          'your Portmone cabinet.',
      );
      expect(messaging.calls).toHaveLength(1);
    });

    it('should succeed without sending again when the earlier bill is already paid', async () => {
      messaging.failures = [new TransientDeliveryError('SMTP timeout')];
      await sut.deliver(emailPayload, context()).catch(() => undefined);
      const [bill] = portmone.listBills();
      await portmone.setBillStatus(bill.shopBillId, 'PAYED');

      const retry = await sut.deliver(emailPayload, context());

      expect(retry.response).toMatchObject({
        orderNumber: bill.shopOrderNumber,
        billId: bill.shopBillId,
        paymentLink: null,
        sentTo: null,
      });
      expect(messaging.calls).toHaveLength(1);
    });

    it('should report a duplicate order number when the user reuses one for another amount', async () => {
      await sut.deliver(
        { ...emailPayload, orderNumber: 'SAME' },
        context({ idempotencyKey: 'd-1' }),
      );

      const error = await sut
        .deliver(
          { ...emailPayload, orderNumber: 'SAME', amount: '5' },
          context({ idempotencyKey: 'd-2' }),
        )
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as Error).message).toBe(
        'Portmone already has an invoice with this order number. Use a new order number, or leave it empty ' +
          'so Fluxo makes one. (Portmone error 6: "Order with this shopOrderNumber already exists")',
      );
      expect(messaging.calls).toHaveLength(1);
    });

    it('should fail for good without creating a bill when the host gives no messaging', async () => {
      const error = await sut
        .deliver(emailPayload, context({ messaging: undefined }))
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as Error).message).toBe(
        'The host gave no way to send messages, so Fluxo cannot send the invoice by e-mail. No invoice was created.',
      );
      expect(portmone.requests()).toEqual([]);
    });

    it('should pass a refused e-mail on as permanent when the e-mail account refuses the address', async () => {
      messaging.failures = [
        new PermanentDeliveryError('The mail server refused olena@example.com (550)'),
      ];

      const error = await sut.deliver(emailPayload, context()).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as Error).message).toContain(
        'could not be sent: The mail server refused olena@example.com (550)',
      );
    });

    it('should retry later when Portmone answers HTTP 500', async () => {
      portmone.setFault({ status: 500 });

      const error = await sut.deliver(emailPayload, context()).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect((error as Error).message).toBe(
        `Portmone answered HTTP 500 at ${portmone.gatewayUrl}; Fluxo will try again.`,
      );
      expect(messaging.calls).toEqual([]);
    });

    it('should retry later when Portmone cannot be reached', async () => {
      credentials = { ...credentials, apiBaseUrl: `http://127.0.0.1:${await closedPort()}` };

      await expect(sut.deliver(emailPayload, context())).rejects.toBeInstanceOf(
        TransientDeliveryError,
      );
    });

    it('should refuse to connect when the host network guard does not allow the address', async () => {
      const error = await sut
        .deliver(emailPayload, context({ network: testNetwork([]) }))
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as Error).message).toContain('Fluxo does not connect to 127.0.0.1');
      expect(portmone.requests()).toEqual([]);
    });

    it('should fail for good when the host gives no network', async () => {
      const error = await sut
        .deliver(emailPayload, context({ network: undefined }))
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as Error).message).toBe(
        'The host gave this connector no network access, so it cannot reach Portmone.',
      );
    });

    it('should refuse an expiry in the past when one is given', async () => {
      await expect(
        sut.deliver({ ...emailPayload, expiresAt: '2020-01-01' }, context()),
      ).rejects.toThrow('The expiry 01.01.2020 23:59 (Kyiv time) is already in the past.');
    });
  });

  describe('send-invoice-sms', () => {
    const sut = sendInvoiceSmsReceiver;

    it("should text the user's own words followed by the payment link", async () => {
      await sut.deliver({ ...smsPayload, messageText: 'Taras, your invoice:' }, context());

      const [bill] = portmone.listBills();
      expect(messaging.calls[0].message.text).toBe(`Taras, your invoice: ${bill.linkPayment}`);
    });

    it('should create the link with the phone and text it when delivering by SMS', async () => {
      const result = await sut.deliver(smsPayload, context());

      const body = portmone.gatewayCalls('createLinkPayment')[0] as {
        order: Record<string, string>;
        payer: Record<string, string>;
      };
      expect(body.order).toMatchObject({
        shopOrderNumber: 'INV-7',
        billAmount: '97.50',
        billCurrency: 'UAH',
        attribute1: 'Taras',
        attribute2: '+380501234567',
        attribute3: '',
      });
      expect(body.payer).toEqual({ lang: 'uk', emailAddress: '', showEmail: 'N' });
      const [bill] = portmone.listBills();
      expect(messaging.calls).toEqual([
        {
          accountId: 'acc-sms-1',
          message: {
            to: '+380501234567',
            text: `Рахунок № INV-7 на 97.50 UAH. Оплатити: ${bill.linkPayment}`,
          },
        },
      ]);
      expect(result.response).toEqual({
        orderNumber: 'INV-7',
        paymentLink: bill.linkPayment,
        sentTo: '+380501234567',
        messageResponse: { messageId: '<msg-1@smtp.test>' },
      });
    });

    it('should refuse a phone that is not a number when delivering by SMS', async () => {
      await expect(sut.deliver({ ...smsPayload, phone: 'call me' }, context())).rejects.toThrow(
        '"call me" is not a phone number. Write it like +380501234567.',
      );
      expect(portmone.requests()).toEqual([]);
    });

    it('should say it cannot text when the host gives no messaging', async () => {
      await expect(sut.deliver(smsPayload, context({ messaging: undefined }))).rejects.toThrow(
        'The host gave no way to send messages, so Fluxo cannot send the invoice by SMS. No invoice was created.',
      );
    });
  });
});
