// The LINE welcome template is entered by what the product itself stores: a LINE `follow` delivered
// to Wayfarer's own webhook enrols the new friend in the published journey (no custom tracking).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually';
import { deliverLineWebhook, lineFollow } from '../../support/line-webhook';
import { apiClient, createWorkspaceWithKey, startStack, type ApiClient, type Stack } from '../../support/stack';

const channelSecret = 'line-channel-secret-welcome';

describe('the LINE welcome template, entered through the LINE webhook', () => {
  let stack: Stack;
  let api: ApiClient;
  let workspaceId: string;

  beforeAll(async () => {
    stack = await startStack('line_welcome');
    const created = await createWorkspaceWithKey(stack, 'Welcome');
    workspaceId = created.workspaceId;
    api = apiClient(stack, created.key);
    const config = { channelId: '1657000042', channelSecret, channelAccessToken: 'line-token-welcome' };
    await api.channels.save.mutate({ channel: 'line', config });
  }, 120_000);
  afterAll(async () => stack?.close());

  it('enrols a customer who adds the official account as a friend', async () => {
    const journey = await api.journeys.createFromTemplate.mutate({
      templateId: 'line-welcome-series',
      name: 'Welcome',
    });
    await api.journeys.publish.mutate({ journeyId: journey.id });

    const status = await deliverLineWebhook(stack, workspaceId, channelSecret, [
      lineFollow('Unewfriend01', 'welcome-follow-1'),
    ]);
    expect(status).toBe(200);

    const enrollment = await eventually(() =>
      stack.database.db
        .selectFrom('enrollments')
        .innerJoin('customerIdentities', 'customerIdentities.customerId', 'enrollments.customerId')
        .select(['enrollments.entryStepId', 'customerIdentities.value'])
        .where('enrollments.journeyId', '=', journey.id)
        .where('customerIdentities.kind', '=', 'line')
        .executeTakeFirst(),
    );
    expect(enrollment).toEqual({ entryStepId: 'followed', value: 'Unewfriend01' });
  });
});
