// Shared set-up of the date-trigger tests: journeys with a date trigger, customers with a time zone
// and a birthday, and a sweep run over an explicit window (no waiting for the schedule).
import type { Client } from '@temporalio/client';
import { createWorkspace, upsertCustomer, type Db, type Enrollment } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import {
  DATE_TRIGGER_SWEEP_WORKFLOW,
  type DateTriggerSweepSummary,
  type DateTriggerSweepWorkflow,
} from '@wayfarer/workflows';
import { publishGraph } from '../../support/publish-graph';

const registry = createNodeRegistry(builtinNodeTypes);

/** date trigger → end, with the given trigger config and journey settings. */
export function dateJourneyGraph(
  trigger: { attribute: string; offsetDays?: number; at?: string },
  settings: JourneyGraphInput['settings'] = { reentry: 'every' },
): JourneyGraphInput {
  return {
    nodes: [
      { id: 'date', type: 'core.trigger.date', data: { config: trigger } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [{ id: 'e1', source: 'date', sourceHandle: 'out', target: 'end' }],
    settings,
  };
}

export interface DateFixture {
  workspaceId: string;
  /** Publishes a journey straight through the repositories (no schedule is made). */
  publish(name: string, graph: JourneyGraphInput): Promise<string>;
  customer(externalId: string, timezone: string, traits?: Record<string, unknown>): Promise<string>;
  /** Runs one sweep of the journey over `(from, to]` on the worker and returns its summary. */
  sweep(journeyId: string, from: string, to: string, batchSize?: number): Promise<DateTriggerSweepSummary>;
  enrollments(journeyId: string): Promise<Enrollment[]>;
}

let sweeps = 0;

export async function createDateFixture(db: Db, temporal: Client, taskQueue: string): Promise<DateFixture> {
  const workspace = await createWorkspace(db, 'Birthdays');
  return {
    workspaceId: workspace.id,
    async publish(name, graph) {
      return (await publishGraph(db, registry, { workspaceId: workspace.id, name, graph })).journeyId;
    },
    async customer(externalId, timezone, traits = {}) {
      return (await upsertCustomer(db, { workspaceId: workspace.id, externalId, timezone, traits })).id;
    },
    async sweep(journeyId, from, to, batchSize) {
      sweeps += 1;
      return temporal.workflow.execute<DateTriggerSweepWorkflow>(DATE_TRIGGER_SWEEP_WORKFLOW, {
        taskQueue,
        workflowId: `date-sweep-test:${journeyId}:${sweeps}`,
        args: [{ workspaceId: workspace.id, journeyId, window: { from, to }, ...(batchSize ? { batchSize } : {}) }],
      });
    },
    async enrollments(journeyId) {
      return db.selectFrom('enrollments').selectAll().where('journeyId', '=', journeyId).orderBy('enteredAt').execute();
    },
  };
}
