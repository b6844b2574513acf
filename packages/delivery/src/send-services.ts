import type { DeliveryOutcome, DeliveryRequest } from '@wayfarer/nodes/runtime';
import { createDelivery, type DeliveryDeps, type DeliveryScope } from './deliver';

/** Binds real-channel delivery to one step visit (the `messages` service delivers through it). */
export type SendServices = (scope: DeliveryScope) => {
  deliverMessage(request: DeliveryRequest): Promise<DeliveryOutcome>;
};

/** Creates the worker's send services from its database, adapter resolver and unsubscribe key. */
export function createSendServices(deps: DeliveryDeps): SendServices {
  const deliver = createDelivery(deps);
  return (scope) => ({ deliverMessage: (request) => deliver(scope, request, request.now) });
}
