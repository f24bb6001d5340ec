import { createHmac } from 'node:crypto';
import { safeEqual, SignatureRejectedError } from '@fluxo/connector-sdk';

const JWT_HASHES = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;
type JwtAlgorithm = keyof typeof JWT_HASHES;

/** Clock drift tolerated on a JWT's exp / nbf / iat. */
export const JWT_LEEWAY_SECONDS = 60;
/** Fygaro's own helpers refuse a signed hook whose timestamp is further than this from now. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * The oldest JWT-signed hook accepted, by its `iat` (or, without one, the signed or sent
 * `createdAt`). Legacy hooks carry no signed timestamp of their own, so a captured hook could
 * otherwise be replayed forever; three days covers any vendor's retries.
 */
export const JWT_MAX_AGE_SECONDS = 3 * 24 * 60 * 60;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function decodeJsonSegment(segment: string): Record<string, unknown> | null {
  if (!BASE64URL.test(segment)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** Reads a JWT without checking it: only after the hook's own signature was verified. */
export function decodeJwt(token: unknown): DecodedJwt | null {
  if (typeof token !== 'string') return null;
  const [header, payload, signature, ...rest] = token.split('.');
  if (rest.length > 0 || signature === undefined) return null;
  const decodedHeader = decodeJsonSegment(header ?? '');
  const decodedPayload = decodeJsonSegment(payload ?? '');
  return decodedHeader && decodedPayload
    ? { header: decodedHeader, payload: decodedPayload }
    : null;
}

/** Seconds since the epoch; values in milliseconds are recognised by their size. */
export function epochSeconds(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return null;
  return number > 1e11 ? number / 1000 : number;
}

/**
 * Checks the legacy hook's JWT: HS256/384/512 only (never "none"), signed with one of the
 * secrets, `kid` naming one of the account's public keys, and the time claims honoured.
 */
export function verifyHookJwt(
  token: unknown,
  secrets: string[],
  publicKeys: string[],
  nowSeconds: number,
): DecodedJwt {
  if (typeof token !== 'string' || token === '') {
    throw new SignatureRejectedError(
      'The hook carries neither a Fygaro-Signature header nor a "jwt" field, so it cannot be proven to come from Fygaro',
    );
  }
  const decoded = decodeJwt(token);
  if (!decoded) throw new SignatureRejectedError('The hook’s "jwt" field is not a valid JWT');
  const { header, payload } = decoded;
  const alg = String(header['alg'] ?? '');
  if (!(alg in JWT_HASHES)) {
    throw new SignatureRejectedError(
      `The hook’s JWT uses the algorithm "${alg || 'none'}"; Fluxo accepts only HS256, HS384 and HS512 from Fygaro`,
    );
  }
  const kid = header['kid'];
  if (kid !== undefined && !publicKeys.includes(String(kid))) {
    throw new SignatureRejectedError(
      `The hook was signed with the Fygaro credential "${String(kid)}", not with this account’s public key`,
    );
  }
  const [encodedHeader, encodedPayload, encodedSignature] = token.split('.');
  const signature = BASE64URL.test(encodedSignature ?? '')
    ? Buffer.from(encodedSignature ?? '', 'base64url')
    : Buffer.alloc(0);
  const signed = `${encodedHeader}.${encodedPayload}`;
  let matched = false;
  for (const secret of secrets) {
    const expected = createHmac(JWT_HASHES[alg as JwtAlgorithm], secret)
      .update(signed)
      .digest();
    // No early exit: every secret is tried, so timing does not tell which one matched.
    matched = safeEqual(expected, signature) || matched;
  }
  if (!matched) {
    throw new SignatureRejectedError(
      'The hook’s JWT signature does not match the secret key of this Fygaro account',
    );
  }
  const exp = epochSeconds(payload['exp']);
  if (exp !== null && exp + JWT_LEEWAY_SECONDS < nowSeconds) {
    throw new SignatureRejectedError('The hook’s JWT has expired');
  }
  for (const claim of ['nbf', 'iat'] as const) {
    const value = epochSeconds(payload[claim]);
    if (value !== null && value - JWT_LEEWAY_SECONDS > nowSeconds) {
      throw new SignatureRejectedError(
        `The hook’s JWT is dated in the future (${claim}); check the server clocks`,
      );
    }
  }
  return decoded;
}

interface SignatureHeader {
  timestamp: string;
  signatures: string[];
}

/** `t=<unix seconds>,v1=<hex>[,v1=<hex>…]`; several v1 while Fygaro rotates secrets. */
function parseSignatureHeader(value: string): SignatureHeader | null {
  let timestamp = '';
  const signatures: string[] = [];
  for (const part of value.split(',')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    const name = part.slice(0, separator).trim();
    const entry = part.slice(separator + 1).trim();
    if (name === 't') timestamp = entry;
    if (name === 'v1') signatures.push(entry.toLowerCase());
  }
  return /^\d+$/.test(timestamp) && signatures.length > 0 ? { timestamp, signatures } : null;
}

const describeAge = (seconds: number): string => {
  const minutes = Math.round(Math.abs(seconds) / 60);
  const span =
    minutes >= 1
      ? `${minutes} minute${minutes === 1 ? '' : 's'}`
      : `${Math.round(Math.abs(seconds))} seconds`;
  return seconds >= 0 ? `${span} old` : `dated ${span} in the future`;
};

/**
 * Checks the current hook's headers: HMAC-SHA256 of "<t>." + the raw body with one of the
 * secrets, matching one of the v1 values, and t within five minutes of now (no replays).
 */
export function verifySignatureHeader(
  header: string,
  keyId: string | undefined,
  rawBody: Buffer,
  secrets: string[],
  nowSeconds: number,
): void {
  const parsed = parseSignatureHeader(header);
  if (!parsed) {
    throw new SignatureRejectedError(
      'The Fygaro-Signature header is not in the form "t=<time>,v1=<signature>"',
    );
  }
  const timestamp = epochSeconds(parsed.timestamp) ?? 0;
  const age = nowSeconds - timestamp;
  if (Math.abs(age) > SIGNATURE_TOLERANCE_SECONDS) {
    throw new SignatureRejectedError(
      `The hook's signature is ${describeAge(age)}; Fluxo accepts signatures made within ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes, so an old hook cannot be replayed`,
    );
  }
  const provided = parsed.signatures.map((signature) => Buffer.from(signature, 'utf8'));
  let matched = false;
  for (const secret of secrets) {
    const expected = Buffer.from(
      createHmac('sha256', secret).update(`${parsed.timestamp}.`).update(rawBody).digest('hex'),
      'utf8',
    );
    for (const signature of provided) matched = safeEqual(expected, signature) || matched;
  }
  if (!matched) {
    const which = keyId ? ` (key "${keyId}")` : '';
    throw new SignatureRejectedError(
      `The hook's Fygaro-Signature${which} does not match any secret key of this Fygaro account`,
    );
  }
}
