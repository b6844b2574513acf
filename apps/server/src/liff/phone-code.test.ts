import { describe, expect, it } from 'vitest';
import { codeMatches, newCode, sealCode } from './phone-code';

describe('one-time phone codes', () => {
  it('are six digits', () => {
    for (let index = 0; index < 50; index += 1) expect(newCode()).toMatch(/^\d{6}$/);
  });

  it('are stored as a salted hash that only the code matches', () => {
    const sealed = sealCode('042917');
    expect(sealed).not.toContain('042917');
    expect(sealCode('042917')).not.toBe(sealed);
    expect(codeMatches(sealed, '042917')).toBe(true);
    expect(codeMatches(sealed, '042918')).toBe(false);
    expect(codeMatches('garbage', '042917')).toBe(false);
  });
});
