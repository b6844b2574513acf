import { describe, expect, it } from 'vitest';
import { batchSchema, identifySchema, toRequestIssues, trackSchema } from './ingest.schemas';

function issuesOf(result: { success: boolean; error?: Parameters<typeof toRequestIssues>[0] }) {
  return result.error ? toRequestIssues(result.error) : [];
}

describe('identifySchema', () => {
  it('canonicalises time zone and locale from traits and context', () => {
    const parsed = identifySchema.parse({
      userId: 'u1',
      traits: { name: 'Mei', timezone: 'asia/taipei' },
      context: { locale: 'zh_tw', ip: '1.2.3.4' },
      anonymousId: 'ignored',
    });
    expect(parsed.traits).toEqual({ name: 'Mei', timezone: 'Asia/Taipei' });
    expect(parsed.context?.locale).toBe('zh-TW');
  });

  it('names the field of an unknown time zone', () => {
    const result = identifySchema.safeParse({ userId: 'u1', context: { timezone: 'Mars/Olympus' } });
    expect(issuesOf(result)).toEqual([{ path: 'context.timezone', message: expect.stringContaining('IANA') }]);
  });

  it('refuses an offset in place of a zone', () => {
    expect(identifySchema.safeParse({ userId: 'u1', traits: { timezone: '+08:00' } }).success).toBe(false);
  });

  it('requires a userId', () => {
    expect(issuesOf(identifySchema.safeParse({ traits: {} }))).toEqual([
      { path: 'userId', message: expect.any(String) },
    ]);
  });
});

describe('trackSchema', () => {
  it('parses the timestamp and accepts a numeric userId', () => {
    const parsed = trackSchema.parse({ userId: 42, event: 'purchase', timestamp: '2025-01-02T03:04:05Z' });
    expect(parsed.userId).toBe('42');
    expect(parsed.timestamp?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
  });

  it('names every bad field', () => {
    const result = trackSchema.safeParse({ userId: '', event: '', timestamp: 'yesterday', properties: [] });
    expect(
      issuesOf(result)
        .map((issue) => issue.path)
        .sort(),
    ).toEqual(['event', 'properties', 'timestamp', 'userId']);
  });
});

describe('batchSchema', () => {
  it('names the index of the bad item', () => {
    const result = batchSchema.safeParse({
      batch: [
        { type: 'track', userId: 'u1', event: 'a' },
        { type: 'track', userId: 'u1' },
        { type: 'page', userId: 'u1' },
      ],
    });
    expect(issuesOf(result).map((issue) => issue.path)).toEqual(['batch.1.event', 'batch.2.type']);
  });

  it('refuses more than 500 messages', () => {
    const batch = Array.from({ length: 501 }, (_, index) => ({ type: 'track', userId: 'u', event: `e${index}` }));
    expect(issuesOf(batchSchema.safeParse({ batch }))).toEqual([
      { path: 'batch', message: expect.stringContaining('500') },
    ]);
  });
});
