import { isIP } from 'node:net';

const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxyEntries(value: string): string[] {
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function isAddressOrRange(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

/** Why FLUXO_TRUST_PROXY is refused, or null. */
export function trustProxyProblem(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false') return null;
  if (trimmed === 'true') {
    return 'trusting every proxy lets any client pick its own address; give the number of proxies in front of Fluxo (e.g. 1) or their addresses';
  }
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed) >= 1 && Number(trimmed) <= 10 ? null : 'must be 1 to 10 hops';
  }
  const bad = proxyEntries(trimmed).filter((entry) => !isAddressOrRange(entry));
  return bad.length
    ? `must be a hop count or addresses/CIDRs (or loopback, linklocal, uniquelocal); not understood: ${bad.join(', ')}`
    : null;
}

export function parseTrustProxy(value: string): false | number | string[] {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false') return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return proxyEntries(trimmed);
}
