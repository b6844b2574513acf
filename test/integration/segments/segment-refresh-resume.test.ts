import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { sql } from 'kysely';
import { createSegment, createVersionCache, createWorkspace, upsertCustomer } from '@wayfarer/db';
import { journeyIRSchema } from '@wayfarer/journey';
import { refreshSegmentInPages, type RoutingDeps, type SegmentRefreshProgress } from '@wayfarer/routing';
import { createSegmentActivities } from '@wayfarer/worker';
import { SEGMENT_REFRESH_WORKFLOW, type SegmentRefreshWorkflow } from '@wayfarer/workflows';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';

const PAGE = 2;

describe('the segment refresh goes a page of customers at a time and resumes where it stopped', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;

  beforeAll(async () => {
    [env, database] = await Promise.all([createDevServerEnv(), createTestDatabase('segment_resume')]);
  });
  afterAll(async () => {
    await database?.drop();
    await env?.teardown();
  });

  const routingDeps = (taskQueue: string): RoutingDeps => ({
    db: database.db,
    temporal: env.client,
    taskQueue,
    loadVersion: createVersionCache(database.db, (ir) => journeyIRSchema.parse(ir)),
  });

  /** A workspace of `count` customers (ids in order) and a segment every one of them is in. */
  async function population(count: number) {
    const workspace = await createWorkspace(database.db, 'Resume');
    for (let index = 0; index < count; index++) {
      await upsertCustomer(database.db, { workspaceId: workspace.id, externalId: `c${index}`, traits: { score: 1 } });
    }
    const segment = await createSegment(database.db, workspace.id, {
      name: 'Scored',
      description: '',
      rule: { type: 'attribute', key: 'score', op: 'gte', value: 1 },
    });
    const customers = await database.db
      .selectFrom('customers')
      .select('id')
      .where('workspaceId', '=', workspace.id)
      .orderBy('id')
      .execute();
    return { workspaceId: workspace.id, segmentId: segment.id, ids: customers.map((row) => row.id) };
  }

  /** Makes the membership insert of `customerId` fail once (a sequence: its count survives the rollback). */
  async function failOnceFor(customerId: string): Promise<void> {
    const name = `fault_${randomUUID().replaceAll('-', '')}`;
    await sql
      .raw(
        `create sequence ${name};
        create function ${name}() returns trigger language plpgsql as $$
        begin
          if new.customer_id = '${customerId}' and nextval('${name}') = 1 then raise exception 'injected fault'; end if;
          return new;
        end $$;
        create trigger ${name} before insert on segment_memberships for each row execute function ${name}();`,
      )
      .execute(database.db);
  }

  async function enteredFacts(workspaceId: string): Promise<string[]> {
    const rows = await database.db
      .selectFrom('events')
      .select('customerId')
      .where('workspaceId', '=', workspaceId)
      .where('name', '=', 'segment_entered')
      .orderBy('customerId')
      .execute();
    return rows.map((row) => row.customerId);
  }

  it('stops after a failed page and, given its progress, carries on after the last page done', async () => {
    const { workspaceId, segmentId, ids } = await population(7);
    await failOnceFor(ids[4] ?? '');
    const deps = routingDeps(`resume-${randomUUID()}`);
    const pages: SegmentRefreshProgress[] = [];
    await expect(
      refreshSegmentInPages(deps, segmentId, { pageSize: PAGE, onPage: (_page, progress) => pages.push(progress) }),
    ).rejects.toThrow(/injected fault/);
    expect(pages.map((progress) => [progress.after, progress.entered])).toEqual([
      [ids[1], 2],
      [ids[3], 4],
    ]);

    const resumed: MembershipPages = [];
    const done = await refreshSegmentInPages(deps, segmentId, {
      pageSize: PAGE,
      resume: pages.at(-1),
      onPage: (page) => resumed.push(page.entered),
    });
    // Only the customers after the last page done were evaluated again.
    expect(resumed).toEqual([[ids[4], ids[5]].sort(), [ids[6]]]);
    expect(done).toMatchObject({ after: ids[6], entered: 7, left: 0, now: pages[0]?.now });
    expect(await enteredFacts(workspaceId)).toEqual(ids);
  });

  it('counts the entries of a page that committed before the attempt died, when it is redone', async () => {
    const { segmentId } = await population(5);
    const deps = routingDeps(`resume-${randomUUID()}`);
    const reported: SegmentRefreshProgress[] = [];
    // The second page commits (its entries stored, already routed: nothing listens), then the
    // attempt dies before reporting it: the retry resumes after the first page and redoes it.
    const dying = refreshSegmentInPages(deps, segmentId, {
      pageSize: PAGE,
      onPage: (_page, progress) => {
        if (reported.length === 1) throw new Error('worker died');
        reported.push(progress);
      },
    });
    await expect(dying).rejects.toThrow('worker died');
    const done = await refreshSegmentInPages(deps, segmentId, { pageSize: PAGE, resume: reported[0] });
    expect(done).toMatchObject({ entered: 5, left: 0 });
  });

  it('a retried refresh activity resumes from its heartbeat and reports every entry once', async () => {
    const { workspaceId, segmentId, ids } = await population(7);
    await failOnceFor(ids[4] ?? '');
    const taskQueue = `resume-${randomUUID()}`;
    const worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue,
      workflowBundle: await bundleJourneyWorkflows(),
      activities: createSegmentActivities(routingDeps(taskQueue), { pageSize: PAGE }),
    });
    const workflowId = `refresh-${randomUUID()}`;
    const summary = await worker.runUntil(
      env.client.workflow.execute<SegmentRefreshWorkflow>(SEGMENT_REFRESH_WORKFLOW, {
        taskQueue,
        workflowId,
        args: [{ workspaceId }],
      }),
    );
    // A restart from zero would not see the first attempt's entries again: it would report 3.
    expect(summary).toEqual({ segments: 1, entered: 7, left: 0 });
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    // Listing the segments took one attempt; the refresh's started event is its last attempt's.
    const attempts = (history.events ?? []).flatMap((event) => event.activityTaskStartedEventAttributes?.attempt ?? []);
    expect(attempts).toEqual([1, 2]);
    expect(await enteredFacts(workspaceId)).toEqual(ids);
    const members = await database.db
      .selectFrom('segmentMemberships')
      .select('customerId')
      .where('segmentId', '=', segmentId)
      .orderBy('customerId')
      .execute();
    expect(members.map((row) => row.customerId)).toEqual(ids);
  });
});

type MembershipPages = string[][];
