import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import {
  createJourney,
  createWorkspace,
  enrollCustomer,
  publishJourneyVersion,
  upsertCustomer,
  type Db,
} from '@wayfarer/db';
import { compileJourney, type JourneyIR } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';
import { JOURNEY_WORKFLOW, type JourneyWorkflowInput } from '@wayfarer/workflows';
import { SIX_STEPS, sixStepJourney } from './six-step-journey';

export interface EngineBenchSetup {
  db: Db;
  client: Client;
  registry: NodeRegistry;
  taskQueue: string;
  waitSeconds: number;
}

interface PreparedJourney {
  workspaceId: string;
  journeyId: string;
  versionId: string;
  ir: JourneyIR;
}

/** Publishes the six-step journey once; every measured batch enrols fresh customers into it. */
export async function prepareSixStepJourney(setup: EngineBenchSetup): Promise<PreparedJourney> {
  const graph = sixStepJourney(setup.waitSeconds);
  const compiled = compileJourney(graph, setup.registry);
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('\n'));
  const workspace = await createWorkspace(setup.db, `bench-${randomUUID()}`);
  const journey = await createJourney(setup.db, { workspaceId: workspace.id, name: 'bench', draft: graph });
  const version = await publishJourneyVersion(setup.db, {
    workspaceId: workspace.id,
    journeyId: journey.id,
    ir: compiled.value,
    hash: compiled.value.hash,
    graph,
  });
  return { workspaceId: workspace.id, journeyId: journey.id, versionId: version.id, ir: compiled.value };
}

async function enrolCustomers(
  setup: EngineBenchSetup,
  journey: PreparedJourney,
  label: string,
  count: number,
): Promise<{ workflowId: string; input: JourneyWorkflowInput }[]> {
  const entries: { workflowId: string; input: JourneyWorkflowInput }[] = [];
  for (let index = 0; index < count; index++) {
    const customer = await upsertCustomer(setup.db, {
      workspaceId: journey.workspaceId,
      externalId: `${label}-${index}`,
      traits: { name: `Customer ${index}` },
    });
    const workflowId = `bench:${label}:${customer.id}`;
    const { enrollment } = await enrollCustomer(setup.db, {
      workspaceId: journey.workspaceId,
      journeyId: journey.journeyId,
      journeyVersionId: journey.versionId,
      customerId: customer.id,
      workflowId,
      entryStepId: SIX_STEPS.trigger,
      entryEventId: null,
    });
    const input: JourneyWorkflowInput = {
      irVersion: 1,
      workspaceId: journey.workspaceId,
      journeyId: journey.journeyId,
      journeyVersionId: journey.versionId,
      customerId: customer.id,
      enrollmentId: enrollment.id,
      entryStepId: SIX_STEPS.trigger,
      entryEvent: null,
      // As routing starts it: with the version's IR.
      ir: journey.ir,
    };
    entries.push({ workflowId, input });
  }
  return entries;
}

/** A measured batch: workflows per second, and the ids of the workflows it ran. */
export interface MeasuredBatch {
  perSecond: number;
  workflowIds: string[];
}

/** Runs `count` customers through the interpreter or the baseline. */
export async function measureThroughput(
  setup: EngineBenchSetup,
  journey: PreparedJourney,
  workflow: 'engine' | 'baseline',
  count: number,
): Promise<MeasuredBatch> {
  const label = `${workflow}-${randomUUID().slice(0, 8)}`;
  const entries = await enrolCustomers(setup, journey, label, count);
  const started = performance.now();
  const handles = await Promise.all(
    entries.map(({ workflowId, input }) => {
      return workflow === 'engine'
        ? setup.client.workflow.start(JOURNEY_WORKFLOW, { taskQueue: setup.taskQueue, workflowId, args: [input] })
        : setup.client.workflow.start('baselineJourney', {
            taskQueue: setup.taskQueue,
            workflowId,
            args: [{ ...input, waitMs: setup.waitSeconds * 1000 }],
          });
    }),
  );
  await Promise.all(handles.map((handle) => handle.result()));
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: count / seconds, workflowIds: entries.map((entry) => entry.workflowId) };
}
