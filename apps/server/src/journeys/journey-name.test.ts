import { describe, expect, it } from 'vitest';
import { copyName, MAX_JOURNEY_NAME } from './journey-name';

describe('copyName', () => {
  it('suffixes the name', () => {
    expect(copyName('新好友歡迎系列')).toBe('新好友歡迎系列 (copy)');
  });

  it('keeps a long name within the limit', () => {
    const copied = copyName('x'.repeat(MAX_JOURNEY_NAME));
    expect(copied).toHaveLength(MAX_JOURNEY_NAME);
    expect(copied.endsWith(' (copy)')).toBe(true);
  });
});
