import {
  BlockedHostError,
  type ConnectorContext,
  type Credentials,
  guardedFetch,
  type OutboundNetwork,
  PermanentDeliveryError,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';

export const MERCADO_PAGO_API_BASE_URL = 'https://api.mercadopago.com';
export const MERCADO_PAGO_TIMEOUT_MS = 15_000;

export function mercadoPagoBaseUrl(credentials: Credentials): string {
  const configured = String(credentials['apiBaseUrl'] ?? '').trim();
  return (configured || MERCADO_PAGO_API_BASE_URL).replace(/\/+$/, '');
}

/** The `message` of Mercado Pago's error body `{message, error, status, cause}`, if any. */
function vendorMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown };
    if (typeof parsed.message === 'string' && parsed.message) return parsed.message;
    if (typeof parsed.error === 'string' && parsed.error) return parsed.error;
  } catch {
    // Not JSON (a proxy's HTML page): say nothing rather than echo it.
  }
  return '';
}

/**
 * GETs one Mercado Pago resource with the account's access token through the host's guard.
 * `what` names it for the user ("payment 1312000001"). Throws PermanentDeliveryError when
 * asking again cannot help and TransientDeliveryError when it may.
 */
export async function getMercadoPagoResource(
  ctx: Pick<ConnectorContext, 'credentials' | 'network' | 'signal'>,
  path: string,
  what: string,
): Promise<Record<string, unknown>> {
  const network: OutboundNetwork | undefined = ctx.network;
  if (!network) {
    throw new PermanentDeliveryError(
      'Fluxo cannot reach Mercado Pago: the host gave this step no network access.',
    );
  }
  const token = String(ctx.credentials['accessToken'] ?? '').trim();
  if (!token) {
    throw new PermanentDeliveryError('Enter the Mercado Pago access token in the account first.');
  }
  let response: Awaited<ReturnType<typeof guardedFetch>>;
  let text: string;
  try {
    response = await guardedFetch(network, `${mercadoPagoBaseUrl(ctx.credentials)}${path}`, {
      method: 'GET',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      // Mercado Pago's API never redirects; one that does is not Mercado Pago's answer.
      maxRedirects: 0,
      timeoutMs: MERCADO_PAGO_TIMEOUT_MS,
      signal: ctx.signal,
    });
    text = await response.text();
  } catch (error) {
    if (error instanceof PermanentDeliveryError) throw error;
    if (error instanceof BlockedHostError) throw error;
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? 'it did not answer in time'
        : 'the connection failed';
    throw new TransientDeliveryError(
      `Could not reach Mercado Pago to read ${what} (${reason}); Fluxo will try again.`,
    );
  }
  const status = response.status;
  const message = vendorMessage(text);
  const said = message ? `: "${message}"` : '';
  if (status === 401) {
    throw new PermanentDeliveryError(
      `Mercado Pago refused the access token (401)${said}. Copy the production access token ` +
        'from Your integrations → Credentials into the Fluxo account again.',
    );
  }
  if (status === 403) {
    throw new PermanentDeliveryError(
      `Mercado Pago does not let this access token read ${what} (403)${said}. Use the access ` +
        'token of the application the webhook is set up in.',
    );
  }
  if (status === 404) {
    throw new PermanentDeliveryError(
      `Mercado Pago has no ${what} (404). A notification sent with "Simulate" in the Mercado ` +
        'Pago panel names something that does not exist, or the access token belongs to another ' +
        'account.',
    );
  }
  if (status === 429) {
    throw new TransientDeliveryError(
      `Mercado Pago asked Fluxo to slow down (429) while reading ${what}; Fluxo will try again.`,
    );
  }
  if (status >= 500) {
    throw new TransientDeliveryError(
      `Mercado Pago had a problem (${status}) while Fluxo read ${what}; Fluxo will try again.`,
    );
  }
  if (status >= 300 && status < 400) {
    throw new PermanentDeliveryError(
      `The API address answered with a redirect (${status}) instead of ${what}. Leave the ` +
        'API address in the Mercado Pago account empty unless you test against a sandbox.',
    );
  }
  if (status < 200 || status >= 300) {
    throw new PermanentDeliveryError(`Mercado Pago refused to give ${what} (${status})${said}.`);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // Fall through: an unreadable 200 is treated like a hiccup.
  }
  throw new TransientDeliveryError(
    `Mercado Pago answered with something Fluxo could not read for ${what}; Fluxo will try again.`,
  );
}
