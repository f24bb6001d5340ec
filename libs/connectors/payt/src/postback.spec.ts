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
