import { describe, expect, it } from 'vitest';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { earlierStepVariables, sampleSteps, stepPath, stepsBefore } from './step-outputs';

const graph = {
  nodes: [
    { id: 'trigger', type: 'core.trigger.event' },
    { id: 'coupon', type: 'core.coupon.issue' },
    { id: 'draw', type: 'core.lottery.draw' },
    { id: 'send', type: 'core.send' },
    { id: 'elsewhere', type: 'core.coupon.issue' },
  ],
  edges: [
    { source: 'trigger', target: 'coupon' },
    { source: 'coupon', target: 'draw' },
    { source: 'draw', target: 'send' },
    { source: 'send', target: 'elsewhere' },
  ],
};
const registry = createNodeRegistry(builtinNodeTypes);
const names = { coupon: 'Spring coupon', draw: 'Lucky draw' };

describe('earlier steps’ values for a message', () => {
  it('walks back from the step, nearest first, never forward', () => {
    expect(stepsBefore(graph, 'send')).toEqual(['draw', 'coupon', 'trigger']);
    expect(stepsBefore(graph, 'trigger')).toEqual([]);
  });

  it('offers each earlier step’s outputs by the step’s name, in the UI language', () => {
    const variables = earlierStepVariables(graph, 'send', registry, names, 'zh-TW');
    expect(variables.map((variable) => [variable.path, variable.label])).toEqual([
      ['steps.draw.prizeName', 'Lucky draw · 獲得的獎品'],
      ['steps.draw.code', 'Lucky draw · 獎品優惠碼'],
      ['steps.draw.points', 'Lucky draw · 獎品點數'],
      ['steps.coupon.code', 'Spring coupon · 優惠碼'],
      ['steps.coupon.expiresAt', 'Spring coupon · 優惠券到期時間'],
    ]);
    expect(sampleSteps(variables)).toEqual({
      draw: { prizeName: '10% off', code: 'LUCKY-XY34ZW', points: 100 },
      coupon: { code: 'SPRING-4F7K', expiresAt: '2026-12-31T15:59:59.000Z' },
    });
  });

  it('quotes a step id Liquid cannot read dotted', () => {
    expect(stepPath('coupon-issue-2', 'code')).toBe('steps.coupon-issue-2.code');
    expect(stepPath('2nd coupon', 'code')).toBe('steps["2nd coupon"].code');
  });
});
