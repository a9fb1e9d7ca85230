import { describe, expect, it } from 'vitest';
import { clientAddressKey } from './client-address-key.js';

describe('clientAddressKey', () => {
  it('keeps IPv4 (also IPv4-mapped IPv6) as it is', () => {
    expect(clientAddressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 by its /64: one subscriber rotating addresses is one client', () => {
    expect(clientAddressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey('2001:db8::9')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
    expect(clientAddressKey('2001:db8:1:3::1')).not.toBe(clientAddressKey('2001:db8:1:2::1'));
  });

  it('an unknown address is one key, not a free pass', () => {
    expect(clientAddressKey(undefined)).toBe('unknown');
  });
});
