import { createHmac, randomBytes } from 'node:crypto';

/** Fygaro's payment button hook bodies and signatures, both generations. */

export type FygaroJwtAlgorithm = 'HS256' | 'HS384' | 'HS512';

export interface FygaroClientData {
  name?: string;
  email?: string;
  phone?: string;
}

export interface FygaroPaymentInput {
  /** The reference given when the button link was made (an order number). */
  customReference?: string;
  /** Decimal string with up to 2 decimals, e.g. "49.90". */
  amount?: string;
  /** ISO 4217, e.g. "USD". */
  currency?: string;
  clientData?: FygaroClientData;
  buttonId?: string;
}

export interface FygaroPayment {
  /** Fygaro's unique transaction reference. */
  reference: string;
  customReference: string;
  amount: string;
  currency: string;
  /** Epoch seconds when the client started paying. */
  createdAt: number;
  clientData: Required<FygaroClientData>;
  buttonId: string;
}

export interface FygaroHookStyle {
  /** `jwt` (legacy: JWT in the body, the default) or `headers` (Fygaro-Signature). */
  generation?: 'jwt' | 'headers';
  /** `valid` (default); `wrong`: signed with another secret; `missing`: no jwt / no header. */
  signature?: 'valid' | 'wrong' | 'missing';
  /** JWT algorithm; `none` writes an unsigned token, which receivers must refuse. */
  alg?: FygaroJwtAlgorithm | 'none';
  /** The older article says `transactionReference`, the current one `reference`. */
  referenceField?: 'reference' | 'transactionReference';
  /** Puts another customReference in the JWT than in the body. */
  jwtCustomReference?: string;
  /** Adds `exp` this many seconds from now (negative: already expired). */
  jwtExpiresInSeconds?: number;
  /** Overrides the JWT header's `kid` (the credential's public key). */
  kid?: string;
  /** Signed headers: shifts `t` (e.g. -600 for a stale signature). */
  timestampOffsetSeconds?: number;
  /** Signed headers: adds a second v1 made with an old secret, as during a rotation. */
  rotation?: boolean;
  /** Signed headers: `with-jwt` keeps the JWT in the body, `plain` puts the fields in it. */
  headerBody?: 'with-jwt' | 'plain';
}

export interface FygaroKeys {
  publicKey: string;
  /** The API credential's secret key (signs JWTs). */
  secret: string;
  /** The secret of signed-header hooks; the credential's secret when not set. */
  hookSecret: string;
  /** Sent in Fygaro-Key-ID. */
  keyId: string;
}

export interface BuiltHook {
  body: string;
  headers: Record<string, string>;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

const HASHES = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;

export function signJwt(
  payload: Record<string, unknown>,
  secret: string,
  alg: FygaroJwtAlgorithm | 'none',
  kid: string,
): string {
  const header = base64url(JSON.stringify({ alg, typ: 'JWT', kid }));
  const body = base64url(JSON.stringify(payload));
  if (alg === 'none') return `${header}.${body}.`;
  const signature = createHmac(HASHES[alg], secret).update(`${header}.${body}`).digest();
  return `${header}.${body}.${base64url(signature)}`;
}

export function signatureHeader(timestamp: number, body: string, secrets: string[]): string {
  const signatures = secrets.map(
    (secret) => `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
  );
  return [`t=${timestamp}`, ...signatures].join(',');
}

/** The hook for one payment, as Fygaro posts it; `nowSeconds` dates the signature. */
export function buildFygaroHook(
  payment: FygaroPayment,
  keys: FygaroKeys,
  style: FygaroHookStyle,
  nowSeconds: number,
): BuiltHook {
  const referenceField = style.referenceField ?? 'reference';
  const wrongSecret = randomBytes(24).toString('hex');
  const claims: Record<string, unknown> = {
    customReference: style.jwtCustomReference ?? payment.customReference,
    [referenceField]: payment.reference,
    currency: payment.currency,
    amount: payment.amount,
    createdAt: payment.createdAt,
    clientData: payment.clientData,
    iat: nowSeconds,
    ...(style.jwtExpiresInSeconds === undefined
      ? {}
      : { exp: nowSeconds + style.jwtExpiresInSeconds }),
  };
  const generation = style.generation ?? 'jwt';
  const jwtSecret = generation === 'jwt' && style.signature === 'wrong' ? wrongSecret : keys.secret;
  const jwt = signJwt(claims, jwtSecret, style.alg ?? 'HS256', style.kid ?? keys.publicKey);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'Fygaro-Hook/1.0 (Fluxo sandbox)',
  };

  if (generation === 'jwt') {
    const body = {
      customReference: payment.customReference,
      [referenceField]: payment.reference,
      createdAt: payment.createdAt,
      ...(style.signature === 'missing' ? {} : { jwt }),
    };
    return { body: JSON.stringify(body), headers };
  }

  const fields =
    style.headerBody === 'plain'
      ? {
          amount: payment.amount,
          currency: payment.currency,
          clientData: payment.clientData,
        }
      : { jwt };
  const body = JSON.stringify({
    customReference: payment.customReference,
    [referenceField]: payment.reference,
    createdAt: payment.createdAt,
    ...fields,
  });
  return { body, headers: { ...headers, ...signHookHeaders(body, keys, style, nowSeconds) } };
}

/** Fygaro-Signature and Fygaro-Key-ID for a signed-header hook's body, dated `nowSeconds`. */
export function signHookHeaders(
  body: string,
  keys: FygaroKeys,
  style: FygaroHookStyle,
  nowSeconds: number,
): Record<string, string> {
  if ((style.generation ?? 'jwt') !== 'headers' || style.signature === 'missing') return {};
  const timestamp = Math.floor(nowSeconds + (style.timestampOffsetSeconds ?? 0));
  const secrets = [style.signature === 'wrong' ? randomBytes(24).toString('hex') : keys.hookSecret];
  if (style.rotation) secrets.unshift(randomBytes(24).toString('hex'));
  return {
    'Fygaro-Signature': signatureHeader(timestamp, body, secrets),
    'Fygaro-Key-ID': keys.keyId,
  };
}
