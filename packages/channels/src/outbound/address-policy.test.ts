import { describe, expect, it } from 'vitest';
import { createOutboundPolicy, OutboundPolicyError, outboundPolicyFromEnv } from './address-policy';

const strict = createOutboundPolicy();

describe('the outbound address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
  ])('refuses %s (%s)', (address, range) => {
    expect(strict.check(address)).toEqual({ allowed: false, range });
  });

  it.each(['2130706433', '0x7f.1', '017700000001', '0x7f000001'])('reads odd IPv4 notation %s as 127.0.0.1', (odd) => {
    expect(strict.check(odd)).toEqual({ allowed: false, range: 'loopback' });
  });

  it('allows public unicast addresses of both families', () => {
    expect(strict.check('203.104.138.174')).toEqual({ allowed: true });
    expect(strict.check('2606:4700::1111')).toEqual({ allowed: true });
  });

  it('allows what the allowlist names, addresses and ranges, and nothing beside them', () => {
    const policy = createOutboundPolicy({ allow: ['127.0.0.1', '::1', '10.1.0.0/16'] });
    expect(policy.check('127.0.0.1')).toEqual({ allowed: true });
    expect(policy.check('::ffff:127.0.0.1')).toEqual({ allowed: true });
    expect(policy.check('::1')).toEqual({ allowed: true });
    expect(policy.check('10.1.200.3')).toEqual({ allowed: true });
    expect(policy.check('127.0.0.2')).toEqual({ allowed: false, range: 'loopback' });
    expect(policy.check('10.2.0.1')).toEqual({ allowed: false, range: 'private' });
    expect(policy.check('169.254.169.254')).toEqual({ allowed: false, range: 'linkLocal' });
  });

  it('reads the allowlist from WAYFARER_OUTBOUND_ALLOW and refuses an entry that is not an address', () => {
    const policy = outboundPolicyFromEnv({ WAYFARER_OUTBOUND_ALLOW: ' 127.0.0.1 , ::1 ' });
    expect(policy.check('::1')).toEqual({ allowed: true });
    expect(outboundPolicyFromEnv({}).check('127.0.0.1')).toMatchObject({ allowed: false });
    expect(() => outboundPolicyFromEnv({ WAYFARER_OUTBOUND_ALLOW: 'localhost' })).toThrow(OutboundPolicyError);
  });

  it('refuses what is not an address at all', () => {
    expect(strict.check('not-an-ip')).toEqual({ allowed: false, range: 'invalid' });
  });
});
