import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AnyNodeTypeSpec } from '@wayfarer/nodes';
import { defaultConfigFor } from './default-config';
import { joinPath } from './errors/field-errors';
import { allSpecs, specOf } from './test-support';

/**
 * What each shipped node type starts as. `valid` configs publish as dropped; the others are
 * deliberately incomplete, missing exactly what only a human can decide (the paths listed).
 */
const expected: Readonly<Record<string, { config: unknown; needs: readonly string[] }>> = {
  'core.trigger.event': { config: { event: '', where: [] }, needs: ['event'] },
  'core.trigger.api': { config: {}, needs: [] },
  'core.trigger.tag': { config: { tag: '' }, needs: ['tag'] },
  'core.trigger.segment': { config: { segmentId: '' }, needs: ['segmentId'] },
  'core.trigger.broadcast': { config: { segmentId: '' }, needs: ['segmentId'] },
  'core.trigger.date': { config: { attribute: '', offsetDays: 0, at: '09:00' }, needs: ['attribute'] },
  'core.trigger.line-keyword': { config: { keywords: [], match: 'exact' }, needs: ['keywords'] },
  // Which tag to add, remove or which attribute to set is the whole point of the node.
  'core.tag': { config: { add: [], remove: [], setAttributes: {} }, needs: ['add'] },
  'core.wait': { config: { mode: 'duration', duration: { amount: 1, unit: 'days' } }, needs: [] },
  'core.branch': {
    config: { match: 'all', conditions: [{ subject: 'tag', op: 'has', tag: '' }] },
    needs: ['conditions.0.tag'],
  },
  'core.split': { config: { paths: [{ percent: 50 }, { percent: 50 }] }, needs: [] },
  'core.experiment': {
    config: {
      variants: [{ percent: 50 }, { percent: 50 }],
      metric: { kind: 'goal' },
      autoWinner: { enabled: true, minimumPerVariant: 500 },
    },
    needs: [],
  },
  'core.send': { config: { name: '', body: '' }, needs: ['channel', 'name', 'body'] },
  'core.reward.points': { config: { points: 1, reason: 'journey reward' }, needs: [] },
  'core.points.deduct': { config: { points: 1, reason: 'journey redemption' }, needs: [] },
  // Which pool, badge or lottery is the marketer's choice.
  'core.coupon.issue': { config: { poolId: '' }, needs: ['poolId'] },
  'core.line.rich-menu': { config: { richMenuId: '' }, needs: ['richMenuId'] },
  'core.badge.award': { config: { badgeKey: '' }, needs: ['badgeKey'] },
  'core.share-link': { config: { landingUrl: '', shareText: '' }, needs: ['landingUrl'] },
  'core.tier.evaluate': { config: {}, needs: [] },
  'core.streak.check-in': { config: { streakKey: 'daily', milestones: [3, 7, 14, 30] }, needs: [] },
  'core.lottery.draw': { config: { lotteryId: '', prizes: [] }, needs: ['lotteryId'] },
  'core.end': { config: {}, needs: [] },
  'example.stamp-card': { config: { card: '', size: 10 }, needs: ['card'] },
};

const missing = (spec: AnyNodeTypeSpec, config: unknown) => {
  const result = (spec.config as z.ZodType).safeParse(config);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => joinPath(issue.path)))];
};

describe('defaultConfigFor', () => {
  it('covers every shipped node type in this table', () => {
    expect(Object.keys(expected).sort()).toEqual(allSpecs.map((spec) => spec.type).sort());
  });

  for (const spec of allSpecs) {
    const { config, needs } = expected[spec.type] ?? { config: undefined, needs: [] };
    it(`${spec.type}: ${needs.length === 0 ? 'valid as dropped' : `incomplete only at ${needs.join(', ')}`}`, () => {
      const value = defaultConfigFor(spec);
      expect(value).toEqual(config);
      expect(missing(spec, value)).toEqual(needs);
    });
  }

  it('gives a split of three paths shares that still add up to 100', () => {
    const spec = {
      ...specOf('core.split'),
      config: z.object({ paths: z.array(z.object({ percent: z.number().min(0).max(100) })).min(3) }),
    };
    expect(defaultConfigFor(spec)).toEqual({ paths: [{ percent: 34 }, { percent: 33 }, { percent: 33 }] });
  });

  it('uses schema defaults, minimums, first enum options and leaves optional fields out', () => {
    const spec = {
      ...specOf('core.end'),
      config: z.object({
        retries: z.number().int().min(3),
        level: z.enum(['low', 'high']),
        note: z.string().optional(),
        flags: z.object({ on: z.boolean() }),
        size: z.number().default(7),
        at: z.string().regex(/^\d\d:\d\d$/),
      }),
    };
    expect(defaultConfigFor(spec)).toEqual({ retries: 3, level: 'low', flags: { on: false }, size: 7, at: '09:00' });
  });

  it('returns a fresh object each time (defaults are not shared between nodes)', () => {
    const spec = specOf('core.split');
    expect(defaultConfigFor(spec)).not.toBe(defaultConfigFor(spec));
    const tag = specOf('core.tag');
    const first = defaultConfigFor(tag) as { add: string[] };
    first.add.push('mutated');
    expect(defaultConfigFor(tag)).toEqual(expected['core.tag']?.config);
  });
});
