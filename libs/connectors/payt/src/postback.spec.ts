import { describe, expect, it } from '@jest/globals';
import {
  paytDateToIso,
  paytEventOf,
  paytEventTicked,
  paytVariables,
  readPostback,
  toE164,
  unflattenPostback,
} from './postback';

describe('unflattenPostback', () => {
  it('should nest dotted and bracketed keys and rebuild lists when keys are flat', () => {
    const sut = unflattenPostback({
      status: 'paid',
      'customer.name': 'Ana',
      'customer[email]': 'ana@example.com',
      'product.items.0.code': 'A',
      'product.items.1.code': 'B',
    });

    expect(sut).toEqual({
      status: 'paid',
      customer: { name: 'Ana', email: 'ana@example.com' },
      product: { items: [{ code: 'A' }, { code: 'B' }] },
    });
  });

  it('should drop keys that would reach an object prototype when a body is hostile', () => {
    const sut = unflattenPostback({ '__proto__.polluted': 'yes', 'a.constructor.x': 1, 'b.c': 2 });

    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(sut).toEqual({ b: { c: 2 } });
  });
});

describe('readPostback', () => {
  it('should parse the raw body when the host could not parse it as JSON', () => {
    expect(readPostback('', Buffer.from('{"status":"paid"}'))).toEqual({ status: 'paid' });
    expect(readPostback(undefined, Buffer.from('not json'))).toBeNull();
    expect(readPostback(undefined, Buffer.from('[1]'))).toBeNull();
  });
});

describe('paytEventOf', () => {
  it.each([
    [{ status: 'chargeback' }, 'chargeback'],
    [{ status: 'charged_back' }, 'chargeback'],
    [{ status: 'canceled', transaction: { payment_status: 'chargeback_presented' } }, 'chargeback'],
    [{ status: 'refunded' }, 'refunded'],
    [{ status: 'canceled', transaction: { payment_status: 'peding_refund' } }, 'refunded'],
    [{ status: 'paid', transaction: { payment_status: 'refunded_partial' } }, 'refunded'],
    [{ status: 'separation' }, 'shipping-updated'],
    [{ status: 'collected' }, 'shipping-updated'],
    [{ status: 'shipped' }, 'shipping-updated'],
    [{ status: 'subscription_renewed' }, null],
    // A paid order keeps "paid" while it travels: only the first one is the sale approved.
    [{ status: 'paid' }, 'approved'],
    [{ status: 'paid', shipping: { status: 'waiting_code' } }, 'approved'],
    [{ status: 'paid', shipping: { status: 'posted_object' } }, 'order-shipped'],
    [{ status: 'shipping', shipping: { status: 'delivering' } }, 'order-shipped'],
    [{ status: 'paid', shipping: { status: 'delivered' } }, 'order-delivered'],
    [{ status: 'paid', shipping: { status: 'tracking_received' } }, 'shipping-updated'],
  ])('should map %j to %s', (postback, event) => {
    expect(paytEventOf(postback)).toBe(event);
  });
});

describe(paytEventTicked.name, () => {
  it('should take shipped and delivered orders where "Delivery status updated" is ticked', () => {
    expect(paytEventTicked('order-shipped', ['shipping-updated'])).toBe(true);
    expect(paytEventTicked('order-delivered', ['order-delivered'])).toBe(true);
    expect(paytEventTicked('order-delivered', ['order-shipped'])).toBe(false);
    expect(paytEventTicked('approved', ['shipping-updated'])).toBe(false);
  });
});

describe(paytVariables.name, () => {
  it('should give each commission and their total as variables', () => {
    const variables = paytVariables({
      status: 'paid',
      commission: [
        { name: 'Ana', email: 'ana@example.com', type: 'affiliate', amount: 1500 },
        { name: 'Bia', type: 'coproducer', amount: '500' },
      ],
    });

    expect(variables).toMatchObject({
      commission: [
        { name: 'Ana', type: 'affiliate', amount_cents: 1500, amount: '15.00' },
        { name: 'Bia', type: 'coproducer', amount_cents: 500, amount: '5.00' },
      ],
      commission_total: '20.00',
    });
  });
});

describe('PayT subscription and order-bump bodies', () => {
  // Shaped as the samples in PayT's postback examples (subscription_*, order bumps on a card sale).
  const subscriptionSale = {
    integration_key: '6a1f0c2d9e8b7a6f5e4d3c2b1a0f9e8d',
    transaction_id: 'S8KD2Q',
    cart_id: 'C7JW4N',
    seller_id: 'B8LJ3D',
    test: false,
    type: 'order',
    status: 'paid',
    tangible: false,
    customer: { name: 'Rita Alves', email: 'rita@example.com', phone: '+5521987654321' },
    product: { code: 'CLUBE1', name: 'Clube do café', type: 'digital', quantity: 1, price: 4990 },
    order_bumps: [
      { code: 'BUMP7', sku: 'XIC-2', name: 'Xícara de brinde', quantity: 1, price: 1500 },
      { code: 'BUMP8', name: 'Frete expresso', quantity: 1, price: '990' },
    ],
    transaction: {
      payment_method: 'credit_card',
      payment_status: 'paid',
      total_price: 7480,
      installments: 1,
      installment_price: 7480,
    },
    subscription: {
      code: 'SUB9QX',
      plan_name: 'Clube mensal',
      charges: 3,
      periodicity: '1 month',
      next_charge_at: '2026-01-10',
      status: 'active',
      started_at: '2025-10-10 09:12:44',
    },
  };

  it('should read a subscription charge with its plan, product and payment method as variables', () => {
    const variables = paytVariables(subscriptionSale);

    expect(paytEventOf(subscriptionSale)).toBe('approved');
    expect(variables).toMatchObject({
      event: 'approved',
      product: { code: 'CLUBE1', name: 'Clube do café', price: '49.90' },
      transaction: { payment_method: 'credit_card', total_price: '74.80' },
      subscription: {
        code: 'SUB9QX',
        plan_name: 'Clube mensal',
        charges: 3,
        periodicity: '1 month',
        next_charge_at: '2026-01-10',
        status: 'active',
      },
    });
  });

  it('should list each order bump with its price, whether PayT writes cents as numbers or text', () => {
    expect(paytVariables(subscriptionSale)['order_bumps']).toEqual([
      {
        code: 'BUMP7',
        sku: 'XIC-2',
        name: 'Xícara de brinde',
        type: '',
        quantity: 1,
        price_cents: 1500,
        price: '15.00',
      },
      {
        code: 'BUMP8',
        sku: '',
        name: 'Frete expresso',
        type: '',
        quantity: 1,
        price_cents: 990,
        price: '9.90',
      },
    ]);
  });

  it('should give a sale without a subscription or order bumps empty ones, not missing variables', () => {
    const { subscription: _subscription, order_bumps: _bumps, ...plain } = subscriptionSale;

    expect(paytVariables(plain)).toMatchObject({ subscription: null, order_bumps: [] });
  });
});

describe('paytDateToIso', () => {
  it('should read PayT dates as Brazil time when they carry no zone', () => {
    expect(paytDateToIso('2025-03-14 10:05:09')).toBe('2025-03-14T13:05:09.000Z');
    expect(paytDateToIso('yesterday')).toBeUndefined();
  });
});

describe('toE164', () => {
  it.each([
    ['11987654321', '+5511987654321'],
    ['1133334444', '+551133334444'],
    ['+55 (11) 98765-4321', '+5511987654321'],
    ['5511987654321', '+5511987654321'],
    ['', ''],
  ])('should write %s as %s', (phone, e164) => {
    expect(toE164(phone)).toBe(e164);
  });
});
