// The preview's stand-in for a real customer. The worker builds template variables in
// `templateScope` (@wayfarer/nodes/runtime, a Node-only entry); `previewScope` reproduces its
// shape — attributes spread into `customer`, then id, tags, points, timezone, locale — so a
// template that previews well renders the same for real customers.

export interface SampleCustomer {
  id: string;
  attributes: Readonly<Record<string, unknown>>;
  tags: readonly string[];
  points: number;
  timezone: string;
  locale: string;
  event: { name: string; properties: Readonly<Record<string, unknown>> };
}

/** The sample's display name: its `name` attribute when that is text. */
export function sampleName(sample: SampleCustomer): string {
  const { name } = sample.attributes;
  return typeof name === 'string' && name !== '' ? name : sample.id;
}

/** Mei, a VIP in Taipei who just bought tea: the sample every template preview starts with. */
export const defaultSampleCustomer: SampleCustomer = {
  id: 'cus_mei',
  attributes: { name: 'Mei', tier: 'VIP', city: 'Taipei', birthday: '1990-05-20' },
  tags: ['vip', 'tea-lover'],
  points: 1280,
  timezone: 'Asia/Taipei',
  locale: 'zh-TW',
  event: { name: 'purchase', properties: { product: 'Oolong tea', amount: 680, order_id: 'A1001' } },
};

/**
 * The sample's standing on this month's points leaderboard (the shape of LeaderboardStanding in
 * @wayfarer/nodes): second, behind a made-up Ann, so `rank` and a two-row `top` both preview.
 */
function sampleLeaderboard(sample: SampleCustomer, now: Date) {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    rank: 2,
    points: sample.points,
    top: [
      { rank: 1, name: 'Ann', id: 'cus_ann', points: sample.points + 320 },
      { rank: 2, name: sampleName(sample), id: sample.id, points: sample.points },
    ],
  };
}

/**
 * The variables a template sees for this sample: `customer`, `event`, `now` (as the worker builds
 * them) and `leaderboard` (which the worker loads only for templates that mention it).
 */
export function previewScope(sample: SampleCustomer, now: Date): Record<string, unknown> {
  return {
    customer: {
      ...sample.attributes,
      id: sample.id,
      tags: sample.tags,
      points: sample.points,
      timezone: sample.timezone,
      locale: sample.locale,
      attributes: sample.attributes,
    },
    event: { name: sample.event.name, ...sample.event.properties },
    now: now.toISOString(),
    leaderboard: sampleLeaderboard(sample, now),
  };
}
