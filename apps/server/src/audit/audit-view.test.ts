import { describe, expect, it } from 'vitest';
import { decodeAuditCursor, encodeAuditCursor } from './audit-view';

describe('audit cursors', () => {
  it('round-trip the last entry of a page', () => {
    const at = new Date('2026-11-25T10:00:00.123Z');
    const id = '8d7c4f1e-0000-4000-8000-000000000001';
    expect(decodeAuditCursor(encodeAuditCursor({ at, id }))).toEqual({ at, id });
  });

  it('refuse anything they did not make', () => {
    for (const cursor of [
      '',
      'not base64 json',
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('["x","y"]').toString('base64url'),
    ]) {
      expect(decodeAuditCursor(cursor)).toBeUndefined();
    }
  });
});
