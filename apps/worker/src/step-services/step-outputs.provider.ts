import { loadStepOutputs, type Db } from '@wayfarer/db';
import { provideService, stepOutputsService, type ServiceProvider } from '@wayfarer/nodes/runtime';
import type { WorkerStepHost } from './worker-host';

/** `stepOutputs`: read on the step's transaction when there is one, else on the pool. */
export function stepOutputsProvider(db: Db): ServiceProvider<WorkerStepHost> {
  return provideService(stepOutputsService, ({ step }, host: WorkerStepHost) => ({
    read: () => loadStepOutputs(host.trx ?? db, step.enrollmentId),
  }));
}
