import { defaultOutboundPolicy, type OutboundPolicy, type SecretBox } from '@wayfarer/channels';
import type { NodeRegistry } from '@wayfarer/nodes';
import { createVersionCache } from '@wayfarer/db';
import { journeyIRSchema } from '@wayfarer/journey';
import type { RoutingDeps } from '@wayfarer/routing';
import { routingMetrics } from '@wayfarer/telemetry';
import { cachedApiKeys, type ApiKeyCache } from './auth/api-key-cache';
import type { ServerDeps } from './server-deps';
import { lazySimulator, type LazySimulator } from './simulation/lazy-simulator';

/** What request handlers use: the dependencies plus per-process caches. */
export interface Services extends RoutingDeps {
  registry: NodeRegistry;
  secretBox?: SecretBox;
  /** Where the server is reached from outside, when configured (WAYFARER_PUBLIC_URL). */
  publicUrl?: string;
  /** Which addresses a channel's endpoint may name; checked when a channel is saved. */
  outbound: OutboundPolicy;
  /** The journey simulator (issue 7), started on first use and closed with the server. */
  simulation: LazySimulator;
  /** The ingest API's API-key lookups; told when a key is revoked so this process refuses it at once. */
  ingestKeys: ApiKeyCache;
}

export function createServices(deps: ServerDeps): Services {
  const outbound = deps.outbound ?? defaultOutboundPolicy();
  return {
    db: deps.db,
    temporal: deps.temporal,
    taskQueue: deps.taskQueue,
    registry: deps.registry,
    nodeTypes: deps.registry,
    ...(deps.secretBox ? { secretBox: deps.secretBox } : {}),
    outbound,
    ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}),
    ingestKeys: cachedApiKeys(deps.db),
    loadVersion: createVersionCache(deps.db, (ir) => journeyIRSchema.parse(ir)),
    ...(deps.metrics === undefined ? {} : { observe: routingMetrics(deps.metrics) }),
    simulation: lazySimulator(deps.db, {
      ...deps.simulation,
      outbound,
      ...(deps.secretBox ? { secretBox: deps.secretBox } : {}),
    }),
  };
}
