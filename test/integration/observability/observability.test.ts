// Observability of the production processes: the server's and the worker's /metrics move under
// load with the named series (the Temporal SDK's own worker metrics forwarded by the worker), and
// one event's trace runs from the ingest request through the workflow and the step activity to the
// LINE API call, exported over OTLP to a local receiver; the worker logs JSON lines with ids.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadNodeRegistry } from '@wayfarer/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../../support/app-processes';
import { eventually } from '../../support/eventually';
import { createLineWorkspace, type LineWorkspace } from '../../support/line-workspace';
import { startOtlpReceiver, type OtlpReceiver } from '../../support/otlp-receiver';
import { sampleSum, scrape } from '../../support/prometheus';
import { createTestDatabase, type TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';
import { bundleJourneyWorkflows, createDevServerEnv } from '../../support/temporal';
import { sendChain } from '../sending/support';

const EVENTS = 6;

describe('metrics and traces of the server and worker processes', () => {
  let temporal: TestWorkflowEnvironment;
  let database: TestDatabase;
  let otlp: OtlpReceiver;
  let workspace: LineWorkspace;
  let server: AppProcess;
  let worker: AppProcess;
  let userIds: string[];

  beforeAll(async () => {
    let bundle: { codePath: string };
    [temporal, database, otlp, bundle] = await Promise.all([
      createDevServerEnv(),
      createTestDatabase('observability'),
      startOtlpReceiver(),
      bundleJourneyWorkflows({ traced: true }),
    ]);
    workspace = await createLineWorkspace(database.db, 'Observed');
    userIds = (await workspace.addCustomers('observed-', EVENTS)).map((customer) => customer.userId);
    const graph = sendChain([
      { id: 'hello', config: { channel: 'line', name: 'Hello', body: 'Hi {{ customer.name }}' } },
    ]);
    await publishGraph(database.db, await loadNodeRegistry(), {
      workspaceId: workspace.workspaceId,
      name: 'Hello',
      graph,
    });
    const env = {
      DATABASE_URL: database.url,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_TASK_QUEUE: `observed-${Date.now()}`,
      WORKFLOW_BUNDLE_PATH: bundle.codePath,
      WAYFARER_SECRET_KEY: workspace.secretKey,
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
      LOG_LEVEL: 'debug',
      // The local LINE API listens on loopback, which the outbound policy refuses unless allowed.
      WAYFARER_OUTBOUND_ALLOW: '127.0.0.1',
    };
    [worker, server] = await Promise.all([startAppProcess('worker', env), startAppProcess('server', env)]);
  });

  afterAll(async () => {
    await Promise.all([server?.stop(), worker?.stop()]);
    await Promise.all([otlp?.close(), workspace?.close()]);
    await temporal?.teardown();
    await database?.drop();
  });

  const track = (userId: string) =>
    fetch(`${server.url}/v1/track`, {
      method: 'POST',
      headers: { authorization: `Bearer ${workspace.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId, event: 'joined', messageId: `joined-${userId}` }),
    });

  it('exposes the named series on both /metrics, and they move under load', async () => {
    const serverBefore = await scrape(`${server.url}/metrics`);
    const workerBefore = await scrape(worker.url ?? '');
    expect(sampleSum(serverBefore, 'wayfarer_ingest_requests_total', { route: '/v1/track' })).toBeUndefined();
    expect(sampleSum(workerBefore, 'wayfarer_sends_total')).toBeUndefined();

    for (const userId of userIds) expect((await track(userId)).status).toBe(200);
    await eventually(async () => (workspace.pushTimes.length >= EVENTS ? true : undefined));

    const serverAfter = await scrape(`${server.url}/metrics`);
    expect(sampleSum(serverAfter, 'wayfarer_ingest_requests_total', { route: '/v1/track', status: '200' })).toBe(
      EVENTS,
    );
    expect(sampleSum(serverAfter, 'wayfarer_ingest_request_duration_seconds_count', { route: '/v1/track' })).toBe(
      EVENTS,
    );
    expect(sampleSum(serverAfter, 'wayfarer_routing_entries_total', { outcome: 'started' })).toBe(EVENTS);
    expect(sampleSum(serverAfter, 'wayfarer_db_pool_connections', { pool: 'server', state: 'total' })).toBeGreaterThan(
      0,
    );

    const workerAfter = await eventually(async () => {
      const text = await scrape(worker.url ?? '');
      const steps = sampleSum(text, 'wayfarer_step_runs_total', { node_type: 'core.send', outcome: 'sent' });
      return steps === EVENTS ? text : undefined;
    });
    expect(sampleSum(workerAfter, 'wayfarer_sends_total', { channel: 'line', status: 'sent' })).toBe(EVENTS);
    expect(
      sampleSum(workerAfter, 'wayfarer_step_duration_seconds_count', { node_type: 'core.send', outcome: 'sent' }),
    ).toBe(EVENTS);
    expect(sampleSum(workerAfter, 'wayfarer_db_pool_connections', { pool: 'worker', state: 'max' })).toBe(10);
    // The Temporal SDK's own worker metrics, forwarded from its exporter.
    const workflowTasks = (text: string) =>
      sampleSum(text, 'temporal_workflow_task_execution_latency_count') ??
      sampleSum(text, 'temporal_workflow_task_execution_latency_seconds_count');
    expect(workflowTasks(workerAfter)).toBeGreaterThanOrEqual(EVENTS);
    expect(workflowTasks(workerAfter)).toBeGreaterThan(workflowTasks(workerBefore) ?? 0);
  });

  it('logs JSON lines in the worker, a step run with its workflow and step ids', async () => {
    const jsonLines = () =>
      worker
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    // The worker's stdout reaches this process through a pipe, later than the metrics scrape above.
    const stepRan = await eventually(async () => jsonLines().find((line) => line.msg === 'step ran'));
    expect(jsonLines().find((line) => line.msg === 'worker running')).toMatchObject({ service: 'wayfarer-worker' });
    expect(stepRan).toMatchObject({ stepId: 'hello', outcome: 'sent', activityType: 'runStep' });
    expect(String(stepRan.workflowId)).toMatch(/^journey:/);
  });

  it('follows one event from the ingest request through the workflow and activity to the LINE call', async () => {
    const [traced] = await workspace.addCustomers('traced-', 1);
    expect((await track(traced?.userId ?? '')).status).toBe(200);
    // Workflow spans are exported when the workflow's task completes: wait for a whole trace.
    const wanted = ['ingest /v1/track', 'RunWorkflow:journey', 'RunActivity:runStep', 'send line'];
    const trace = await eventually(async () => {
      const traceIds = new Set(otlp.spans.map((span) => span.traceId));
      const traces = [...traceIds].map((id) => otlp.spans.filter((span) => span.traceId === id));
      return traces.find((spans) => wanted.every((name) => spans.some((span) => span.name === name)));
    });
    const named = (name: string) => trace.find((span) => span.name === name);
    const ingest = named('ingest /v1/track');
    const workflow = named('RunWorkflow:journey');
    const activity = named('RunActivity:runStep');
    const lineCall = named('send line');
    expect(ingest?.service).toBe('wayfarer-server');
    expect(workflow?.service).toBe('wayfarer-worker');
    expect(lineCall?.parentSpanId).toBe(activity?.spanId);
    // Every span of the trace hangs from the ingest request.
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const rootOf = (span: (typeof trace)[number]): string => {
      const parent = span.parentSpanId === undefined ? undefined : byId.get(span.parentSpanId);
      return parent === undefined ? span.spanId : rootOf(parent);
    };
    expect(new Set(trace.map(rootOf))).toEqual(new Set([ingest?.spanId]));
  });
});
