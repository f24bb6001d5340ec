import {
  BlockedHostError,
  type ConnectorContext,
  type Credentials,
  guardedFetch,
  PermanentDeliveryError,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';

export const PAGHIPER_API_BASE_URL = 'https://api.paghiper.com';
export const PAGHIPER_PIX_API_BASE_URL = 'https://pix.paghiper.com';
export const PAGHIPER_TIMEOUT_MS = 20_000;

export type PagHiperKind = 'boleto' | 'pix';
export type PagHiperOperation = 'status' | 'notification' | 'list';

/** The key PagHiper wraps each answer in. */
const WRAPPER: Record<PagHiperOperation, string> = {
  status: 'status_request',
  notification: 'status_request',
  list: 'transaction_list_request',
};

const KIND_LABEL: Record<PagHiperKind, string> = { boleto: 'boletos', pix: 'PIX charges' };

function baseUrl(credentials: Credentials, kind: PagHiperKind): string {
  const key = kind === 'pix' ? 'pixApiBaseUrl' : 'apiBaseUrl';
  const fallback = kind === 'pix' ? PAGHIPER_PIX_API_BASE_URL : PAGHIPER_API_BASE_URL;
  return (String(credentials[key] ?? '').trim() || fallback).replace(/\/+$/, '');
}

/** Boletos live under `transaction/…` on api.paghiper.com, PIX under `invoice/…` on pix. */
export function paghiperUrl(
  credentials: Credentials,
  kind: PagHiperKind,
  operation: PagHiperOperation,
): string {
  return `${baseUrl(credentials, kind)}/${kind === 'pix' ? 'invoice' : 'transaction'}/${operation}/`;
}

/** A PagHiper answer with `result: "reject"`: PagHiper's own words, kept for the caller. */
export class PagHiperRejectedError extends PermanentDeliveryError {
  constructor(
    message: string,
    readonly vendorMessage: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = 'PagHiperRejectedError';
  }
}

/**
 * POSTs one PagHiper call (credentials in the JSON body, as PagHiper wants) through the host's
 * guard and returns the inside of its `<call>_request` wrapper when `result` is "success".
 */
export async function callPagHiper(
  ctx: Pick<ConnectorContext, 'credentials' | 'network' | 'signal'>,
  kind: PagHiperKind,
  operation: PagHiperOperation,
  fields: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (!ctx.network) {
    throw new PermanentDeliveryError(
      'Fluxo cannot reach PagHiper: the host gave this step no network access.',
    );
  }
  const apiKey = String(ctx.credentials['apiKey'] ?? '').trim();
  const token = String(ctx.credentials['token'] ?? '').trim();
  if (!apiKey || !token) {
    throw new PermanentDeliveryError('Enter the PagHiper API key and token in the account first.');
  }
  const doing = `reading ${KIND_LABEL[kind]}`;
  let status: number;
  let text: string;
  try {
    const response = await guardedFetch(
      ctx.network,
      paghiperUrl(ctx.credentials, kind, operation),
      {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify({ apiKey, token, ...fields }),
        // The key and token travel in the body: never to wherever a redirect points.
        maxRedirects: 0,
        timeoutMs: PAGHIPER_TIMEOUT_MS,
        signal: ctx.signal,
      },
    );
    status = response.status;
    text = await response.text();
  } catch (error) {
    if (error instanceof BlockedHostError) throw error;
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? 'it did not answer in time'
        : 'the connection failed';
    throw new TransientDeliveryError(
      `Could not reach PagHiper while ${doing} (${reason}); Fluxo will try again.`,
    );
  }
  if (status === 429 || status >= 500) {
    throw new TransientDeliveryError(
      `PagHiper had a problem (${status}) while Fluxo was ${doing}; Fluxo will try again.`,
    );
  }
  let wrapper: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>;
    const inner = parsed[WRAPPER[operation]] ?? Object.values(parsed)[0];
    if (inner && typeof inner === 'object') wrapper = inner as Record<string, unknown>;
  } catch {
    // Handled below: an answer without PagHiper's wrapper.
  }
  if (!wrapper) {
    if (status >= 400) {
      throw new PermanentDeliveryError(`PagHiper refused the call (${status}) while ${doing}.`);
    }
    throw new TransientDeliveryError(
      `PagHiper answered with something Fluxo could not read while ${doing}; Fluxo will try again.`,
    );
  }
  if (wrapper['result'] === 'success') return wrapper;
  const said = String(wrapper['response_message'] ?? '').trim();
  throw new PagHiperRejectedError(
    `PagHiper refused the request while Fluxo was ${doing}` +
      (said ? `: "${said}"` : '') +
      (status === 401 || /apikey|token|credencia/i.test(said)
        ? '. Check the API key and token in the account (PagHiper → Minha Conta → Credenciais).'
        : '.'),
    said,
    status,
  );
}
