import { describe, expect, it } from 'vitest';
import { countOverlay, formatCount } from './count-overlay';
import { rangeBounds } from './date-range';
import type { StepStats } from './stats-types';

const words = {
  entered: '{count} entered',
  waiting: '{count} waiting',
  errors: '{count} errors',
  skipped: '{count} skipped',
  deferred: '{count} deferred',
  left: '{count} left',
  ended: '{count} ended here',
  reason: (reason: string) => `(${reason})`,
};

describe('countOverlay', () => {
  const stats: StepStats[] = [
    { stepId: 'trigger-1', entered: 5, waiting: 0, left: { out: 5 }, errors: 0 },
    { stepId: 'branch-1', entered: 5, waiting: 0, left: { true: 3, false: 2 }, errors: 1 },
    { stepId: 'wait-1', entered: 3, waiting: 3, left: {}, errors: 0 },
  ];
  const edges = [
    { id: 'e-trigger-1-out', source: 'trigger-1', sourceHandle: 'out' },
    { id: 'e-branch-1-true', source: 'branch-1', sourceHandle: 'true' },
    { id: 'e-branch-1-false', source: 'branch-1', sourceHandle: 'false' },
    { id: 'e-wait-1-out', source: 'wait-1', sourceHandle: 'out' },
  ];

  it('shows where an open path ended journeys, only on steps that ended some', () => {
    const open: StepStats[] = [
      { stepId: 'branch-1', entered: 5, waiting: 0, left: { true: 3, false: 2 }, errors: 0, ended: 2 },
      { stepId: 'wait-1', entered: 3, waiting: 0, left: { out: 3 }, errors: 0, ended: 0 },
    ];
    const overlay = countOverlay(open, ['branch-1', 'wait-1'], edges, words, 'en');
    expect(overlay.nodes.get('branch-1')?.entries.at(-1)).toMatchObject({
      key: 'ended',
      text: '2',
      title: '2 ended here',
    });
    expect(overlay.nodes.get('wait-1')?.entries.map((e) => e.key)).not.toContain('ended');
  });

  it('gives every node entered · waiting · errors and every edge the count that left by its port', () => {
    const overlay = countOverlay(stats, ['trigger-1', 'branch-1', 'wait-1'], edges, words, 'en');
    expect(overlay.nodes.get('branch-1')?.entries.map((e) => [e.key, e.text, e.title])).toEqual([
      ['entered', '5', '5 entered'],
      ['waiting', '0', '0 waiting'],
      ['errors', '1', '1 errors'],
    ]);
    expect(overlay.nodes.get('wait-1')?.entries[1]).toMatchObject({ key: 'waiting', text: '3', muted: false });
    expect(Object.fromEntries([...overlay.edges].map(([id, badge]) => [id, badge.entries[0]?.text]))).toEqual({
      'e-trigger-1-out': '5',
      'e-branch-1-true': '3',
      'e-branch-1-false': '2',
      'e-wait-1-out': '0',
    });
  });

  it('shows a send step’s skipped messages and the reasons of skips and failures', () => {
    const send: StepStats = {
      stepId: 'send-1',
      entered: 6,
      waiting: 0,
      left: { sent: 2, skipped: 3, failed: 1 },
      errors: 1,
      outcomes: [
        { outcome: 'sent', reason: null, count: 2 },
        { outcome: 'skipped', reason: 'no_address', count: 2 },
        { outcome: 'skipped', reason: 'unsubscribed', count: 1 },
        { outcome: 'failed', reason: 'template_error', count: 1 },
      ],
    };
    const overlay = countOverlay([send], ['send-1'], [], words, 'en');
    expect(overlay.nodes.get('send-1')?.entries.map((e) => [e.key, e.text, e.title])).toEqual([
      ['entered', '6', '6 entered'],
      ['waiting', '0', '0 waiting'],
      ['skipped', '3', '3 skipped: 2 (no_address), 1 (unsubscribed)'],
      ['errors', '1', '1 errors: 1 (template_error)'],
    ]);
  });

  it('adds the sends the quiet hours deferred, with the reason, only where there were some', () => {
    const send: StepStats = {
      stepId: 'send-1',
      entered: 4,
      waiting: 0,
      left: { sent: 4 },
      errors: 0,
      outcomes: [
        { outcome: 'sent', reason: null, count: 4 },
        { outcome: 'deferred', reason: 'quiet_hours', count: 3 },
      ],
    };
    const overlay = countOverlay([send], ['send-1'], [], words, 'en');
    expect(overlay.nodes.get('send-1')?.entries.map((e) => [e.key, e.text, e.title])).toEqual([
      ['entered', '4', '4 entered'],
      ['waiting', '0', '0 waiting'],
      ['skipped', '0', '0 skipped'],
      ['deferred', '3', '3 deferred: 3 (quiet_hours)'],
      ['errors', '0', '0 errors'],
    ]);
  });

  it('gives no badge to a step the counted version lacks (added to the draft since), nor to its edges', () => {
    const overlay = countOverlay(
      stats,
      ['send-9'],
      [{ id: 'e-send-9-sent', source: 'send-9', sourceHandle: 'sent' }],
      words,
      'en',
    );
    expect(overlay.nodes.size).toBe(0);
    expect(overlay.edges.size).toBe(0);
  });

  it('mutes zeros', () => {
    const overlay = countOverlay(stats, ['wait-1'], [], words, 'en');
    expect(overlay.nodes.get('wait-1')?.entries.map((e) => e.muted)).toEqual([false, false, true]);
  });
});

describe('formatCount', () => {
  it('keeps big numbers short, in the UI language', () => {
    expect(formatCount(999, 'en')).toBe('999');
    expect(formatCount(1234, 'en')).toBe('1.2K');
    expect(formatCount(12_000, 'zh-TW')).toBe('1.2萬');
  });
});

describe('rangeBounds', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');
  it('starts a bounded range that long before now and leaves all time open', () => {
    expect(rangeBounds('24h', now)).toEqual({ from: '2026-03-09T12:00:00.000Z' });
    expect(rangeBounds('7d', now)).toEqual({ from: '2026-03-03T12:00:00.000Z' });
    expect(rangeBounds('30d', now)).toEqual({ from: '2026-02-08T12:00:00.000Z' });
    expect(rangeBounds('all', now)).toEqual({});
  });
});
