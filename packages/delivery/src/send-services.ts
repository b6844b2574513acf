import type { DeliveryOutcome, DeliveryRequest } from '@wayfarer/nodes/runtime';
import { createDelivery, type DeliveryDeps, type DeliveryScope } from './deliver';
import { createTestSender, type TestSender } from './test-send';

/**
 * Binds real-channel delivery to one step visit (the `messages` service delivers through it), and
 * carries the test sender that uses the same adapters for a marketer's "Send a test to me".
 */
export type SendServices = ((scope: DeliveryScope) => {
  deliverMessage(request: DeliveryRequest): Promise<DeliveryOutcome>;
}) & { sendTest: TestSender };

/** Creates the worker's send services from its database, adapter resolver and unsubscribe key. */
export function createSendServices(deps: DeliveryDeps): SendServices {
  const deliver = createDelivery(deps);
  const bind = (scope: DeliveryScope) => ({
    deliverMessage: (request: DeliveryRequest) => deliver(scope, request, request.now),
  });
  return Object.assign(bind, { sendTest: createTestSender(deps) });
}
