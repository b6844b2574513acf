// Data retention settings through the API: defaults, saving (audited), a 400 naming the field for
// days below a table's minimum, and the runs the settings page lists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestWorkspace,
  startTestServer,
  trpcClient,
  trpcError,
  type TestServer,
  type TestWorkspace,
} from './support';

describe('retention tRPC API', () => {
  let test: TestServer;
  let workspace: TestWorkspace;
  let api: ReturnType<typeof trpcClient>;

  beforeAll(async () => {
    test = await startTestServer('server_retention');
    workspace = await createTestWorkspace(test);
    api = trpcClient(test, workspace.fullKey);
  });
  afterAll(async () => test?.close());

  it('reads the defaults, saves new days and records the change in the audit log', async () => {
    const shown = await api.retention.get.query();
    expect(shown.settings).toEqual({ eventsDays: 400, stepEventsDays: 400, messagesDays: 400 });
    expect(shown.limits.minDays).toEqual({ eventsDays: 90, stepEventsDays: 30, messagesDays: 90 });
    expect(shown.runs).toEqual([]);

    const settings = { eventsDays: 730, stepEventsDays: 120, messagesDays: 180 };
    expect(await api.retention.save.mutate(settings)).toEqual(settings);
    expect((await api.retention.get.query()).settings).toEqual(settings);
    const entry = await test.database.db
      .selectFrom('auditLog')
      .select(['action', 'entityType'])
      .where('workspaceId', '=', workspace.workspaceId)
      .where('action', '=', 'retention.save')
      .executeTakeFirst();
    expect(entry).toEqual({ action: 'retention.save', entityType: 'retention_settings' });
  });

  it('refuses days below the minimum or not whole with a 400 naming the field', async () => {
    const valid = { eventsDays: 400, stepEventsDays: 400, messagesDays: 400 };
    const tooShort = await trpcError(api.retention.save.mutate({ ...valid, messagesDays: 7 }));
    expect(tooShort.data?.httpStatus).toBe(400);
    expect(tooShort.data?.issues?.map((issue) => issue.path)).toEqual(['messagesDays']);
    const fraction = await trpcError(api.retention.save.mutate({ ...valid, stepEventsDays: 45.5 }));
    expect(fraction.data?.issues?.map((issue) => issue.path)).toEqual(['stepEventsDays']);
    expect(JSON.stringify(fraction)).not.toMatch(/at .*\.ts:\d+/);
    expect((await api.retention.get.query()).settings.messagesDays).not.toBe(7);
  });

  it('shows the longest look-back of the live segments', async () => {
    await test.database.db
      .insertInto('segments')
      .values({
        workspaceId: workspace.workspaceId,
        name: 'lapsed',
        description: '',
        rule: JSON.stringify({
          type: 'and',
          rules: [{ type: 'event', event: 'purchase', where: [], count: { op: 'eq', value: 0 }, withinDays: 540 }],
        }),
        updatedAt: new Date(),
      })
      .execute();
    expect((await api.retention.get.query()).lookBackDays).toBe(540);
  });
});
