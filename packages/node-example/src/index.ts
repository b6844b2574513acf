import type { NodePackage } from '@wayfarer/nodes';
import { cardCompletedWait } from './card-completed';
import { purchaseOverRule, purchaseOverTrigger } from './purchase-over';
import { stampCardNode } from './stamp-card';

export { stampCardNode, stampAttribute } from './stamp-card';
export { cardCompletedWait, STAMP_CARD_COMPLETED } from './card-completed';
export { purchaseAmount, purchaseOverRule, purchaseOverTrigger } from './purchase-over';

/** The node types this package adds (see wayfarer.config.json). */
export const nodeTypes: NodePackage['nodeTypes'] = [stampCardNode, purchaseOverTrigger, cardCompletedWait];

/** The event rules its triggers name: the router runs them on incoming events. */
export const eventRules: NonNullable<NodePackage['eventRules']> = [purchaseOverRule];
