import type { DrawLotteryResult } from '@wayfarer/loyalty';
import type { LotteryDrawn } from '@wayfarer/nodes/runtime';

/** A lottery draw as a node runtime sees it: the prize by key and name, and what it gave. */
export function loyaltyDrawn(result: DrawLotteryResult): LotteryDrawn {
  if (result.outcome === 'lose') return { outcome: 'lose', reason: result.reason, duplicate: result.duplicate };
  return {
    outcome: 'win',
    prizeKey: result.prize.key,
    prizeName: result.prize.name,
    reward: result.reward,
    duplicate: result.duplicate,
  };
}
