import { isRecord, textOf } from '@fluxo/connector-sdk';
import {
  type ConnectorContext,
  type InboundRequest,
  SignatureRejectedError,
  type SourceItem,
  defineSource,
} from '@fluxo/connector-sdk';
import { fygaroSecrets } from './auth';
import {
  decodeJwt,
  epochSeconds,
  JWT_LEEWAY_SECONDS,
  JWT_MAX_AGE_SECONDS,
  verifyHookJwt,
  verifySignatureHeader,
} from './signatures';

function readBody(request: InboundRequest): Record<string, unknown> | null {
  if (isRecord(request.body)) return request.body;
  try {
    const parsed: unknown = JSON.parse(request.rawBody.toString('utf8'));
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function publicKeysOf(ctx: ConnectorContext): string[] {
  return String(ctx.credentials['publicKey'] ?? '')
    .split(/[\r\n,]+/)
    .map((key) => key.trim())
    .filter(Boolean);
}

const transactionReferenceOf = (data: Record<string, unknown>): string =>
  textOf(data['reference']) || textOf(data['transactionReference']);

function verifyHook(request: InboundRequest, ctx: ConnectorContext): void {
  const secrets = fygaroSecrets(ctx.credentials);
  if (secrets.length === 0) {
    throw new SignatureRejectedError(
      'The Fygaro account has no secret key yet, so Fluxo cannot tell a real hook from a fake one',
    );
  }
  const nowSeconds = Date.now() / 1000;
  const signatureHeader = request.headers['fygaro-signature'];
  if (signatureHeader) {
    verifySignatureHeader(
      signatureHeader,
      request.headers['fygaro-key-id'],
      request.rawBody,
      secrets,
      nowSeconds,
    );
    return;
  }
  const body = readBody(request) ?? {};
  const { payload } = verifyHookJwt(body['jwt'], secrets, publicKeysOf(ctx), nowSeconds);
  const signedAt =
    epochSeconds(payload['iat']) ??
    epochSeconds(payload['createdAt']) ??
    epochSeconds(body['createdAt']);
  if (signedAt !== null && nowSeconds - signedAt > JWT_MAX_AGE_SECONDS) {
    throw new SignatureRejectedError(
      'The hook was signed more than 3 days ago, so Fluxo refused it as a possible replay',
    );
  }
  // The body's createdAt becomes the item's created_at: it must agree with the signed time.
  const sentCreatedAt = epochSeconds(body['createdAt']);
  const signedCreatedAt = epochSeconds(payload['createdAt']);
  if (sentCreatedAt !== null && signedCreatedAt !== null && sentCreatedAt !== signedCreatedAt) {
    throw new SignatureRejectedError(
      'The hook’s createdAt does not match the one signed in its JWT',
    );
  }
  const issuedAt = epochSeconds(payload['iat']);
  if (
    sentCreatedAt !== null &&
    issuedAt !== null &&
    (sentCreatedAt > issuedAt + JWT_LEEWAY_SECONDS ||
      issuedAt - sentCreatedAt > JWT_MAX_AGE_SECONDS)
  ) {
    throw new SignatureRejectedError(
      'The hook’s createdAt does not fit when its JWT was signed: after it, or more than 3 days before',
    );
  }
  // The body's fields are not signed: the JWT carries validated copies, which must agree.
  if (payload['customReference'] === undefined) {
    throw new SignatureRejectedError('The hook’s JWT carries no customReference');
  }
  if (textOf(payload['customReference']) !== textOf(body['customReference'])) {
    throw new SignatureRejectedError(
      'The hook’s customReference does not match the one signed in its JWT',
    );
  }
  const signedReference = transactionReferenceOf(payload);
  const sentReference = transactionReferenceOf(body);
  if (signedReference && sentReference && signedReference !== sentReference) {
    throw new SignatureRejectedError(
      'The hook’s transaction reference does not match the one signed in its JWT',
    );
  }
}

/** Fygaro's amount is a decimal string ("10.00"); numbers are written the same way. */
function decimalAmount(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return value.toFixed(2);
  const raw = textOf(value).trim();
  return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw).toFixed(2) : raw;
}

/** `createdAt` is an epoch integer (seconds assumed; milliseconds recognised by size). */
function isoTime(value: unknown): string {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number)) {
    return new Date(number > 1e11 ? number : number * 1000).toISOString();
  }
  const parsed = new Date(textOf(value));
  return textOf(value) && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : '';
}

/** The hook's data: in signed-header hooks the body is signed, in JWT hooks only the JWT is. */
function hookData(request: InboundRequest): Record<string, unknown> {
  const { jwt, ...body } = readBody(request) ?? {};
  const claims = decodeJwt(jwt)?.payload ?? {};
  return request.headers['fygaro-signature'] ? { ...claims, ...body } : { ...body, ...claims };
}

/** The variables a user maps, in snake_case like the other payment connectors. */
export function fygaroVariables(data: Record<string, unknown>): Record<string, unknown> {
  const client = isRecord(data['clientData'])
    ? data['clientData']
    : isRecord(data['client_data'])
      ? data['client_data']
      : {};
  const name = textOf(client['name']).trim();
  return {
    transaction_reference: transactionReferenceOf(data),
    custom_reference: textOf(data['customReference']) || textOf(data['custom_reference']),
    amount: decimalAmount(data['amount']),
    currency: textOf(data['currency']).toUpperCase(),
    created_at: isoTime(data['createdAt']),
    client: {
      name,
      first_name: name.split(/\s+/)[0] ?? '',
      email: textOf(client['email']),
      phone: textOf(client['phone']),
    },
  };
}

function parseHook(request: InboundRequest, eventId: string, ctx: ConnectorContext): SourceItem[] {
  const payload = fygaroVariables(hookData(request));
  const reference = textOf(payload['transaction_reference']);
  if (!reference) {
    ctx.logger.warn('Fygaro hook without a transaction reference; keyed on the stored call');
  }
  const occurredAt = textOf(payload['created_at']);
  return [{ key: reference || eventId, payload, ...(occurredAt ? { occurredAt } : {}) }];
}

export const paymentHookSource = defineSource({
  key: 'payment-hook',
  name: 'Payment received',
  description:
    'Starts when a Fygaro payment button is paid: Fygaro calls this connection’s address (the button’s Hook URL).',
  kind: 'instant',
  requiresAccount: true,
  fields: [],
  verify: verifyHook,
  parse: parseHook,
  sample: fygaroVariables({
    reference: 'b1f0c7de-54a2-4c3e-9f1a-7d2e6c8a9b10',
    customReference: 'ORDER-1042',
    amount: '49.90',
    currency: 'USD',
    createdAt: 1741950309,
    clientData: {
      name: 'Daniela Rojas',
      email: 'daniela.rojas@example.com',
      phone: '+50688887777',
    },
  }),
});
