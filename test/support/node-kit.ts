// Testing a node package on the real product: journeys using its node types run on the production
// journey workflow and activities (Temporal's time-skipping server, so waits pass at once), and its
// runtime writes through the services the worker gives every step, into Postgres. Node packages
// import it as `@wayfarer/test/node-kit`; their tests run in vitest's integration project.
import { randomUUID } from 'node:crypto';
import { composeRuntimeRegistry, type NodePackageModules } from '@wayfarer/config';
import { findCustomerByExternalId, loadCustomerProfile, saveWorkspaceSecret, type CustomerProfile } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import { sealWorkspaceSecret } from '@wayfarer/node-services';
import type { JourneyRunSummary, JourneyWorkflow } from '@wayfarer/workflows';
import { publishGraph } from './publish-graph';
import { createWorkspaceWithKey, ingest, startStack, type Stack } from './stack';
import { stepGraph, STEP_ID, STEP_TRIGGER_EVENT } from './node-kit-graph';

export interface KitCustomer {
  /** The customer's `userId` (default `mei`). */
  userId?: string;
  /** Identify traits: attributes, and `timezone` / `locale`. */
  traits?: Record<string, unknown>;
}

export interface KitEntry {
  customer?: KitCustomer;
  /** The event tracked after the identify: the journey's trigger should match it. */
  event: string;
  properties?: Record<string, unknown>;
  /** Workspace secrets (name → plain value), stored sealed as the product stores them. */
  secrets?: Record<string, string>;
}

/** A step's receipt: the port it chose and the output it left. */
export interface StepReceipt {
  stepId: string;
  port: string;
  output: Record<string, unknown>;
}

export interface JourneyRun extends JourneyRunSummary {
  workspaceId: string;
  /** Receipts of the steps that ran, in order. */
  steps: StepReceipt[];
  /** The customer as the database holds them afterwards (attributes, tags, points, badges…). */
  customer: CustomerProfile;
}

export interface StepRun extends JourneyRun {
  /** The node's port, or undefined when the customer left at the step (see `reason`). */
  port: string | undefined;
  output: Record<string, unknown> | undefined;
}

export interface NodeKit {
  stack: Stack;
  /** Publishes `graph` in a fresh workspace and runs one customer through it to the end. */
  runJourney(graph: JourneyGraphInput, entry: KitEntry): Promise<JourneyRun>;
  /** Runs one step of `type` with `config` (event trigger → the step → an end per port). */
  runStep(type: string, config: unknown, entry?: Omit<KitEntry, 'event'>): Promise<StepRun>;
  close(): Promise<void>;
}

const defaultCustomer = { userId: 'mei', traits: { name: 'Mei', timezone: 'Asia/Taipei', locale: 'zh-TW' } };

/** Starts the product (database, time-skipping Temporal, worker, server) with the package's node types. */
export async function startNodeKit(pkg: NodePackageModules): Promise<NodeKit> {
  const runtimes = composeRuntimeRegistry([pkg]);
  const stack = await startStack(pkg.name.replace(/^@/, ''), { runtimes, timeSkipping: true });

  const runJourney = async (graph: JourneyGraphInput, entry: KitEntry): Promise<JourneyRun> => {
    const { workspaceId, key } = await createWorkspaceWithKey(stack, `kit-${randomUUID()}`);
    const { db } = stack.database;
    for (const [name, value] of Object.entries(entry.secrets ?? {})) {
      const sealedValue = sealWorkspaceSecret(stack.secretBox, workspaceId, name, value);
      await saveWorkspaceSecret(db, { workspaceId, name, sealedValue });
    }
    const published = await publishGraph(db, runtimes.nodes, { workspaceId, name: graph.name ?? 'kit', graph });
    const { userId, traits } = { ...defaultCustomer, ...entry.customer };
    await expectAccepted(ingest(stack, key, '/v1/identify', { userId, traits }));
    const track = { userId, event: entry.event, messageId: randomUUID(), properties: entry.properties ?? {} };
    await expectAccepted(ingest(stack, key, '/v1/track', track));
    const customer = await findCustomerByExternalId(db, workspaceId, userId);
    const enrollment = await db
      .selectFrom('enrollments')
      .select(['id', 'workflowId'])
      .where('journeyId', '=', published.journeyId)
      .where('customerId', '=', customer?.id ?? '')
      .executeTakeFirst();
    if (!customer || !enrollment) throw new Error(`"${entry.event}" did not start the journey for ${userId}.`);
    const summary = await stack.env.client.workflow.getHandle<JourneyWorkflow>(enrollment.workflowId).result();
    const steps = await db
      .selectFrom('stepRuns')
      .select(['stepId', 'port', 'output'])
      .where('enrollmentId', '=', enrollment.id)
      .orderBy('completedAt')
      .execute();
    const profile = await loadCustomerProfile(db, customer.id);
    if (!profile) throw new Error(`Customer ${userId} is gone after the journey.`);
    return { ...summary, workspaceId, steps, customer: profile };
  };

  return {
    stack,
    runJourney,
    runStep: async (type, config, entry = {}) => {
      const spec = runtimes.nodes.get(type);
      if (!spec) throw new Error(`"${type}" is not a node type of ${pkg.name} or a built-in.`);
      const run = await runJourney(stepGraph(spec, config), { ...entry, event: STEP_TRIGGER_EVENT });
      const receipt = run.steps.find((step) => step.stepId === STEP_ID);
      return { ...run, port: receipt?.port, output: receipt?.output };
    },
    close: () => stack.close(),
  };
}

async function expectAccepted(answer: Promise<{ status: number; body: unknown }>): Promise<void> {
  const { status, body } = await answer;
  if (status !== 200) throw new Error(`The ingest API answered ${status}: ${JSON.stringify(body)}`);
}
