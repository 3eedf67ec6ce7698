import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it.each([
    ['ignores the header without a trusted proxy', '203.0.113.9', 0, null],
    ['takes the entry our one proxy appended', '203.0.113.9', 1, 'ip:203.0.113.9'],
    ['never the left-most entry, which the client controls', '1.2.3.4, 203.0.113.9', 1, 'ip:203.0.113.9'],
    ['with two proxies, the entry before the last', '1.2.3.4, 203.0.113.9, 10.0.0.2', 2, 'ip:203.0.113.9'],
    ['IPv6, lower-cased', '2001:DB8::1', 1, 'ip:2001:db8::1'],
    ['headers repeated as a list', ['1.2.3.4', '203.0.113.9'], 1, 'ip:203.0.113.9'],
    ['nothing when the chain is shorter than the hops', '203.0.113.9', 2, null],
    ['nothing for a value that is not an address', 'evil, not-an-ip', 1, null],
    ['nothing without the header', undefined, 1, null],
  ])('%s', (_name, header, hops, expected) => {
    expect(clientAddress(header, hops)).toBe(expected);
  });
});
