import { describe, expect, it } from 'vitest';
import { readApiKey } from './read-api-key';

const basic = (user: string, password = '') => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('readApiKey', () => {
  it('reads a bearer token', () => {
    expect(readApiKey('Bearer wf_abc')).toBe('wf_abc');
    expect(readApiKey('bearer   wf_abc ')).toBe('wf_abc');
  });

  it('reads the Basic user name (Segment write key)', () => {
    expect(readApiKey(basic('wf_abc'))).toBe('wf_abc');
    expect(readApiKey(basic('wf_abc', 'ignored'))).toBe('wf_abc');
  });

  it('finds nothing in a missing, empty or foreign header', () => {
    expect(readApiKey(undefined)).toBeUndefined();
    expect(readApiKey('')).toBeUndefined();
    expect(readApiKey('Bearer')).toBeUndefined();
    expect(readApiKey(basic(''))).toBeUndefined();
    expect(readApiKey('Digest abc')).toBeUndefined();
  });
});
