import { createHmac } from 'node:crypto';
import { type InboundRequest, safeEqual, SignatureRejectedError } from '@fluxo/connector-sdk';

/**
 * How far `ts` may be from now. Mercado Pago's SDK makes the check optional; every HTTP call
 * carries its own `x-request-id`, which is part of what is signed, so a re-delivery is signed
 * afresh and a short window does not refuse genuine retries. Replays inside the window are
 * harmless: items are deduped on the notification's identity.
 */
export const SIGNATURE_TOLERANCE_SECONDS = 15 * 60;

/** A header by name whatever its casing (hosts lower-case them, but not every test does). */
export function headerValue(headers: Record<string, string>, name: string): string {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return String(value ?? '').trim();
  }
  return '';
}

/**
 * The `data.id` Mercado Pago signs: the one in the query string (`?data.id=…`), however the
 * host parsed it; the body's `data.id` only when the query has none.
 */
export function notificationDataId(request: Pick<InboundRequest, 'query' | 'body'>): string {
  const query = request.query as Record<string, unknown>;
  const fromQuery = query['data.id'] ?? (query['data'] as { id?: unknown } | undefined)?.id;
  if (typeof fromQuery === 'string' || typeof fromQuery === 'number') return String(fromQuery);
  const body = request.body as { data?: { id?: unknown } } | null;
  const fromBody = body && typeof body === 'object' ? body.data?.id : undefined;
  if (typeof fromBody === 'string' || typeof fromBody === 'number') return String(fromBody);
  return '';
}

/** `id:<data.id>;request-id:<x-request-id>;ts:<ts>;`, leaving out pairs without a value. */
export function signatureManifest(dataId: string, requestId: string, ts: string): string {
  return (
    (dataId ? `id:${dataId};` : '') +
    (requestId ? `request-id:${requestId};` : '') +
    (ts ? `ts:${ts};` : '')
  );
}

function parseSignatureHeader(header: string): { ts: string; v1: string } {
  const parts: Record<string, string> = {};
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at > 0) parts[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).trim();
  }
  // Unknown keys (a future v2) are ignored.
  return { ts: parts['ts'] ?? '', v1: (parts['v1'] ?? '').toLowerCase() };
}

/** `ts` in seconds (10 digits) or milliseconds (13 digits): Mercado Pago's examples show both. */
function timestampMs(ts: string): number {
  if (!/^\d{1,16}$/.test(ts)) return Number.NaN;
  const value = Number(ts);
  return ts.length >= 13 ? value : value * 1000;
}

/**
 * Checks `x-signature` exactly as Mercado Pago signs it. Throws SignatureRejectedError with a
 * reason a shop owner can act on.
 */
export function verifyMercadoPagoSignature(
  request: Pick<InboundRequest, 'headers' | 'query' | 'body'>,
  secret: string,
  now: number = Date.now(),
): void {
  if (!secret) {
    throw new SignatureRejectedError(
      'The Mercado Pago account has no webhook secret yet, so Fluxo cannot tell this call ' +
        'came from Mercado Pago. Copy the secret signature from Your integrations → Webhooks.',
    );
  }
  const header = headerValue(request.headers, 'x-signature');
  if (!header) {
    throw new SignatureRejectedError(
      'The call has no x-signature header, so it cannot be proved to come from Mercado Pago.',
    );
  }
  const { ts, v1 } = parseSignatureHeader(header);
  if (!ts || !/^[0-9a-f]{64}$/.test(v1)) {
    throw new SignatureRejectedError(
      'The x-signature header is not in Mercado Pago\'s format "ts=…,v1=…".',
    );
  }
  const requestId = headerValue(request.headers, 'x-request-id');
  const dataId = notificationDataId(request);
  // Older docs say alphanumeric ids are signed lower-cased; the current SDK signs them as sent.
  const candidates = [...new Set([dataId, dataId.toLowerCase()])];
  let matched = false;
  for (const candidate of candidates) {
    const expected = createHmac('sha256', secret)
      .update(signatureManifest(candidate, requestId, ts))
      .digest('hex');
    if (safeEqual(expected, v1)) matched = true;
  }
  if (!matched) {
    throw new SignatureRejectedError(
      'The x-signature does not match the webhook secret in the Mercado Pago account. Copy the ' +
        'secret signature from Your integrations → Webhooks again.',
    );
  }
  const signedAt = timestampMs(ts);
  if (!Number.isFinite(signedAt) || Math.abs(now - signedAt) > SIGNATURE_TOLERANCE_SECONDS * 1000) {
    throw new SignatureRejectedError(
      'The call was signed too long ago (or with a clock far off), so Fluxo refused it as a ' +
        'possible replay.',
    );
  }
}
