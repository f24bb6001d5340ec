import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SecretBox } from '../../common/secret-box';
import { storedBodyOf } from './inbound-secrets';

const box = new SecretBox(randomBytes(32));
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe(storedBodyOf.name, () => {
  it('should mask a JSON field and keep the original only sealed', () => {
    const raw = json({ integration_key: 'k-123', status: 'paid', customer: { token: 't-9' } });

    const stored = storedBodyOf(
      'application/json; charset=utf-8',
      raw,
      ['integration_key', 'customer.token'],
      box,
    );

    expect(JSON.parse(stored.body.toString())).toEqual({
      integration_key: '••••',
      status: 'paid',
      customer: { token: '••••' },
    });
    expect(stored.body.toString()).not.toContain('k-123');
    expect(Buffer.from(box.openOrThrow<string>(stored.sealed as string), 'base64')).toEqual(raw);
  });

  it('should mask every value of a form field', () => {
    const raw = Buffer.from('apiKey=apk_1&transaction_id=T1&apiKey=apk_2');

    const stored = storedBodyOf('application/x-www-form-urlencoded', raw, ['apiKey', 'token'], box);

    expect(stored.body.toString()).toBe(
      `transaction_id=T1&apiKey=${encodeURIComponent('••••')}&apiKey=${encodeURIComponent('••••')}`,
    );
    expect(stored.sealed).not.toBeNull();
  });

  it('should keep the bytes as received when no declared field is there, or none is declared', () => {
    const raw = json({ status: 'paid' });

    expect(storedBodyOf('application/json', raw, ['integration_key'], box)).toEqual({
      body: raw,
      sealed: null,
    });
    expect(storedBodyOf('application/json', raw, undefined, box)).toEqual({
      body: raw,
      sealed: null,
    });
  });

  it('should keep a body that does not parse as it is', () => {
    const raw = Buffer.from('{"integration_key":');

    expect(storedBodyOf('application/json', raw, ['integration_key'], box).body).toBe(raw);
  });
});
