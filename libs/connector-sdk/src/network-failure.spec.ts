import { describe, expect, it } from '@jest/globals';
import { networkFailureOf } from './network-failure';

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe(networkFailureOf.name, () => {
  it('should read the socket error that fetch wraps as its cause', () => {
    const error = new TypeError('fetch failed', { cause: coded('ECONNREFUSED') });

    expect(networkFailureOf(error)).toEqual({
      kind: 'refused',
      code: 'ECONNREFUSED',
      reason: 'the connection was refused',
    });
  });

  it("should prefer nodemailer's original code to its generic one", () => {
    const error = Object.assign(new Error('Connection closed'), {
      code: 'ESOCKET',
      originalCode: 'ECONNRESET',
    });

    expect(networkFailureOf(error)).toMatchObject({ kind: 'closed', code: 'ECONNRESET' });
  });

  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['UND_ERR_SOCKET', 'closed'],
    ['EHOSTUNREACH', 'unreachable'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
  ])('should sort %s as %s', (code, kind) => {
    expect(networkFailureOf(coded(code))?.kind).toBe(kind);
  });

  it('should call an aborted or timed-out call a timeout', () => {
    const error = new DOMException('The operation was aborted due to timeout', 'TimeoutError');

    expect(networkFailureOf(error)).toEqual({
      kind: 'timeout',
      code: null,
      reason: 'it did not answer in time',
    });
  });

  it('should name a certificate problem with its code', () => {
    expect(networkFailureOf(coded('UNABLE_TO_VERIFY_LEAF_SIGNATURE'))).toMatchObject({
      kind: 'tls',
      reason: 'its certificate could not be verified (UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
    });
  });

  it('should keep an unknown system code visible', () => {
    expect(networkFailureOf(coded('EPROTO'))).toMatchObject({ kind: 'other', code: 'EPROTO' });
  });

  it('should not take an application error for a network failure', () => {
    expect(networkFailureOf(new Error('Invalid JSON'))).toBeNull();
    expect(networkFailureOf(coded('20003'))).toBeNull();
    expect(networkFailureOf(null)).toBeNull();
  });

  it('should stop after five causes, so a cyclic chain cannot hang it', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;

    expect(networkFailureOf(a)).toBeNull();
  });
});
