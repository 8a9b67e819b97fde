import { addressKind, mayFetchFrom } from './address-kind';

describe('addressKind', () => {
  it.each([
    ['8.8.8.8', 'PUBLIC'],
    ['93.184.216.34', 'PUBLIC'],
    ['2606:4700:4700::1111', 'PUBLIC'],
    ['2a00:1450:4001:82b::200e', 'PUBLIC'],
    ['172.32.0.1', 'PUBLIC'],
    ['100.128.0.1', 'PUBLIC'],
    ['0.0.0.0', 'UNSPECIFIED'],
    ['::', 'UNSPECIFIED'],
    ['127.0.0.1', 'LOOPBACK'],
    ['127.255.3.4', 'LOOPBACK'],
    ['::1', 'LOOPBACK'],
    ['10.0.0.1', 'PRIVATE'],
    ['172.16.5.4', 'PRIVATE'],
    ['172.31.255.255', 'PRIVATE'],
    ['192.168.1.1', 'PRIVATE'],
    ['100.64.0.1', 'PRIVATE'],
    ['169.254.169.254', 'LINK_LOCAL'],
    ['fe80::1', 'LINK_LOCAL'],
    ['fe80::1%eth0', 'LINK_LOCAL'],
    ['fc00::1', 'UNIQUE_LOCAL'],
    ['fd12:3456:789a::1', 'UNIQUE_LOCAL'],
    ['224.0.0.251', 'MULTICAST'],
    ['239.255.255.250', 'MULTICAST'],
    ['ff02::1', 'MULTICAST'],
    ['255.255.255.255', 'RESERVED'],
    ['192.0.2.7', 'RESERVED'],
    ['2001:db8::1', 'RESERVED'],
    ['::7f00:1', 'RESERVED'],
  ])('classifies %s as %s', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });

  it.each([
    ['::ffff:127.0.0.1', 'LOOPBACK'],
    ['::ffff:7f00:1', 'LOOPBACK'],
    ['::ffff:10.0.0.1', 'PRIVATE'],
    ['::ffff:a9fe:a9fe', 'LINK_LOCAL'],
    ['::ffff:8.8.8.8', 'PUBLIC'],
    ['64:ff9b::10.0.0.1', 'PRIVATE'],
    ['64:ff9b::8.8.8.8', 'PUBLIC'],
    ['2002:7f00:1::', 'LOOPBACK'],
    ['2002:c0a8:101::1', 'PRIVATE'],
    ['2002:808:808::1', 'PUBLIC'],
  ])('sees the IPv4 address inside the IPv6 address %s (%s)', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
  });

  it.each(['localhost', '10.0.0', '[::1]', '', '1.2.3.4.5'])('calls %p invalid', (address) => {
    expect(addressKind(address)).toBe('INVALID');
  });
});

describe('mayFetchFrom', () => {
  it('allows public addresses, and loopback only when the setting allows it', () => {
    expect(mayFetchFrom('PUBLIC', false)).toBe(true);
    expect(mayFetchFrom('LOOPBACK', false)).toBe(false);
    expect(mayFetchFrom('LOOPBACK', true)).toBe(true);
    for (const kind of ['PRIVATE', 'LINK_LOCAL', 'UNIQUE_LOCAL', 'MULTICAST', 'UNSPECIFIED', 'RESERVED'] as const)
      expect(mayFetchFrom(kind, true)).toBe(false);
  });
});
