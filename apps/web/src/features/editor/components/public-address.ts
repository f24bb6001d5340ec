/** Why a vendor's servers could not call an address, or null when they can. */
export type PublicAddressProblem = 'private' | 'notHttps';

const PRIVATE_IPV4 = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^0\.0\.0\.0$/,
];

function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  if (host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || host.startsWith('fe80:')) return true;
  // A name without a dot (e.g. "fluxo" on a home network) is not on the internet either.
  if (!host.includes('.') && !host.includes(':')) return true;
  return PRIVATE_IPV4.some((range) => range.test(host));
}

/**
 * Whether payment gateways can call `url`: they reach only public addresses, and PayT and
 * Fygaro call only HTTPS ones. A private or loopback address is the worse problem, named first.
 */
export function publicAddressProblem(url: string): PublicAddressProblem | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'private';
  }
  if (isPrivateHost(parsed.hostname)) return 'private';
  return parsed.protocol === 'https:' ? null : 'notHttps';
}
