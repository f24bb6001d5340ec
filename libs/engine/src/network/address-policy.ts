import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Whether an integration may connect to `address` on a user's behalf. Only ordinary unicast
 * space is allowed: the host itself, the private network around it, cloud metadata endpoints
 * (SSRF) and every special-purpose range (documentation, benchmarking, multicast, ORCHID,
 * Teredo, discard, site-local…) are refused. The ranges come from ipaddr.js's IANA tables, not
 * from hand-written patterns, which missed spellings. An IPv6 address that carries an IPv4
 * address (mapped, compatible, NAT64, 6to4) is judged by the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  // Node's parser first: ipaddr.js also takes legacy IPv4 spellings (0x7f.1) no socket uses here.
  if (isIP(address) === 0) return false;
  const parsed = ipaddr.parse(address);
  return parsed.kind() === 'ipv4'
    ? isPublicIpv4(parsed as ipaddr.IPv4)
    : isPublicIpv6(parsed as ipaddr.IPv6);
}

function isPublicIpv4(address: ipaddr.IPv4): boolean {
  return address.range() === 'unicast';
}

// Local-use NAT64 (RFC 8215) puts the IPv4 address at a place the operator chooses: refused.
const LOCAL_NAT64 = ipaddr.parseCIDR('64:ff9b:1::/48');

function isPublicIpv6(address: ipaddr.IPv6): boolean {
  const carried = carriedIpv4(address);
  if (carried) return isPublicIpv4(carried);
  if (address.match(LOCAL_NAT64)) return false;
  return address.range() === 'unicast';
}

/** The IPv4 address an IPv6 address stands for, where its range defines one. */
function carriedIpv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = address.parts;
  const fromWords = (high: number, low: number) =>
    new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  switch (address.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
    case 'rfc6052': // 64:ff9b::a.b.c.d (NAT64)
      return fromWords(parts[6], parts[7]);
    case '6to4': // 2002:AABB:CCDD::/48
      return fromWords(parts[1], parts[2]);
  }
  // IPv4-compatible ::a.b.c.d (deprecated, still routed by some stacks); :: and ::1 land in 0/8.
  if (parts.slice(0, 6).every((word) => word === 0)) return fromWords(parts[6], parts[7]);
  return null;
}
