import { describe, expect, it } from 'vitest';
import { nextStatus } from './journey-status';

describe('nextStatus', () => {
  it('pauses and resumes a published journey', () => {
    expect(nextStatus('live', 'pause', true)).toEqual({ ok: true, status: 'paused' });
    expect(nextStatus('paused', 'resume', true)).toEqual({ ok: true, status: 'live' });
  });

  it('treats a repeated action as a no-op', () => {
    expect(nextStatus('paused', 'pause', true)).toEqual({ ok: true, status: 'paused' });
    expect(nextStatus('live', 'resume', true)).toEqual({ ok: true, status: 'live' });
    expect(nextStatus('archived', 'archive', true)).toEqual({ ok: true, status: 'archived' });
  });

  it('refuses to pause a draft or resume what was never published', () => {
    expect(nextStatus('draft', 'pause', false).ok).toBe(false);
    expect(nextStatus('draft', 'resume', false).ok).toBe(false);
    expect(nextStatus('archived', 'resume', true).ok).toBe(false);
  });

  it('archives from any status', () => {
    expect(nextStatus('draft', 'archive', false)).toEqual({ ok: true, status: 'archived' });
  });
});
