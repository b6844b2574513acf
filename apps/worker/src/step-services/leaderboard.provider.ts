import type { Db } from '@wayfarer/db';
import { customerStanding } from '@wayfarer/loyalty';
import { leaderboardService, provideService, type ServiceProvider } from '@wayfarer/nodes/runtime';
import type { WorkerStepHost } from './worker-host';

/** `leaderboard`: ranks as of the step's clock, so a retried send renders the same standing. */
export function leaderboardProvider(db: Db): ServiceProvider<WorkerStepHost> {
  return provideService(leaderboardService, ({ step }, host: WorkerStepHost) => ({
    standing: () =>
      customerStanding(host.trx ?? db, {
        workspaceId: step.workspaceId,
        customerId: step.customer.id,
        now: step.now,
      }),
  }));
}
