import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * What an IP address is, for deciding whether Glossa may fetch a reading from it (docs/documents.md,
 * "From a web page"): only `PUBLIC` addresses are fetched, and `LOOPBACK` too when
 * DOCUMENT_URL_ALLOW_LOOPBACK is set (tests). Everything else could reach the server's own network.
 */
export type AddressKind =
  | 'PUBLIC'
  | 'UNSPECIFIED'
  | 'LOOPBACK'
  | 'PRIVATE'
  | 'LINK_LOCAL'
  | 'UNIQUE_LOCAL'
  | 'MULTICAST'
  | 'RESERVED'
  | 'INVALID';

type Subnet = [address: string, prefix: number];

/** IPv4 ranges by kind (IANA special-purpose registry); checked in this order. */
const IPV4: Array<[AddressKind, Subnet[]]> = [
  ['UNSPECIFIED', [['0.0.0.0', 8]]],
  ['LOOPBACK', [['127.0.0.0', 8]]],
  ['LINK_LOCAL', [['169.254.0.0', 16]]],
  [
    'PRIVATE',
    [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
      ['100.64.0.0', 10], // carrier-grade NAT, shared address space
    ],
  ],
  ['MULTICAST', [['224.0.0.0', 4]]],
  [
    'RESERVED',
    [
      ['192.0.0.0', 24],
      ['192.0.2.0', 24],
      ['192.88.99.0', 24],
      ['198.18.0.0', 15],
      ['198.51.100.0', 24],
      ['203.0.113.0', 24],
      ['240.0.0.0', 4], // includes 255.255.255.255
    ],
  ],
];

/** IPv6 ranges by kind; checked after the IPv4 ranges embedded in IPv6 (below). */
const IPV6: Array<[AddressKind, Subnet[]]> = [
  ['UNSPECIFIED', [['::', 128]]],
  ['LOOPBACK', [['::1', 128]]],
  ['LINK_LOCAL', [['fe80::', 10]]],
  [
    'UNIQUE_LOCAL',
    [
      ['fc00::', 7],
      ['fec0::', 10], // the deprecated site-local range
    ],
  ],
  ['MULTICAST', [['ff00::', 8]]],
  [
    'RESERVED',
    [
      ['::', 96], // IPv4-compatible (deprecated)
      ['100::', 64], // discard
      ['2001::', 32], // Teredo: the client's address is hidden in it
      ['2001:db8::', 32], // documentation
    ],
  ],
];

/**
 * IPv6 prefixes that carry an IPv4 address in their last 32 bits: IPv4-mapped (`::ffff:10.0.0.1`,
 * which a dual-stack socket connects to 10.0.0.1) and NAT64 (`64:ff9b::/96`). 6to4 (`2002::/16`)
 * carries it in bits 16–48 and is handled apart.
 */
const EMBEDDING_PREFIXES = ['::ffff:', '64:ff9b::'];

function buildLists(): Array<[AddressKind, BlockList]> {
  const lists: Array<[AddressKind, BlockList]> = [];
  for (const [kind, subnets] of IPV4) {
    const list = new BlockList();
    for (const [address, prefix] of subnets) {
      list.addSubnet(address, prefix, 'ipv4');
      for (const embedding of EMBEDDING_PREFIXES) list.addSubnet(`${embedding}${address}`, 96 + prefix, 'ipv6');
      list.addSubnet(sixToFour(address), 16 + prefix, 'ipv6');
    }
    lists.push([kind, list]);
  }
  for (const [kind, subnets] of IPV6) {
    const list = new BlockList();
    for (const [address, prefix] of subnets) list.addSubnet(address, prefix, 'ipv6');
    lists.push([kind, list]);
  }
  return lists;
}

/** The 6to4 prefix `2002:AABB:CCDD::` of an IPv4 address A.B.C.D. */
function sixToFour(ipv4: string): string {
  const hex = ipv4.split('.').map((octet) => Number(octet).toString(16).padStart(2, '0'));
  return `2002:${hex[0]}${hex[1]}:${hex[2]}${hex[3]}::`;
}

const LISTS = buildLists();

/** The kind of a textual IPv4 or IPv6 address (no brackets, no zone); `INVALID` when it is neither. */
export function addressKind(address: string): AddressKind {
  const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
  if (!type) return 'INVALID';
  for (const [kind, list] of LISTS) if (list.check(address, type)) return kind;
  return 'PUBLIC';
}

/** Whether Glossa may connect to an address of this kind. */
export function mayFetchFrom(kind: AddressKind, allowLoopback: boolean): boolean {
  return kind === 'PUBLIC' || (allowLoopback && kind === 'LOOPBACK');
}

/** How a refused kind is named to the person who gave the address. */
export const KIND_NAMES: Record<AddressKind, string> = {
  PUBLIC: 'a public address',
  UNSPECIFIED: 'an unspecified address',
  LOOPBACK: 'a loopback address (this server itself)',
  PRIVATE: 'a private network address',
  LINK_LOCAL: 'a link-local address',
  UNIQUE_LOCAL: 'a unique-local (private) address',
  MULTICAST: 'a multicast address',
  RESERVED: 'a reserved address',
  INVALID: 'an invalid address',
};
