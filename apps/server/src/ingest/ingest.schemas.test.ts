import { describe, expect, it } from 'vitest';
import { parseBatch, parseSingleCall } from './batch-request';
import { segmentCallSchema, toRequestIssues } from './ingest.schemas';

function issuesOf(result: { success: boolean; error?: Parameters<typeof toRequestIssues>[0] }) {
  return result.error ? toRequestIssues(result.error) : [];
}

describe('identify', () => {
  it('canonicalises time zone and locale from traits and context', () => {
    const parsed = segmentCallSchema.parse({
      type: 'identify',
      userId: 'u1',
      traits: { name: 'Mei', timezone: 'asia/taipei' },
      context: { locale: 'zh_tw', ip: '1.2.3.4' },
    });
    expect(parsed.type === 'identify' && parsed.traits).toEqual({ name: 'Mei', timezone: 'Asia/Taipei' });
    expect(parsed.context?.locale).toBe('zh-TW');
  });

  it('names the field of an unknown time zone', () => {
    const result = segmentCallSchema.safeParse({
      type: 'identify',
      userId: 'u1',
      context: { timezone: 'Mars/Olympus' },
    });
    expect(issuesOf(result)).toEqual([{ path: 'context.timezone', message: expect.stringContaining('IANA') }]);
  });

  it('refuses an offset in place of a zone', () => {
    expect(
      segmentCallSchema.safeParse({ type: 'identify', userId: 'u1', traits: { timezone: '+08:00' } }).success,
    ).toBe(false);
  });

  it('needs a userId, an anonymousId or an identity trait', () => {
    expect(issuesOf(segmentCallSchema.safeParse({ type: 'identify', traits: {} }))).toEqual([
      { path: 'userId', message: expect.any(String) },
    ]);
    expect(segmentCallSchema.safeParse({ type: 'identify', anonymousId: 'device-1' }).success).toBe(true);
  });
});

describe('track', () => {
  it('parses the timestamp and accepts a numeric userId', () => {
    const parsed = segmentCallSchema.parse({
      type: 'track',
      userId: 42,
      event: 'purchase',
      timestamp: '2025-01-02T03:04:05Z',
    });
    expect(parsed.userId).toBe('42');
    expect(parsed.timestamp?.toISOString()).toBe('2025-01-02T03:04:05.000Z');
  });

  it('names every bad field', () => {
    const result = parseSingleCall('track', { userId: '', event: '', timestamp: 'yesterday', properties: [] });
    expect('issues' in result && result.issues.map((issue) => issue.path).sort()).toEqual([
      'event',
      'properties',
      'timestamp',
      'userId',
    ]);
  });
});

describe('the other calls', () => {
  it('group needs a groupId, alias a previousId and a userId', () => {
    const group = parseSingleCall('group', { userId: 'u1' });
    expect('issues' in group && group.issues.map((issue) => issue.path)).toEqual(['groupId']);
    const alias = parseSingleCall('alias', { anonymousId: 'a1' });
    expect('issues' in alias && alias.issues.map((issue) => issue.path).sort()).toEqual(['previousId', 'userId']);
  });

  it('page and screen need only someone to name', () => {
    expect(parseSingleCall('page', { anonymousId: 'a1' })).toMatchObject({ call: { type: 'page', anonymousId: 'a1' } });
    expect(parseSingleCall('screen', { userId: 7, name: 'Home' })).toMatchObject({
      call: { userId: '7', name: 'Home' },
    });
  });

  it('the endpoint decides the type, whatever the body says', () => {
    expect(parseSingleCall('page', { type: 'track', userId: 'u1' })).toMatchObject({ call: { type: 'page' } });
  });
});

describe('batch', () => {
  it('reads every item on its own, naming the index of a bad one', () => {
    const parsed = parseBatch({
      batch: [
        { type: 'track', userId: 'u1', event: 'a' },
        { type: 'track', userId: 'u1' },
        { type: 'fax', userId: 'u1' },
        'not a call',
      ],
    });
    expect('items' in parsed && parsed.items.map((item) => ('call' in item ? 'call' : item.issues[0]?.path))).toEqual([
      'call',
      'batch.1.event',
      'batch.2.type',
      'batch.3',
    ]);
  });

  it('refuses a call over 32 KB and keeps the others', () => {
    const big = { type: 'track', userId: 'u1', event: 'big', properties: { blob: 'x'.repeat(33 * 1024) } };
    const parsed = parseBatch({ batch: [big, { type: 'track', userId: 'u1', event: 'small' }] });
    expect('items' in parsed && parsed.items.map((item) => 'call' in item)).toEqual([false, true]);
  });

  it("gives each call the batch's context under its own", () => {
    const parsed = parseBatch({
      context: { timezone: 'Asia/Taipei', locale: 'en' },
      batch: [{ type: 'identify', userId: 'u1', context: { locale: 'ja' } }],
    });
    expect('items' in parsed && parsed.items[0]).toMatchObject({
      call: { context: { timezone: 'Asia/Taipei', locale: 'ja' } },
    });
  });

  it('refuses an envelope without calls', () => {
    expect(parseBatch({ batch: [] })).toEqual({ issues: [{ path: 'batch', message: expect.any(String) }] });
    expect(parseBatch([])).toMatchObject({ issues: [{ path: '' }] });
  });
});
