import { causeChainOf } from './errors';

/**
 * Why a call got no answer at all, read from what Node, undici, nodemailer or a vendor SDK threw.
 * They wrap the socket's error in one or more `cause`s, so the whole chain is read. Connectors
 * decide whether to retry and how to name the other side; the reason is worded once, here.
 */
export type NetworkFailureKind =
  'timeout' | 'dns' | 'refused' | 'closed' | 'unreachable' | 'tls' | 'other';

export interface NetworkFailure {
  kind: NetworkFailureKind;
  /** The system's code (ECONNREFUSED, UND_ERR_SOCKET…) when there is one. */
  code: string | null;
  /** The reason in a user's words, to follow "Could not reach <where>: ". */
  reason: string;
}

const KNOWN_CODES: Record<string, { kind: NetworkFailureKind; reason: string }> = {
  ECONNREFUSED: { kind: 'refused', reason: 'the connection was refused' },
  ECONNRESET: { kind: 'closed', reason: 'the connection was closed before it answered' },
  EPIPE: { kind: 'closed', reason: 'the connection was closed before it answered' },
  UND_ERR_SOCKET: { kind: 'closed', reason: 'the connection was closed before it answered' },
  EHOSTUNREACH: { kind: 'unreachable', reason: 'the host is unreachable' },
  ENETUNREACH: { kind: 'unreachable', reason: 'the network is unreachable' },
  ENOTFOUND: { kind: 'dns', reason: 'the address does not exist' },
  EAI_AGAIN: { kind: 'dns', reason: 'the name could not be looked up' },
  EDNS: { kind: 'dns', reason: 'the name could not be looked up' },
  ETIMEDOUT: { kind: 'timeout', reason: 'it did not answer in time' },
  UND_ERR_CONNECT_TIMEOUT: {
    kind: 'timeout',
    reason: 'the connection could not be opened in time',
  },
  UND_ERR_HEADERS_TIMEOUT: { kind: 'timeout', reason: 'it did not answer in time' },
  UND_ERR_BODY_TIMEOUT: { kind: 'timeout', reason: 'it stopped sending its answer' },
};

const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError']);

/** What kind of network failure an error is, or null when it is something else. */
export function networkFailureOf(error: unknown): NetworkFailure | null {
  const chain = causeChainOf(error);
  const codes = chain.flatMap((entry) => {
    const { code, originalCode } = entry as { code?: unknown; originalCode?: unknown };
    return [originalCode, code].filter((value): value is string => typeof value === 'string');
  });
  const known = codes.find((code) => KNOWN_CODES[code]);
  if (known) return { code: known, ...KNOWN_CODES[known] };
  const timedOut = chain.some((entry) =>
    TIMEOUT_NAMES.has((entry as { name?: string }).name ?? ''),
  );
  if (timedOut) return { kind: 'timeout', code: null, reason: 'it did not answer in time' };
  const tls = codes.find((code) => /CERT|SSL|TLS|SIGNATURE/.test(code));
  if (tls) {
    return {
      kind: 'tls',
      code: tls,
      reason: `its certificate could not be verified (${tls})`,
    };
  }
  const code = codes[0] ?? null;
  return code?.startsWith('E') || code?.startsWith('UND_ERR')
    ? { kind: 'other', code, reason: `the network failed (${code})` }
    : null;
}
