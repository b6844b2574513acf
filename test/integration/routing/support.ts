// Shared set-up of the routing tests: a database of its own, live journeys published straight
// through the repositories, and routing deps with a clock the test sets (no sleeping).
import type { Client } from '@temporalio/client';
import { createVersionCache, createWorkspace, insertEvent, upsertCustomer, type Enrollment } from '@wayfarer/db';
import { journeyIRSchema, type JourneyGraphInput } from '@wayfarer/journey';
import { builtinNodeTypes, createNodeRegistry } from '@wayfarer/nodes';
import { routeEvent, type RouteResult, type RoutingDeps } from '@wayfarer/server';
import type { TestDatabase } from '../../support/postgres';
import { publishGraph } from '../../support/publish-graph';

const registry = createNodeRegistry(builtinNodeTypes);

/** trigger (on `event`, or on a tag added) → end, with the given journey settings. */
export function journeyGraph(
  trigger: { event: string } | { tag: string },
  settings: JourneyGraphInput['settings'] = {},
): JourneyGraphInput {
  const node =
    'event' in trigger
      ? { id: 'trigger', type: 'core.trigger.event', data: { config: { event: trigger.event, where: [] } } }
      : { id: 'trigger', type: 'core.trigger.tag', data: { config: { tag: trigger.tag } } };
  return {
    nodes: [node, { id: 'end', type: 'core.end' }],
    edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
    settings,
  };
}

export interface RoutingFixture {
  deps: RoutingDeps;
  workspaceId: string;
  /** The routing clock; tests move it forward instead of sleeping. */
  clock: { now: Date };
  publish(name: string, graph: JourneyGraphInput): Promise<string>;
  customer(externalId: string): Promise<string>;
  /** Stores a track event for the customer and routes it at the current clock. */
  track(customerId: string, name: string, messageId: string): Promise<RouteResult & { eventId: string }>;
  enrollments(customerId: string): Promise<Enrollment[]>;
}

/** A workspace of its own on `database`, routing to `temporal` on `taskQueue` (no worker polls it). */
export async function createRoutingFixture(
  database: TestDatabase,
  temporal: Client,
  taskQueue: string,
  start = new Date('2025-06-01T09:00:00Z'),
): Promise<RoutingFixture> {
  const { db } = database;
  const workspace = await createWorkspace(db, 'Routing');
  const clock = { now: start };
  const deps: RoutingDeps = {
    db,
    temporal,
    taskQueue,
    now: () => clock.now,
    loadVersion: createVersionCache(db, (ir) => journeyIRSchema.parse(ir)),
  };
  return {
    deps,
    workspaceId: workspace.id,
    clock,
    async publish(name, graph) {
      return (await publishGraph(db, registry, { workspaceId: workspace.id, name, graph })).journeyId;
    },
    async customer(externalId) {
      return (await upsertCustomer(db, { workspaceId: workspace.id, externalId })).id;
    },
    async track(customerId, name, messageId) {
      const { event } = await insertEvent(db, {
        workspaceId: workspace.id,
        customerId,
        messageId,
        kind: 'track',
        name,
        properties: {},
        timestamp: clock.now,
      });
      return { ...(await routeEvent(deps, event)), eventId: event.id };
    },
    async enrollments(customerId) {
      return db
        .selectFrom('enrollments')
        .selectAll()
        .where('customerId', '=', customerId)
        .orderBy('enteredAt')
        .execute();
    },
  };
}

/** `date` moved forward by whole days. */
export function daysLater(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
