// A segment refresh routes each page's entries as one batch (routeEventBatch). When the batch is
// interrupted after its journeys started but before its facts were marked routed, the retried
// activity routes them again: every member still enters the journey exactly once, and the refresh's
// summary counts each entry once.
import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { sql } from 'kysely';
import { createSegment, createVersionCache, createWorkspace, upsertCustomer } from '@wayfarer/db';
import { journeyIRSchema } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import type { RoutingDeps } from '@wayfarer/routing';
import { createSegmentActivities } from '@wayfarer/worker';
import { SEGMENT_REFRESH_WORKFLOW, type SegmentRefreshWorkflow } from '@wayfarer/workflows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';

const MEMBERS = 60;
const PAGE = 25;

describe('segment entries routed in batches (real Postgres + Temporal dev server)', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;

  beforeAll(async () => {
    [env, database] = await Promise.all([createDevServerEnv(), createTestDatabase('segment_batch_routing')]);
  });
  afterAll(async () => {
    await database?.drop();
    await env?.teardown();
  });

  /** Makes the first statement that marks events routed fail (a sequence: its count survives the rollback). */
  async function failFirstRoutedMark(): Promise<void> {
    const name = `fault_${randomUUID().replaceAll('-', '')}`;
    await sql
      .raw(
        `create sequence ${name};
        create function ${name}() returns trigger language plpgsql as $$
        begin
          if old.routed_at is null and new.routed_at is not null and nextval('${name}') = 1 then
            raise exception 'injected fault';
          end if;
          return new;
        end $$;
        create trigger ${name} before update on events for each row execute function ${name}();`,
      )
      .execute(database.db);
  }

  it('enters every member once when the retried activity routes an interrupted batch again', async () => {
    const { db } = database;
    const workspace = await createWorkspace(db, 'Batch routing');
    const customers = [];
    for (let index = 0; index < MEMBERS; index++) {
      customers.push(
        await upsertCustomer(db, { workspaceId: workspace.id, externalId: `m${index}`, traits: { vip: 1 } }),
      );
    }
    const segment = await createSegment(db, workspace.id, {
      name: 'VIP',
      description: '',
      rule: { type: 'attribute', key: 'vip', op: 'gte', value: 1 },
    });
    const { journeyId } = await publishGraph(db, createNodeRegistry(builtinNodeTypes), {
      workspaceId: workspace.id,
      name: 'Welcome VIPs',
      graph: {
        nodes: [
          { id: 'trigger', type: 'core.trigger.segment', data: { config: { segmentId: segment.id } } },
          { id: 'end', type: 'core.end' },
        ],
        edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
        settings: { reentry: 'once' },
      },
    });
    await failFirstRoutedMark();
    // Journeys start on a queue no worker polls: each stays open, so Temporal shows every start.
    const journeyQueue = `journeys-${randomUUID()}`;
    const refreshQueue = `refresh-${randomUUID()}`;
    const deps: RoutingDeps = {
      db,
      temporal: env.client,
      taskQueue: journeyQueue,
      loadVersion: createVersionCache(db, (ir) => journeyIRSchema.parse(ir)),
    };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      namespace: env.namespace ?? 'default',
      taskQueue: refreshQueue,
      workflowBundle: await bundleJourneyWorkflows(),
      activities: createSegmentActivities(deps, { pageSize: PAGE }),
    });
    const workflowId = `refresh-${randomUUID()}`;
    const summary = await worker.runUntil(
      env.client.workflow.execute<SegmentRefreshWorkflow>(SEGMENT_REFRESH_WORKFLOW, {
        taskQueue: refreshQueue,
        workflowId,
        args: [{ workspaceId: workspace.id }],
      }),
    );
    // The redone page's entries count once: their memberships were committed before routing failed.
    expect(summary).toMatchObject({ segments: 1, entered: MEMBERS, left: 0 });
    const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
    const attempts = (history.events ?? []).flatMap((event) => event.activityTaskStartedEventAttributes?.attempt ?? []);
    // The refresh activity failed once at the mark and was retried.
    expect(attempts.at(-1)).toBe(2);

    const enrollments = await db.selectFrom('enrollments').selectAll().where('journeyId', '=', journeyId).execute();
    expect(enrollments.map((enrollment) => enrollment.customerId).sort()).toEqual(
      customers.map((customer) => customer.id).sort(),
    );
    const started = [];
    for await (const execution of env.client.workflow.list({ query: `TaskQueue = '${journeyQueue}'` })) {
      started.push(execution.workflowId);
    }
    expect(started.sort()).toEqual(enrollments.map((enrollment) => enrollment.workflowId).sort());
    const unrouted = await db
      .selectFrom('events')
      .select('id')
      .where('workspaceId', '=', workspace.id)
      .where('routedAt', 'is', null)
      .execute();
    expect(unrouted).toEqual([]);
  });
});
