import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time';

const now = Date.parse('2025-06-15T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const MINUTE = 60_000;

describe('formatRelativeTime', () => {
  it('says "just now" under a minute', () => {
    expect(formatRelativeTime(ago(10_000), now, 'en', 'just now')).toBe('just now');
  });

  it('picks the largest natural unit', () => {
    expect(formatRelativeTime(ago(5 * MINUTE), now, 'en', '')).toBe('5 minutes ago');
    expect(formatRelativeTime(ago(3 * 60 * MINUTE), now, 'en', '')).toBe('3 hours ago');
    expect(formatRelativeTime(ago(24 * 60 * MINUTE), now, 'en', '')).toBe('yesterday');
    expect(formatRelativeTime(ago(14 * 24 * 60 * MINUTE), now, 'en', '')).toBe('2 weeks ago');
    expect(formatRelativeTime(ago(400 * 24 * 60 * MINUTE), now, 'en', '')).toBe('last year');
  });

  it('speaks the UI language', () => {
    expect(formatRelativeTime(ago(5 * MINUTE), now, 'zh-TW', '')).toBe('5 分鐘前');
    expect(formatRelativeTime(ago(3 * 60 * MINUTE), now, 'zh-CN', '')).toBe('3小时前');
  });
});
