import { createHmac } from 'node:crypto';
import { type InboundRequest, SignatureRejectedError } from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import {
  SIGNATURE_TOLERANCE_SECONDS,
  signatureManifest,
  verifyMercadoPagoSignature,
} from './signature';

const secret = 'whsec-3f9a';
const now = Date.UTC(2026, 2, 2, 17, 0, 0);
const nowSeconds = String(now / 1000);
const requestId = 'bb56a2f1-6aae-46ac-982e-9dcd3581d08e';

const sign = (manifest: string, key = secret) =>
  createHmac('sha256', key).update(manifest).digest('hex');

function notification(
  dataId: string,
  headers: Record<string, string>,
  query: Record<string, string> = { 'data.id': dataId, type: 'payment' },
): InboundRequest {
  const body = { id: 1, type: 'payment', action: 'payment.updated', data: { id: dataId } };
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    query,
    contentType: 'application/json',
    body,
    files: [],
    rawBody: Buffer.from(JSON.stringify(body)),
    url: 'https://fluxo.example/hooks/tok',
  };
}

const signed = (dataId: string, ts = nowSeconds, signedId = dataId) => ({
  'x-request-id': requestId,
  'x-signature': `ts=${ts},v1=${sign(`id:${signedId};request-id:${requestId};ts:${ts};`)}`,
});

const rejection = (request: InboundRequest, key = secret): SignatureRejectedError => {
  try {
    verifyMercadoPagoSignature(request, key, now);
  } catch (error) {
    return error as SignatureRejectedError;
  }
  throw new Error('verify accepted the call');
};

describe(verifyMercadoPagoSignature.name, () => {
  const sut = verifyMercadoPagoSignature;

  it('should build the manifest with a trailing semicolon and leave out empty pairs', () => {
    expect(signatureManifest('123', 'req', '1700000000')).toBe(
      'id:123;request-id:req;ts:1700000000;',
    );
    expect(signatureManifest('123', '', '1700000000')).toBe('id:123;ts:1700000000;');
  });

  it('should accept a call when it is signed with the webhook secret', () => {
    expect(() => sut(notification('1312000001', signed('1312000001')), secret, now)).not.toThrow();
  });

  it('should accept a call when the timestamp is in milliseconds', () => {
    const request = notification('1312000001', signed('1312000001', String(now - 2000)));

    expect(() => sut(request, secret, now)).not.toThrow();
  });

  it('should accept a call when the header names are capitalised', () => {
    const { 'x-request-id': id, 'x-signature': signature } = signed('1312000001');
    const request = notification('1312000001', { 'X-Request-Id': id, 'X-Signature': signature });

    expect(() => sut(request, secret, now)).not.toThrow();
  });

  it('should accept an alphanumeric id when it was signed as sent', () => {
    expect(() => sut(notification('AbC123', signed('AbC123')), secret, now)).not.toThrow();
  });

  it('should accept an alphanumeric id when it was signed lower-cased', () => {
    const request = notification('AbC123', signed('AbC123', nowSeconds, 'abc123'));

    expect(() => sut(request, secret, now)).not.toThrow();
  });

  it('should take data.id from the query string when the body names another id', () => {
    const request = notification('999', signed('1312000001'), { 'data.id': '1312000001' });

    expect(() => sut(request, secret, now)).not.toThrow();
  });

  it('should accept data.id when the host parsed the query into an object', () => {
    const request = notification('5', signed('5'), {
      data: { id: '5' },
    } as unknown as Record<string, string>);

    expect(() => sut(request, secret, now)).not.toThrow();
  });

  it('should refuse a call when it is signed with another secret', () => {
    const error = rejection(notification('1312000001', signed('1312000001')), 'other-secret');

    expect(error).toBeInstanceOf(SignatureRejectedError);
    expect(error.statusCode).toBe(401);
    expect(error.message).toContain('does not match the webhook secret');
  });

  it('should refuse a call when the signed id differs from the query id', () => {
    const error = rejection(notification('1312000002', signed('1312000001', nowSeconds)));

    expect(error.message).toContain('does not match');
  });

  it('should refuse a call when the x-signature header is missing', () => {
    const error = rejection(notification('1', { 'x-request-id': requestId }));

    expect(error.message).toBe(
      'The call has no x-signature header, so it cannot be proved to come from Mercado Pago.',
    );
  });

  it('should refuse a call when the x-signature header is malformed', () => {
    const error = rejection(notification('1', { 'x-signature': 'sha256=abc' }));

    expect(error.message).toContain('"ts=…,v1=…"');
  });

  it('should refuse a correctly signed call when its timestamp is too old', () => {
    const old = String(now / 1000 - SIGNATURE_TOLERANCE_SECONDS - 1);

    const error = rejection(notification('7', signed('7', old)));

    expect(error.message).toContain('signed too long ago');
  });

  it('should refuse every call when the account has no webhook secret', () => {
    const error = rejection(notification('7', signed('7')), '');

    expect(error.message).toContain('no webhook secret yet');
  });
});
