import { describe, expect, it } from '@jest/globals';
import { isPublicAddress } from './address-policy';

describe(isPublicAddress.name, () => {
  it.each([
    // IPv4: this host, private networks, metadata, special purpose
    ['0.0.0.0', 'this network'],
    ['0.1.2.3', 'this network'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['169.254.169.254', 'link-local, cloud metadata'],
    ['169.254.0.1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.254', 'benchmarking'],
    ['192.88.99.1', '6to4 relay anycast'],
    ['192.175.48.1', 'AS112'],
    ['192.52.193.1', 'AMT'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    // IPv6: this host, local networks, special purpose
    ['::', 'unspecified'],
    ['0:0:0:0:0:0:0:0', 'unspecified, uncompressed'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback, uncompressed'],
    ['0000:0000:0000:0000:0000:0000:0000:0001', 'loopback, zero-padded'],
    ['fe80::1', 'link-local'],
    ['FE80::1', 'link-local, upper case'],
    ['febf:ffff::1', 'link-local, top of the range'],
    ['fec0::1', 'site-local (deprecated)'],
    ['feff::1', 'site-local, top of the range'],
    ['fc00::1', 'unique local'],
    ['fd00::1', 'unique local'],
    ['fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'unique local, top of the range'],
    ['ff02::1', 'multicast'],
    ['ff0e::1', 'multicast, global scope'],
    ['2001:db8::1', 'documentation'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', 'documentation, uncompressed'],
    ['2001:2::1', 'benchmarking'],
    ['2001:10::1', 'ORCHID (deprecated)'],
    ['2001:20::1', 'ORCHIDv2'],
    ['100::1', 'discard'],
    ['100:0:0:0:ffff:ffff:ffff:ffff', 'discard, top of the range'],
    ['2001::1', 'Teredo'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo carrying a public client'],
    ['2001:0:5ef5:79fd:0:59d:f5ff:fffe', 'Teredo carrying 10.250.0.1'],
    // IPv6 carrying a private IPv4 address
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'],
    ['0:0:0:0:0:ffff:7f00:0001', 'IPv4-mapped loopback, uncompressed'],
    ['::FFFF:7F00:1', 'IPv4-mapped loopback, upper case'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped metadata'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:192.168.0.1', 'IPv4-mapped private'],
    ['::ffff:0:127.0.0.1', 'IPv4-translated loopback (RFC 6145)'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
    ['::7f00:1', 'IPv4-compatible loopback, hex'],
    ['::10.0.0.1', 'IPv4-compatible private'],
    ['::a9fe:a9fe', 'IPv4-compatible metadata'],
    ['64:ff9b::10.0.0.1', 'NAT64 private'],
    ['64:ff9b::7f00:1', 'NAT64 loopback, hex'],
    ['64:ff9b:0:0:0:0:a9fe:a9fe', 'NAT64 metadata, uncompressed'],
    ['0064:ff9b:0000:0000:0000:0000:7f00:0001', 'NAT64 loopback, zero-padded'],
    ['64:ff9b:1::1', 'local-use NAT64'],
    ['64:ff9b:1:ffff::c0a8:1', 'local-use NAT64 carrying 192.168.0.1'],
    ['2002:7f00:1::', '6to4 of loopback'],
    ['2002:0a00:0001::1', '6to4 of a private address'],
    ['2002:a9fe:a9fe::', '6to4 of metadata'],
    ['2002:c0a8:101::1', '6to4 of 192.168.1.1'],
  ])('should refuse %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ['8.8.8.8', 'public IPv4'],
    ['1.1.1.1', 'public IPv4'],
    ['172.32.0.1', 'just above 172.16/12'],
    ['172.15.255.255', 'just below 172.16/12'],
    ['100.128.0.1', 'just above carrier-grade NAT'],
    ['100.63.255.255', 'just below carrier-grade NAT'],
    ['169.255.0.1', 'just above link-local'],
    ['11.0.0.1', 'just above 10/8'],
    ['223.255.255.254', 'just below multicast'],
    ['2606:4700:4700::1111', 'public IPv6'],
    ['2a00:1450:4001:80b::200e', 'public IPv6'],
    ['2001:4860:4860::8888', 'public IPv6 beside Teredo'],
    ['::ffff:8.8.8.8', 'IPv4-mapped public'],
    ['::ffff:808:808', 'IPv4-mapped public, hex'],
    ['64:ff9b::8.8.8.8', 'NAT64 of a public address'],
    ['64:ff9b::101:101', 'NAT64 of a public address, hex'],
    ['2002:808:808::1', '6to4 of a public address'],
  ])('should allow %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each(['localhost', '', '127.1', '0x7f.0.0.1', '2130706433', '::ffff:127.0.0.256', 'fe80::1%'])(
    'should refuse %p, which is not an IP literal a socket would be given',
    (address) => {
      expect(isPublicAddress(address)).toBe(false);
    },
  );
});
