import type { DeliveryOutcome, DeliveryRequest } from '@wayfarer/nodes/runtime';
import { createDelivery, type DeliveryDeps, type DeliveryScope } from './deliver';
import { createMulticast, type Multicast } from './multicast';
import { createTestSender, type TestSender } from './test-send';
import { applyRichMenuRule, switchCustomerRichMenu, type SwitchRequest } from './rich-menus';
import { applyRichMenuRuleToPage, type RolloutPage } from './rich-menu-rollout';
import type { RichMenuSwitch } from '@wayfarer/nodes/runtime';

/**
 * Binds real-channel delivery to one step visit (the `messages` service delivers through it), and
 * carries the test sender that uses the same adapters for a marketer's "Send a test to me", and a
 * broadcast's bulk first send (multicast.ts).
 */
export type SendServices = ((scope: DeliveryScope) => {
  deliverMessage(request: DeliveryRequest): Promise<DeliveryOutcome>;
}) & { sendTest: TestSender; richMenus: RichMenuActions; multicast: Multicast };

/** LINE rich menus of customers, on the same credentials and outbound policy as sends. */
export interface RichMenuActions {
  switchTo(request: SwitchRequest): Promise<RichMenuSwitch>;
  applyRule(input: { workspaceId: string; customerId: string }): ReturnType<typeof applyRichMenuRule>;
  /** A just-saved rule applied to a page of the customers it concerns (see rich-menu-rollout). */
  applyRuleToPage(input: { workspaceId: string; after: string | null; limit: number }): Promise<RolloutPage>;
}

/** Creates the worker's send services from its database, adapter resolver and unsubscribe key. */
export function createSendServices(deps: DeliveryDeps): SendServices {
  const deliver = createDelivery(deps);
  const bind = (scope: DeliveryScope) => ({
    deliverMessage: (request: DeliveryRequest) => deliver(scope, request, request.now),
  });
  const richMenus: RichMenuActions = {
    switchTo: (request) => switchCustomerRichMenu(deps, request),
    applyRule: (input) => applyRichMenuRule(deps, input),
    applyRuleToPage: (input) => applyRichMenuRuleToPage(deps, input),
  };
  return Object.assign(bind, { sendTest: createTestSender(deps), richMenus, multicast: createMulticast(deps) });
}
