import { describe, expect, it } from 'vitest';
import type { LeaderboardStanding } from '../builtins/loyalty/loyalty-services';
import { sendRuntime } from './send.runtime';
import { leaderboardScope, renderTemplate } from './template';
import { fakeContext } from './test-context';

const standing: LeaderboardStanding = {
  from: '2024-03-01T00:00:00.000Z',
  to: '2024-04-01T00:00:00.000Z',
  rank: 2,
  points: 250,
  top: [
    { rank: 1, name: 'Ann', id: 'ann', points: 300 },
    { rank: 2, name: 'Amy', id: 'amy-42', points: 250 },
  ],
};

/** A context whose leaderboard service answers `standing`, counting the loads. */
function withLeaderboard() {
  const fake = fakeContext();
  const loads = { count: 0 };
  fake.context.services.leaderboard = {
    standing: () => {
      loads.count += 1;
      return Promise.resolve(standing);
    },
  };
  return { ...fake, loads };
}

describe('the leaderboard in templates', () => {
  it('renders the rank and the top rows', async () => {
    const { context } = withLeaderboard();
    const template =
      '#{{ leaderboard.rank }} ({{ leaderboard.points }}): {% for row in leaderboard.top %}{{ row.name }}={{ row.points }} {% endfor %}';
    await expect(renderTemplate(template, context, context.services.leaderboard)).resolves.toBe(
      '#2 (250): Ann=300 Amy=250 ',
    );
  });

  it('is not loaded for a template that does not mention it', async () => {
    const { context, loads } = withLeaderboard();
    await expect(leaderboardScope(context.services.leaderboard, 'Hi {{ customer.name }}')).resolves.toEqual({});
    await renderTemplate('Hi {{ customer.name }}', context, context.services.leaderboard);
    expect(loads.count).toBe(0);
    await leaderboardScope(context.services.leaderboard, 'You are #{{ leaderboard.rank }}');
    expect(loads.count).toBe(1);
  });

  it('is loaded by a send only when its wording uses it', async () => {
    const { context, effects, loads } = withLeaderboard();
    const config = sendRuntime.spec.config.parse({ channel: 'outbox', name: 'plain', body: 'Hi {{ customer.name }}' });
    await sendRuntime.execute(config, context);
    expect(loads.count).toBe(0);
    const ranked = sendRuntime.spec.config.parse({
      channel: 'outbox',
      name: 'rank',
      body: 'You are #{{ leaderboard.rank }}',
    });
    await sendRuntime.execute(ranked, context);
    expect(loads.count).toBe(1);
    expect(effects.messages.map((message) => message.body)).toEqual(['Hi Amy', 'You are #2']);
  });
});
