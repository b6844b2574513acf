import { describe, expect, it } from 'vitest';
import { decidePolicy, type PolicyFacts } from './policy';

const clear: PolicyFacts = {
  consent: undefined,
  hasAddress: true,
  outsideWindow: false,
  sentInWindow: 0,
  cap: { limit: 2, windowHours: 24 },
  templateSentRecently: false,
  quietDelayMs: 0,
};

describe('decidePolicy', () => {
  it('sends when nothing stands in the way (no answer about consent counts as yes)', () => {
    expect(decidePolicy(clear)).toEqual({ kind: 'send' });
    expect(decidePolicy({ ...clear, consent: 'subscribed' })).toEqual({ kind: 'send' });
  });

  it('never messages a customer who unsubscribed, even when other rules would also skip or wait', () => {
    const all = {
      ...clear,
      consent: 'unsubscribed' as const,
      hasAddress: false,
      templateSentRecently: true,
      quietDelayMs: 5,
    };
    expect(decidePolicy(all)).toEqual({ kind: 'skip', reason: 'unsubscribed' });
  });

  it('skips without an address, after smart sending and at the cap', () => {
    expect(decidePolicy({ ...clear, hasAddress: false })).toEqual({ kind: 'skip', reason: 'no_address' });
    expect(decidePolicy({ ...clear, outsideWindow: true, quietDelayMs: 5 })).toEqual({
      kind: 'skip',
      reason: 'outside_window',
    });
    expect(decidePolicy({ ...clear, templateSentRecently: true })).toEqual({ kind: 'skip', reason: 'smart_sending' });
    expect(decidePolicy({ ...clear, sentInWindow: 2 })).toEqual({ kind: 'skip', reason: 'frequency_capped' });
    expect(decidePolicy({ ...clear, sentInWindow: 1 })).toEqual({ kind: 'send' });
    expect(decidePolicy({ ...clear, sentInWindow: 99, cap: null })).toEqual({ kind: 'send' });
  });

  it('defers in quiet hours only when the message would otherwise go', () => {
    expect(decidePolicy({ ...clear, quietDelayMs: 60_000 })).toEqual({
      kind: 'defer',
      delayMs: 60_000,
      reason: 'quiet_hours',
    });
    expect(decidePolicy({ ...clear, quietDelayMs: 60_000, sentInWindow: 5 })).toMatchObject({ kind: 'skip' });
  });
});
