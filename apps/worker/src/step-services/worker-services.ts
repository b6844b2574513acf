import type { OutboundPolicy, SecretBox } from '@wayfarer/channels';
import type { Db } from '@wayfarer/db';
import { cacheProvider, httpProvider, secretsProvider } from '@wayfarer/node-services';
import { createHostServices, type RuntimeRegistry, type ServiceRegistry } from '@wayfarer/nodes/runtime';
import { experimentsProvider } from '../experiments/experiment-services';
import type { SendServices } from '@wayfarer/delivery';
import { eventsProvider } from './events.provider';
import { leaderboardProvider } from './leaderboard.provider';
import { loyaltyProvider } from './loyalty.provider';
import { messagesProvider } from './messages.provider';
import { profileProvider } from './profile.provider';
import { referralProvider } from './referral.provider';
import { richMenusProvider } from './rich-menus.provider';
import { stepOutputsProvider } from './step-outputs.provider';
import type { WorkerStepHost } from './worker-host';

export interface WorkerServiceDeps {
  /** The worker's pool: reads outside a step's transaction (secrets, outputs in the call phase). */
  db: Db;
  /** Delivery on real channels; without it only the outbox works. */
  send?: SendServices;
  /** Opens workspace secrets (WAYFARER_SECRET_KEY). */
  secretBox?: SecretBox;
  /** Which addresses node HTTP calls may reach (WAYFARER_OUTBOUND_ALLOW's policy). */
  outbound: OutboundPolicy;
  /** Wayfarer's public address, which share links point at (WAYFARER_PUBLIC_URL). */
  publicUrl: string;
}

/** The worker's services: Postgres-backed built-ins, HTTP, secrets, a cache, and the packages' own. */
export function createWorkerServices(
  runtimes: RuntimeRegistry,
  deps: WorkerServiceDeps,
): ServiceRegistry<WorkerStepHost> {
  return createHostServices<WorkerStepHost>(runtimes, [
    profileProvider,
    messagesProvider(deps.send),
    richMenusProvider(deps.send),
    stepOutputsProvider(deps.db),
    eventsProvider,
    referralProvider(deps.publicUrl),
    loyaltyProvider,
    leaderboardProvider(deps.db),
    experimentsProvider,
    httpProvider({ policy: deps.outbound }),
    secretsProvider({ db: deps.db, box: deps.secretBox }),
    cacheProvider(),
  ]);
}
