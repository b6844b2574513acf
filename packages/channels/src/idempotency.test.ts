import { describe, expect, it } from 'vitest';
import { messageIdFromKey, uuidFromKey } from './idempotency';

describe('keys derived from idempotency keys', () => {
  it('gives the same version-5-shaped UUID for the same key, and different ones otherwise', () => {
    const uuid = uuidFromKey('journey:j1:customer:c1/step-3/1');
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFromKey('journey:j1:customer:c1/step-3/1')).toBe(uuid);
    expect(uuidFromKey('journey:j1:customer:c1/step-3/2')).not.toBe(uuid);
  });

  it('makes a stable Message-ID in the given domain', () => {
    const id = messageIdFromKey('k1', 'shop.example');
    expect(id).toMatch(/^<wf\.[0-9a-f]{32}@shop\.example>$/);
    expect(messageIdFromKey('k1', 'shop.example')).toBe(id);
    expect(messageIdFromKey('k2', 'shop.example')).not.toBe(id);
  });
});
