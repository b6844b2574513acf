// The services a test run gives node runtimes, through the same registry as the worker's: the
// built-ins in memory (memory-services.ts, memory-loyalty.ts), reads of stored settings, HTTP for
// reads only (GET and HEAD: a lookup works, nothing is written elsewhere), the workspace's secrets
// and a cache; the node packages' own services build on these.
import type { OutboundPolicy, SecretBox } from '@wayfarer/channels';
import type { Db } from '@wayfarer/db';
import { cacheProvider, httpProvider, secretsProvider } from '@wayfarer/node-services';
import { createHostServices, type RuntimeRegistry, type ServiceRegistry } from '@wayfarer/nodes/runtime';
import { memoryExperimentsProvider } from './memory-experiments';
import { memoryLeaderboardProvider, memoryLoyaltyProvider } from './memory-loyalty';
import {
  memoryEventsProvider,
  memoryMessagesProvider,
  memoryProfileProvider,
  memoryReferralProvider,
  memoryRichMenusProvider,
  memoryStepOutputsProvider,
  type SimulationHost,
} from './memory-services';

export interface SimulationServiceDeps {
  db: Db;
  /** Opens workspace secrets (WAYFARER_SECRET_KEY); without it stored secrets cannot be read. */
  secretBox?: SecretBox;
  /** Which addresses lookups may reach (WAYFARER_OUTBOUND_ALLOW's policy). */
  outbound: OutboundPolicy;
}

export function createSimulationServices(
  runtimes: RuntimeRegistry,
  deps: SimulationServiceDeps,
): ServiceRegistry<SimulationHost> {
  return createHostServices<SimulationHost>(runtimes, [
    memoryProfileProvider,
    memoryMessagesProvider(deps.db),
    memoryRichMenusProvider,
    memoryStepOutputsProvider,
    memoryEventsProvider,
    memoryReferralProvider,
    memoryLoyaltyProvider(deps.db),
    memoryLeaderboardProvider(deps.db),
    memoryExperimentsProvider(deps.db),
    httpProvider({ policy: deps.outbound, methods: ['GET', 'HEAD'] }),
    secretsProvider({ db: deps.db, box: deps.secretBox }),
    cacheProvider(),
  ]);
}
