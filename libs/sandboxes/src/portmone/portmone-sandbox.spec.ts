import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { type HookReceiver, startHookReceiver } from '../__fixtures__/hook-receiver';
import { PortmoneSandbox } from './portmone-sandbox';
import { PORTMONE_SANDBOX_ERRORS } from './portmone-resources';
import { portmoneLinkSignature } from './portmone-signature';

const payee = { payeeId: '1185', login: 'shop_wdsh', password: 'p4ss' };

const linkBody = (overrides: Record<string, unknown> = {}) => ({
  method: 'createLinkPayment',
  payee: {
    payeeId: '1185',
    login: 'shop_wdsh',
    dt: '20260101120000',
    signature: '',
    shopSiteId: '',
  },
  order: { shopOrderNumber: 'A-1', billAmount: '150.00', billCurrency: 'UAH', description: 'Tea' },
  payer: { lang: 'uk', emailAddress: 'ana@example.com' },
  ...overrides,
});

const resultBody = (data: Record<string, unknown>) => ({
  method: 'result',
  params: { data: { login: 'shop_wdsh', password: 'p4ss', payeeId: '1185', ...data } },
  id: '1',
});

describe(PortmoneSandbox.name, () => {
  let sut: PortmoneSandbox;

  const gateway = async (body: unknown) => {
    const response = await fetch(sut.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.text()) as string };
  };
  const gatewayJson = async (body: unknown) => JSON.parse((await gateway(body)).body) as unknown;

  beforeAll(async () => {
    sut = await PortmoneSandbox.start();
  });
  afterAll(() => sut.stop());
  beforeEach(() => {
    sut.reset();
    sut.seedPayee(payee);
  });

  it('should create a bill and serve its link when createLinkPayment is valid', async () => {
    const answer = (await gatewayJson(linkBody())) as { errorCode: string; linkPayment: string };

    expect(answer).toMatchObject({ errorCode: '0', error: '' });
    expect(answer.linkPayment).toMatch(new RegExp(`^${sut.url}/pay/[a-f0-9]+$`));
    const page = await fetch(answer.linkPayment);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('150.00 UAH');
    expect(sut.listBills()).toMatchObject([
      { shopOrderNumber: 'A-1', billAmount: '150.00', status: 'CREATED', shopBillId: '1000001' },
    ]);
  });

  it('should record the exact request when the gateway is called', async () => {
    await gateway(linkBody());

    expect(sut.requests()).toMatchObject([
      { method: 'POST', path: '/gateway/', headers: { 'content-type': 'application/json' } },
    ]);
    expect(sut.gatewayCalls('createLinkPayment')).toEqual([linkBody()]);
  });

  it('should refuse an unsigned request when the payee has a signature key', async () => {
    sut.seedPayee({ ...payee, signatureKey: 'K3Y' });

    expect(await gatewayJson(linkBody())).toEqual(PORTMONE_SANDBOX_ERRORS.badSignature);
  });

  it('should accept a request when it is signed with the payee key', async () => {
    sut.seedPayee({ ...payee, signatureKey: 'K3Y' });
    const signature = portmoneLinkSignature(
      {
        payeeId: '1185',
        dt: '20260101120000',
        shopOrderNumber: 'A-1',
        billAmount: '150.00',
        login: 'shop_wdsh',
      },
      'K3Y',
    );
    const body = linkBody();
    body.payee.signature = signature;

    expect(await gatewayJson(body)).toMatchObject({ errorCode: '0' });
  });

  it.each([
    [
      'an unknown payee',
      { payee: { payeeId: '9', login: 'shop_wdsh' } },
      PORTMONE_SANDBOX_ERRORS.payeeNotFound,
    ],
    ['a wrong login', { payee: { payeeId: '1185', login: 'x' } }, PORTMONE_SANDBOX_ERRORS.badLogin],
    [
      'a zero amount',
      { order: { shopOrderNumber: 'A-2', billAmount: '0' } },
      PORTMONE_SANDBOX_ERRORS.badAmount,
    ],
    ['an unknown method', { method: 'bogus' }, PORTMONE_SANDBOX_ERRORS.unknownMethod],
  ])(
    'should answer HTTP 200 with a business error when given %s',
    async (_, overrides, expected) => {
      const { status, body } = await gateway(linkBody(overrides));

      expect(status).toBe(200);
      expect(JSON.parse(body)).toMatchObject({ errorCode: expected.errorCode });
      expect(JSON.parse(body).error).toContain(expected.error);
    },
  );

  it('should refuse a duplicate order number when duplicates are rejected', async () => {
    await gateway(linkBody());

    expect(await gatewayJson(linkBody())).toEqual(PORTMONE_SANDBOX_ERRORS.duplicateOrder);
    expect(sut.listBills()).toHaveLength(1);
  });

  it('should answer the same link when duplicates are answered with the existing bill', async () => {
    sut.setDuplicateOrders('same-link');
    const first = (await gatewayJson(linkBody())) as { linkPayment: string };

    expect(await gatewayJson(linkBody())).toEqual({
      errorCode: '0',
      error: '',
      linkPayment: first.linkPayment,
    });
    expect(sut.listBills()).toHaveLength(1);
  });

  it('should list bills by order number, bill id and date window when result is called', async () => {
    const bill = sut.seedBill({ payeeId: '1185', billAmount: '10.00', shopOrderNumber: 'B-1' });
    await sut.setBillStatus(bill.shopBillId, 'PAYED');
    const today = new Intl.DateTimeFormat('uk-UA', { timeZone: 'Europe/Kyiv' }).format(new Date());

    const byOrder = await gatewayJson(resultBody({ shopOrderNumber: 'B-1', status: 'PAYED' }));
    const byId = await gatewayJson(resultBody({ shopbillId: bill.shopBillId }));
    const byDay = await gatewayJson(resultBody({ startDate: today, endDate: today }));
    const lastYear = await gatewayJson(
      resultBody({ startDate: '01.01.2020', endDate: '02.01.2020' }),
    );

    const expected = {
      errorCode: '0',
      payee_id: '1185',
      shopOrderNumber: 'B-1',
      shopBillId: bill.shopBillId,
      billAmount: '10.00',
      status: 'PAYED',
      cardMask: '444433******1111',
    };
    expect(byOrder).toMatchObject([expected]);
    expect(byId).toMatchObject([expected]);
    expect(byDay).toMatchObject([expected]);
    expect(lastYear).toEqual([]);
    expect((byId as Array<{ pay_date: string }>)[0].pay_date).toMatch(
      /^\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d$/,
    );
  });

  it('should answer one error object when result is called with a wrong password', async () => {
    const answer = await gatewayJson(resultBody({ password: 'nope', shopOrderNumber: 'B-1' }));

    expect(answer).toEqual(PORTMONE_SANDBOX_ERRORS.badLogin);
  });

  it('should refund a bill when return is called', async () => {
    const bill = sut.seedBill({
      payeeId: '1185',
      billAmount: '10.00',
      shopOrderNumber: 'R-1',
      status: 'PAYED',
    });

    const answer = await gatewayJson({
      method: 'return',
      params: {
        data: {
          login: 'shop_wdsh',
          password: 'p4ss',
          payeeId: '1185',
          shopOrderNumber: 'R-1',
          returnAmount: '10.00',
        },
      },
      id: '1',
    });

    expect(answer).toMatchObject({ status: 'RETURN', shopBillId: bill.shopBillId });
  });

  it('should answer HTTP 500 once when a transport fault is injected for one call', async () => {
    sut.setFault({ status: 500, times: 1 });

    expect((await gateway(linkBody())).status).toBe(500);
    expect((await gateway(linkBody())).status).toBe(200);
  });

  it('should answer an injected business error when one is set for a method', async () => {
    sut.setFault({ method: 'createLinkPayment', errorCode: '99', error: 'Maintenance' });

    expect(await gatewayJson(linkBody())).toEqual({ errorCode: '99', error: 'Maintenance' });
    expect(await gatewayJson(resultBody({ shopOrderNumber: 'x' }))).toEqual([]);
  });

  describe('control API', () => {
    let receiver: HookReceiver;

    beforeAll(async () => {
      receiver = await startHookReceiver({ path: '/hook' });
    });
    afterAll(() => receiver.close());
    beforeEach(() => {
      receiver.received.length = 0;
    });

    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${sut.url}/__control${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    it('should seed a payee, mark a bill paid and notify when driven over HTTP', async () => {
      await control('POST', '/payees', { payeeId: '77', login: 'l', password: 'p' });
      const bill = (await (
        await control('POST', '/bills', { payeeId: '77', billAmount: '5.00' })
      ).json()) as {
        shopBillId: string;
      };
      const notifyUrl = receiver.url;

      const answer = await control('POST', `/bills/${bill.shopBillId}/status`, {
        status: 'PAYED',
        notifyUrl,
      });

      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({
        bill: { status: 'PAYED' },
        notification: { status: 200 },
      });
      expect(receiver.received.map((call) => JSON.parse(call.body))).toEqual([
        { shopOrderNumber: `SEED-${bill.shopBillId}`, shopBillId: bill.shopBillId },
      ]);
      expect((await (await control('GET', '/bills')).json()) as unknown[]).toHaveLength(1);
    });

    it('should inject and clear faults and list requests when driven over HTTP', async () => {
      await control('POST', '/fault', { status: 502 });
      expect((await gateway(linkBody())).status).toBe(502);
      await control('DELETE', '/fault');
      expect((await gateway(linkBody())).status).toBe(200);

      const requests = (await (await control('GET', '/requests')).json()) as unknown[];

      expect(requests).toHaveLength(2);
      expect((await control('POST', '/fault', {})).status).toBe(400);
    });
  });

  it('should describe how to point an account at it when asked for CLI help', () => {
    expect(sut.cliHelp()).toContain(`API address: ${sut.url}`);
  });
});
