import { describe, expect, it } from 'vitest';
import { roleAtLeast, roles } from './roles';

describe('roleAtLeast', () => {
  it('orders viewer < editor < publisher < admin < owner', () => {
    expect(roles).toEqual(['viewer', 'editor', 'publisher', 'admin', 'owner']);
    expect(roleAtLeast('publisher', 'editor')).toBe(true);
    expect(roleAtLeast('editor', 'publisher')).toBe(false);
    expect(roleAtLeast('admin', 'admin')).toBe(true);
    expect(roleAtLeast('admin', 'owner')).toBe(false);
    expect(roleAtLeast('viewer', 'viewer')).toBe(true);
  });
});
