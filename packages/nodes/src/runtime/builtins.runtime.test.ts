import { describe, expect, it } from 'vitest';
import type { BranchCondition } from '../builtins/branch';
import { branchNode, builtinNodeTypes, grantPointsNode, sendNode, splitNode, tagNode, waitNode } from '../builtins';
import { createNodeRegistry } from '../registry';
import { builtinRuntimes, conditionHolds } from './builtins.runtime';
import { createRuntimeRegistry } from './runtime-registry';
import { event, fakeContext } from './test-context';

const runtimes = createRuntimeRegistry(createNodeRegistry(builtinNodeTypes), builtinRuntimes);

function facet(type: string) {
  const found = runtimes.get(type);
  if (!found) throw new Error(`no runtime for ${type}`);
  return found;
}

describe('conditionHolds', () => {
  const { context } = fakeContext({
    journeyEvents: [event('purchase', { total: 500 }), event('open_email')],
  });
  const holds = (condition: BranchCondition): boolean => conditionHolds(condition, context);

  it('attribute conditions compare customer attributes', () => {
    expect(holds({ subject: 'attribute', path: 'tier', op: 'eq', value: 'gold' })).toBe(true);
    expect(holds({ subject: 'attribute', path: 'tier', op: 'in', value: ['silver', 'bronze'] })).toBe(false);
    expect(holds({ subject: 'attribute', path: 'birthday', op: 'exists' })).toBe(false);
  });

  it('segment conditions check the segments and lists the customer is a member of', () => {
    const member = (segments: readonly string[] | undefined, condition: BranchCondition) =>
      conditionHolds(condition, {
        ...context,
        customer: { ...context.customer, ...(segments === undefined ? {} : { segments }) },
      });
    expect(member(['list-1', 'seg-2'], { subject: 'segment', op: 'member', segmentId: 'list-1' })).toBe(true);
    expect(member(['seg-2'], { subject: 'segment', op: 'member', segmentId: 'list-1' })).toBe(false);
    expect(member(['seg-2'], { subject: 'segment', op: 'not_member', segmentId: 'list-1' })).toBe(true);
    // Where memberships are not loaded (a made-up customer in a test run), nobody is a member.
    expect(member(undefined, { subject: 'segment', op: 'member', segmentId: 'list-1' })).toBe(false);
  });

  it('tag conditions check the customer tags', () => {
    expect(holds({ subject: 'tag', op: 'has', tag: 'vip' })).toBe(true);
    expect(holds({ subject: 'tag', op: 'has', tag: 'churned' })).toBe(false);
    expect(holds({ subject: 'tag', op: 'has_not', tag: 'churned' })).toBe(true);
    expect(holds({ subject: 'tag', op: 'has_not', tag: 'vip' })).toBe(false);
  });

  it('points conditions compare the balance', () => {
    expect(holds({ subject: 'points', op: 'gte', value: 120 })).toBe(true);
    expect(holds({ subject: 'points', op: 'gt', value: 120 })).toBe(false);
    expect(holds({ subject: 'points', op: 'lt', value: 1000 })).toBe(true);
    expect(holds({ subject: 'points', op: 'neq', value: 120 })).toBe(false);
  });

  it('event conditions look at events since the customer entered, with property filters', () => {
    expect(holds({ subject: 'event', op: 'received', event: 'purchase', where: [] })).toBe(true);
    expect(
      holds({
        subject: 'event',
        op: 'received',
        event: 'purchase',
        where: [{ path: 'total', op: 'gte', value: 1000 }],
      }),
    ).toBe(false);
    expect(holds({ subject: 'event', op: 'not_received', event: 'refund', where: [] })).toBe(true);
    expect(holds({ subject: 'event', op: 'not_received', event: 'open_email', where: [] })).toBe(false);
  });
});

describe('built-in runtime facets', () => {
  it('branch follows true when the conditions hold (all / any)', async () => {
    const { context } = fakeContext();
    const vip = { subject: 'tag', op: 'has', tag: 'vip' } as const;
    const rich = { subject: 'points', op: 'gt', value: 10_000 } as const;
    await expect(facet(branchNode.type).execute({ match: 'all', conditions: [vip, rich] }, context)).resolves.toEqual({
      port: 'false',
    });
    await expect(facet(branchNode.type).execute({ match: 'any', conditions: [vip, rich] }, context)).resolves.toEqual({
      port: 'true',
    });
  });

  it('tag adds, removes and sets attributes, skipping empty lists', async () => {
    const { context, effects } = fakeContext();
    await expect(
      facet(tagNode.type).execute({ add: ['new'], remove: [], setAttributes: { tier: 'silver' } }, context),
    ).resolves.toEqual({
      port: 'out',
    });
    expect(effects).toMatchObject({ added: [['new']], removed: [], attributes: [{ tier: 'silver' }] });
  });

  it('send renders the body and subject and reports the message id', async () => {
    const { context, effects } = fakeContext();
    const result = await facet(sendNode.type).execute(
      { channel: 'outbox', name: 'Welcome', subject: 'Hi {{ customer.name }}', body: 'Welcome, {{ customer.name }}!' },
      context,
    );
    expect(result).toEqual({ port: 'sent', output: { messageId: 'msg-1' } });
    expect(effects.messages).toEqual([
      { channel: 'outbox', name: 'Welcome', subject: 'Hi Amy', body: 'Welcome, Amy!' },
    ]);
  });

  it('send leaves the subject out when there is none', async () => {
    const { context, effects } = fakeContext();
    await facet(sendNode.type).execute({ channel: 'outbox', name: 'Ping', body: 'ping' }, context);
    expect(effects.messages[0]).not.toHaveProperty('subject');
  });

  it('grant points grants once and reports the ledger entry', async () => {
    const { context, effects } = fakeContext();
    const result = await facet(grantPointsNode.type).execute({ points: 100, reason: 'first purchase' }, context);
    expect(result).toEqual({ port: 'out', output: { ledgerEntryId: 'ledger-1' } });
    expect(effects.grants).toEqual([{ points: 100, reason: 'first purchase' }]);
  });

  it('wait until a time of day sleeps until that time in the customer time zone', async () => {
    // now is 08:00 in Taipei.
    const { context } = fakeContext();
    await expect(facet(waitNode.type).execute({ mode: 'time_of_day', time: '09:30' }, context)).resolves.toEqual({
      port: 'out',
      sleepMs: 90 * 60_000,
    });
  });

  it('split answers its first path when called directly (the workflow normally chooses)', async () => {
    const { context } = fakeContext();
    await expect(
      facet(splitNode.type).execute({ paths: [{ percent: 50 }, { percent: 50 }] }, context),
    ).resolves.toEqual({ port: 'path_1' });
  });
});
