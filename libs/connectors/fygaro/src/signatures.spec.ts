import { createHmac } from 'node:crypto';
import { SignatureRejectedError } from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import { verifyHookJwt, verifySignatureHeader } from './signatures';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function jwt(header: Record<string, unknown>, payload: Record<string, unknown>, secret: string) {
  const signed = `${b64(header)}.${b64(payload)}`;
  const signature = createHmac('sha256', secret).update(signed).digest('base64url');
  return `${signed}.${signature}`;
}

describe('verifyHookJwt', () => {
  const now = 1_750_000_000;

  it('should refuse a token when its header claims HS256 but the signature is for another payload', () => {
    const good = jwt({ alg: 'HS256', kid: 'pk' }, { customReference: 'A' }, 'sk');
    const [header, , signature] = good.split('.');
    const forged = `${header}.${b64({ customReference: 'B' })}.${signature}`;

    expect(() => verifyHookJwt(forged, ['sk'], ['pk'], now)).toThrow(SignatureRejectedError);
  });

  it('should refuse an RS256 token when only HMAC algorithms are allowed', () => {
    const token = jwt({ alg: 'RS256', kid: 'pk' }, { customReference: 'A' }, 'sk');

    expect(() => verifyHookJwt(token, ['sk'], ['pk'], now)).toThrow(/algorithm "RS256"/);
  });

  it('should refuse a token when it is issued in the future', () => {
    const token = jwt({ alg: 'HS256' }, { customReference: 'A', iat: now + 3600 }, 'sk');

    expect(() => verifyHookJwt(token, ['sk'], ['pk'], now)).toThrow(/in the future/);
  });

  it('should accept a token without kid when the secret matches', () => {
    const token = jwt({ alg: 'HS256' }, { customReference: 'A', exp: now + 60 }, 'sk');

    expect(verifyHookJwt(token, ['old', 'sk'], ['pk'], now).payload).toEqual({
      customReference: 'A',
      exp: now + 60,
    });
  });

  it('should refuse garbage when the field is not a JWT', () => {
    expect(() => verifyHookJwt('a.b', ['sk'], ['pk'], now)).toThrow(/not a valid JWT/);
  });
});

describe('verifySignatureHeader', () => {
  const body = Buffer.from('{"reference":"r1"}');
  const sign = (t: number, secret: string) =>
    createHmac('sha256', secret).update(`${t}.`).update(body).digest('hex');

  it('should accept an upper-case hex signature when it matches', () => {
    const header = `t=1000, v1=${sign(1000, 'sk').toUpperCase()}`;

    expect(() => verifySignatureHeader(header, 'pk', body, ['sk'], 1100)).not.toThrow();
  });

  it('should refuse a header when it has no v1', () => {
    expect(() => verifySignatureHeader('t=1000', 'pk', body, ['sk'], 1000)).toThrow(
      /not in the form/,
    );
  });

  it('should name the key id when no secret matches', () => {
    const header = `t=1000,v1=${sign(1000, 'other')}`;

    expect(() => verifySignatureHeader(header, 'pk_2', body, ['sk'], 1000)).toThrow(/key "pk_2"/);
  });
});
