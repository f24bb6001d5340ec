import { describe, expect, it } from '@jest/globals';
import { cancelWhenSchema } from '@fluxo/contracts';
import { cancelKeyOf, itemMayCancel } from './cancel-key';

describe(cancelKeyOf.name, () => {
  it('renders the template and compares without case or surrounding spaces', async () => {
    const item = { customer: { email: '  Ana@Example.COM ' } };
    expect(await cancelKeyOf({ key: '{{ customer.email }}' }, item)).toBe('ana@example.com');
  });

  it('joins several variables into one key', async () => {
    const item = { customer: { email: 'ana@example.com' }, product: { code: 'P-1' } };
    expect(await cancelKeyOf({ key: '{{ customer.email }}/{{ product.code }}' }, item)).toBe(
      'ana@example.com/p-1',
    );
  });

  it('gives no key when the item lacks the variable, so an empty key never matches', async () => {
    expect(await cancelKeyOf({ key: '{{ customer.email }}' }, { customer: {} })).toBeNull();
  });

  it('gives no key when the template is broken', async () => {
    expect(
      await cancelKeyOf({ key: '{{ customer.email ' }, { customer: { email: 'a' } }),
    ).toBeNull();
  });

  it('bounds a key that renders huge', async () => {
    const key = await cancelKeyOf({ key: '{{ text }}' }, { text: 'x'.repeat(10_000) });
    expect(key).toHaveLength(500);
  });
});

describe(itemMayCancel.name, () => {
  const onlyPaid = {
    onlyIf: { variable: 'status', values: ['paid', 'completed'] },
  };

  it('lets any item cancel without a status list', () => {
    expect(itemMayCancel({}, { status: 'pending' })).toBe(true);
  });

  it('lets only an item whose status is listed cancel, ignoring case', () => {
    expect(itemMayCancel(onlyPaid, { status: 'PAID' })).toBe(true);
    expect(itemMayCancel(onlyPaid, { status: 'completed' })).toBe(true);
    expect(itemMayCancel(onlyPaid, { status: 'pending' })).toBe(false);
    expect(itemMayCancel(onlyPaid, {})).toBe(false);
  });
});

describe('cancelWhenSchema', () => {
  const connectionIds = ['0b7f5f3e-4a43-4c1e-9c4f-2a8d3b1c9e11'];

  it('refuses a key without a variable: it would cancel every waiting send', () => {
    const parsed = cancelWhenSchema.safeParse({ key: 'same for all', connectionIds });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/must use a variable/);
  });

  it('asks for at least one cancelling connection', () => {
    expect(cancelWhenSchema.safeParse({ key: '{{ id }}', connectionIds: [] }).success).toBe(false);
  });

  it('accepts a key, connections and a status list', () => {
    expect(
      cancelWhenSchema.safeParse({
        key: '{{ transaction_id }}',
        connectionIds,
        onlyIf: { variable: 'status', values: ['paid'] },
      }).success,
    ).toBe(true);
  });
});
