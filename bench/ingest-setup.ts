// What the ingest benchmark runs against: a workspace with an ingest key and one live journey that a
// `purchase` event enters, whose first step is a long wait, so a started workflow costs one task
// and a timer and the figures are about getting events in and journeys started.
import { randomUUID } from 'node:crypto';
import {
  createApiKey,
  createJourney,
  createWorkspace,
  enrollCustomer,
  publishJourneyVersion,
  upsertCustomer,
  type Db,
} from '@wayfarer/db';
import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';
import type { JourneyEvent, JourneyWorkflowInput } from '@wayfarer/workflows';
import { runPool } from './ingest-load';

export const INGEST_EVENT = 'purchase';
const TRIGGER_STEP = 'trigger';

export interface IngestTarget {
  workspaceId: string;
  journeyId: string;
  versionId: string;
  irVersion: JourneyWorkflowInput['irVersion'];
  /** An ingest-scope API key of the workspace. */
  key: string;
}

function purchaseJourney(): JourneyGraphInput {
  return {
    name: 'Benchmark: purchase, then a day',
    nodes: [
      { id: TRIGGER_STEP, type: 'core.trigger.event', data: { config: { event: INGEST_EVENT } } },
      {
        id: 'wait',
        type: 'core.wait',
        data: { config: { mode: 'duration', duration: { amount: 1, unit: 'days' } } },
      },
      { id: 'end', type: 'core.end' },
    ],
    edges: [
      { id: 'e1', source: TRIGGER_STEP, sourceHandle: 'out', target: 'wait' },
      { id: 'e2', source: 'wait', sourceHandle: 'out', target: 'end' },
    ],
  };
}

/** Creates the workspace, its key and the live journey. */
export async function prepareIngestTarget(db: Db, registry: NodeRegistry): Promise<IngestTarget> {
  const graph = purchaseJourney();
  const compiled = compileJourney(graph, registry);
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('\n'));
  const workspace = await createWorkspace(db, `bench-ingest-${randomUUID()}`);
  const { key } = await createApiKey(db, { workspaceId: workspace.id, name: 'bench', scope: 'ingest' });
  const journey = await createJourney(db, { workspaceId: workspace.id, name: 'bench-ingest', draft: graph });
  const version = await publishJourneyVersion(db, {
    workspaceId: workspace.id,
    journeyId: journey.id,
    ir: compiled.value,
    hash: compiled.value.hash,
    graph,
  });
  return {
    workspaceId: workspace.id,
    journeyId: journey.id,
    versionId: version.id,
    irVersion: compiled.value.irVersion,
    key,
  };
}

/** The body of the `index`-th event of a batch: a purchase by a customer of its own. */
export function purchaseMessage(label: string, index: number): Record<string, unknown> {
  return {
    userId: `${label}-${index}`,
    event: INGEST_EVENT,
    messageId: `${label}-${index}`,
    properties: { orderId: `order-${label}-${index}`, total: 42.5 },
  };
}

/**
 * For the bare contender: customers and enrollment rows as routing would have recorded them, and
 * the workflow inputs it would have started, entry event included, so both start the same thing.
 */
export async function prepareBareStarts(
  db: Db,
  target: IngestTarget,
  label: string,
  count: number,
  concurrency: number,
): Promise<{ workflowId: string; input: JourneyWorkflowInput }[]> {
  const starts = new Array<{ workflowId: string; input: JourneyWorkflowInput }>(count);
  await runPool(count, concurrency, async (index) => {
    const message = purchaseMessage(label, index);
    const customer = await upsertCustomer(db, { workspaceId: target.workspaceId, externalId: `${label}-${index}` });
    const workflowId = `bench-bare:${target.journeyId}:customer:${customer.id}`;
    const { enrollment } = await enrollCustomer(db, {
      workspaceId: target.workspaceId,
      journeyId: target.journeyId,
      journeyVersionId: target.versionId,
      customerId: customer.id,
      workflowId,
      entryStepId: TRIGGER_STEP,
      entryEventId: null,
    });
    const entryEvent: JourneyEvent = {
      id: randomUUID(),
      name: INGEST_EVENT,
      properties: message.properties as Record<string, unknown>,
      timestamp: new Date().toISOString(),
    };
    const input: JourneyWorkflowInput = {
      irVersion: target.irVersion,
      workspaceId: target.workspaceId,
      journeyId: target.journeyId,
      journeyVersionId: target.versionId,
      customerId: customer.id,
      enrollmentId: enrollment.id,
      entryStepId: TRIGGER_STEP,
      entryEvent,
    };
    starts[index] = { workflowId, input };
  });
  return starts;
}
