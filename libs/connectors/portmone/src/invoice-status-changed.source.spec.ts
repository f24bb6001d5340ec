import { type ConnectorContext, testContext } from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md).
import { PortmoneSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { billStatusWord } from './bill-status';
import { portmoneDay } from './client';
import { invoiceStatusChangedSource, parsePayDate } from './invoice-status-changed.source';

const payee = { payeeId: '1185', login: 'shop_wdsh', password: 'p4ss' };

describe(invoiceStatusChangedSource.name, () => {
  const sut = invoiceStatusChangedSource;
  let portmone: PortmoneSandbox;
  let ctx: ConnectorContext;

  beforeAll(async () => {
    portmone = await PortmoneSandbox.start();
  });
  afterAll(() => portmone.stop());
  beforeEach(() => {
    portmone.reset();
    portmone.seedPayee(payee);
    portmone.seedPayee({ payeeId: '2000', login: 'other', password: 'x' });
    ctx = testContext({ credentials: { ...payee, apiBaseUrl: portmone.url } });
  });

  const seed = (shopOrderNumber: string, billAmount: string) =>
    portmone.seedBill({ payeeId: '1185', shopOrderNumber, billAmount });

  it('should emit only new status changes when polled twice', async () => {
    const paid = seed('A-1', '150.00');
    const open = seed('A-2', '20.50');
    const rejected = seed('A-3', '7.00');
    portmone.seedBill({
      payeeId: '2000',
      shopOrderNumber: 'NOT-MINE',
      billAmount: '1.00',
      status: 'PAYED',
    });
    await portmone.setBillStatus(paid.shopBillId, 'PAYED', { cardMask: '535555******0001' });
    await portmone.setBillStatus(rejected.shopBillId, 'REJECTED');

    const first = await sut.poll(ctx, undefined);
    await portmone.setBillStatus(paid.shopBillId, 'RETURN');
    await portmone.setBillStatus(open.shopBillId, 'PAYED');
    const second = await sut.poll(ctx, first.cursor);
    const third = await sut.poll(ctx, second.cursor);

    expect(first.items.map((item) => item.key)).toEqual([
      `${paid.shopBillId}:paid`,
      `${rejected.shopBillId}:rejected`,
    ]);
    expect(second.items.map((item) => item.key)).toEqual([
      `${paid.shopBillId}:refunded`,
      `${open.shopBillId}:paid`,
    ]);
    expect(third.items).toEqual([]);
  });

  it('should offer the bill as variables when a bill is paid', async () => {
    const bill = seed('A-1', '150.00');
    await portmone.setBillStatus(bill.shopBillId, 'PAYED', { cardMask: '535555******0001' });
    const [stored] = portmone.listBills();

    const { items } = await sut.poll(ctx, undefined);

    expect(items).toEqual([
      {
        key: `${bill.shopBillId}:paid`,
        occurredAt: parsePayDate(stored.payDate),
        payload: {
          orderNumber: 'A-1',
          billId: bill.shopBillId,
          status: 'paid',
          portmoneStatus: 'PAYED',
          amount: 150,
          currency: 'UAH',
          description: '',
          payer: { name: '', phone: '', email: '' },
          payDate: stored.payDate,
          paidAt: parsePayDate(stored.payDate),
          cardMask: '535555******0001',
          cardType: 'VISA',
          bankName: 'Sandbox Bank',
          rrn: `4${bill.shopBillId}`,
          authCode: bill.shopBillId.slice(-6),
        },
      },
    ]);
  });

  it('should ask Portmone for the days since the last check when polling', async () => {
    await sut.poll(ctx, { checkedAt: '2026-03-10T08:00:00.000Z', seen: [] });

    expect(portmone.gatewayCalls()).toEqual([
      {
        method: 'result',
        params: {
          data: {
            login: 'shop_wdsh',
            password: 'p4ss',
            payeeId: '1185',
            startDate: '10.03.2026',
            endDate: portmoneDay(new Date()),
          },
        },
        id: '1',
      },
    ]);
  });

  it('should report the status in our words when Portmone spells it another way', async () => {
    const bill = seed('V-1', '10.00');
    await portmone.setBillStatus(bill.shopBillId, 'PAID');

    const { items } = await sut.poll(ctx, undefined);

    expect(
      items.map((item) => [item.key, item.payload.status, item.payload.portmoneStatus]),
    ).toEqual([[`${bill.shopBillId}:paid`, 'paid', 'PAID']]);
  });

  it('should fail in plain words when Portmone refuses the password', async () => {
    ctx = testContext({ credentials: { ...payee, password: 'wrong', apiBaseUrl: portmone.url } });

    await expect(sut.poll(ctx, undefined)).rejects.toThrow(
      'Portmone did not accept the login or password. Check them in the Portmone account. ' +
        '(Portmone error 3: "Invalid login or password")',
    );
  });
});

describe(billStatusWord.name, () => {
  it.each([
    ['PAYED', 'paid'],
    ['paid', 'paid'],
    ['REJECTED', 'rejected'],
    ['DECLINED', 'rejected'],
    ['RETURN', 'refunded'],
    ['REFUNDED', 'refunded'],
    ['PREAUTH', 'preauthorised'],
    ['CREATED', 'created'],
    ['SOMETHING', 'unknown'],
  ])('should call %s "%s" when Portmone reports it', (status, word) => {
    expect(billStatusWord(status)).toBe(word);
  });
});

describe(parsePayDate.name, () => {
  it.each([
    ['15.01.2026 12:34:56', '2026-01-15T10:34:56.000Z'],
    ['2026-07-15 12:34:56', '2026-07-15T09:34:56.000Z'],
    ['', undefined],
  ])('should read %s as Kyiv time when given that format', (value, expected) => {
    expect(parsePayDate(value)).toBe(expected);
  });
});
