// Every gallery template, created as the template wizard creates it (its assets made from their
// suggestions) and published, is entered by a fact the product itself produces: the LINE webhook
// for LINE events, the ingest API for tracked events, a segment's own membership change, an
// "Evaluate tier" step for tier changes, the admin "run date trigger now". Never an inserted row.
import { findCustomerByExternalId } from '@wayfarer/db';
import { catalogueEvent } from '@wayfarer/events';
import { compileJourney, type JourneyGraphInput, type JourneyIR } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { journeyTemplates, type JourneyTemplate } from '@wayfarer/templates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually';
import { deliverLineWebhook, lineFollow } from '../../support/line-webhook';
import { apiClient, createWorkspaceWithKey, ingest, startStack, type ApiClient, type Stack } from '../../support/stack';

const channelSecret = 'line-channel-secret-gallery';
const registry = createNodeRegistry(builtinNodeTypes);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

type Trigger = JourneyIR['triggers'][number];
/** Produces the fact that enters the published journey for a new customer; resolves to their id. */
type Producer = (journeyId: string) => Promise<string>;

describe('every gallery template is entered by events the product produces', () => {
  let stack: Stack;
  let api: ApiClient;
  let key: string;
  let workspaceId: string;

  beforeAll(async () => {
    stack = await startStack('gallery_entry');
    ({ workspaceId, key } = await createWorkspaceWithKey(stack, 'Gallery'));
    api = apiClient(stack, key);
    const config = { channelId: '1657000077', channelSecret, channelAccessToken: 'line-token-gallery' };
    await api.channels.save.mutate({ channel: 'line', config });
  });
  afterAll(async () => stack?.close());

  const customerIdOf = async (userId: string) => {
    const customer = await findCustomerByExternalId(stack.database.db, workspaceId, userId);
    if (!customer) throw new Error(`no customer "${userId}"`);
    return customer.id;
  };

  const track = async (userId: string, event: string, properties: object, timestamp?: string) => {
    const answer = await ingest(stack, key, '/v1/track', { userId, event, properties, timestamp });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  };

  /** The customer's properties that satisfy the trigger's filters (only `eq` filters are produced). */
  const matching = (where: { path: string; op: string; value?: unknown }[]) =>
    Object.fromEntries(
      where.map(({ path, op, value }) => {
        if (op !== 'eq') throw new Error(`a "${op}" filter on ${path} is not produced by this test`);
        return [path, value];
      }),
    );

  /** How the product produces each kind of entry fact, for `template` (which names the assets). */
  function producerFor(template: JourneyTemplate, trigger: Trigger): Producer | undefined {
    const userId = `${template.id}-customer`;
    const { match } = trigger;
    if (match.on === 'date') {
      // The admin "run date trigger now" for a customer whose date attribute is today.
      return async (journeyId) => {
        const traits = { [match.attribute]: `--${new Date().toISOString().slice(5, 10)}` };
        expect((await ingest(stack, key, '/v1/identify', { userId, traits })).status).toBe(200);
        await api.journeys.runDateTrigger.mutate({ journeyId, userId });
        return customerIdOf(userId);
      };
    }
    if (match.on !== 'event') return undefined;
    const source = catalogueEvent(match.event)?.source;
    if (source === 'tracked') {
      return async () => {
        await track(userId, match.event, matching(match.where));
        return customerIdOf(userId);
      };
    }
    if (match.event === 'line_followed') {
      return async () => {
        const lineUserId = `U${template.id.replace(/-/g, '')}`;
        expect(await deliverLineWebhook(stack, workspaceId, channelSecret, [lineFollow(lineUserId, template.id)])).toBe(
          200,
        );
        const identity = await eventually(() =>
          stack.database.db
            .selectFrom('customerIdentities')
            .select('customerId')
            .where('kind', '=', 'line')
            .where('value', '=', lineUserId)
            .executeTakeFirst(),
        );
        return identity.customerId;
      };
    }
    if (match.event === 'segment_entered') return () => enterSegment(template, userId);
    if (match.event === 'tier_changed') return () => reachTier(template, matching(match.where).to as string, userId);
    return undefined;
  }

  /** Makes the customer match the segment the template made, through the events its rule counts. */
  async function enterSegment(template: JourneyTemplate, userId: string): Promise<string> {
    const asset = template.assets?.find((candidate) => candidate.kind === 'segment');
    if (asset?.kind !== 'segment') throw new Error(`${template.id}: a segment trigger without a segment asset`);
    const { rule } = asset.suggestion;
    const rules = rule.type === 'all' ? rule.rules : [rule];
    // Each counted event once, older than every window: "bought before, not in the last N days".
    const before = Math.max(0, ...rules.map((part) => (part.type === 'event' ? (part.withinDays ?? 0) : 0))) + 30;
    for (const part of rules) {
      if (part.type !== 'event') throw new Error(`${template.id}: a "${part.type}" segment rule is not produced here`);
      if (part.count.op === 'gte') await track(userId, part.event, {}, daysAgo(before));
    }
    return customerIdOf(userId);
  }

  /** Runs a journey with the product's own "Evaluate tier" step after granting the tier's points. */
  async function reachTier(template: JourneyTemplate, tierKey: string, userId: string): Promise<string> {
    const asset = template.assets?.find((candidate) => candidate.kind === 'tier' && candidate.ref === tierKey);
    if (asset?.kind !== 'tier') throw new Error(`${template.id}: no tier asset "${tierKey}"`);
    const graph = {
      nodes: [
        { id: 'start', type: 'core.trigger.api', data: { config: {} } },
        { id: 'grant', type: 'core.reward.points', data: { config: { points: asset.suggestion.threshold } } },
        { id: 'evaluate', type: 'core.tier.evaluate', data: { config: {} } },
        { id: 'end', type: 'core.end' },
      ],
      edges: [
        { id: 'e1', source: 'start', sourceHandle: 'out', target: 'grant' },
        { id: 'e2', source: 'grant', sourceHandle: 'out', target: 'evaluate' },
        { id: 'e3', source: 'evaluate', sourceHandle: 'upgraded', target: 'end' },
      ],
    } satisfies JourneyGraphInput;
    const journey = await api.journeys.create.mutate({ name: `Evaluate ${tierKey}`, graph });
    await api.journeys.publish.mutate({ journeyId: journey.id });
    await api.journeys.start.mutate({ journeyId: journey.id, userId });
    return customerIdOf(userId);
  }

  it.each(journeyTemplates.map((template) => [template.id, template] as const))('%s', async (_id, template) => {
    const { assets } = await api.templates.setup.query({ templateId: template.id });
    const journey = await api.journeys.createFromTemplate.mutate({
      templateId: template.id,
      channel: 'line',
      assets: Object.fromEntries(assets.map((asset) => [asset.ref, { create: true as const }])),
    });
    await api.journeys.publish.mutate({ journeyId: journey.id });

    const compiled = compileJourney(journey.draft, registry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
    // The first trigger the product can produce now (a 7-day streak is reached only in 7 days).
    const entries = compiled.value.triggers.flatMap((trigger) => {
      const produce = producerFor(template, trigger);
      return produce === undefined ? [] : [{ trigger, produce }];
    });
    const triggers = compiled.value.triggers.map(({ match }) => JSON.stringify(match)).join(', ');
    expect(entries, `${template.id}: no product-produced fact enters any of its triggers: ${triggers}`).not.toEqual([]);
    const [{ trigger, produce }] = entries as [(typeof entries)[number]];
    const customerId = await produce(journey.id);

    const enrollment = await eventually(() =>
      stack.database.db
        .selectFrom('enrollments')
        .select(['customerId', 'entryStepId'])
        .where('journeyId', '=', journey.id)
        .executeTakeFirst(),
    );
    expect(enrollment).toEqual({ customerId, entryStepId: trigger.stepId });
  });
});
