import type { AnyNodeTypeSpec } from '../define';
import { branchNode, splitNode } from './branch';
import { dateTrigger } from './date-trigger';
import { experimentNode } from './experiment';
import { broadcastTrigger } from './broadcast-trigger';
import { apiTrigger, eventTrigger } from './event-trigger';
import { endNode } from './reward';
import { lineActionNodeTypes, lineNodeTypes } from './line';
import { grantPointsNode, loyaltyNodeTypes } from './loyalty';
import { segmentTrigger } from './segment-trigger';
import { sendNode } from './send';
import { shareLinkNode } from './share-link';
import { tagNode } from './tag';
import { tagTrigger } from './tag-trigger';
import { waitNode } from './wait';

export {
  branchNode,
  splitNode,
  experimentNode,
  apiTrigger,
  eventTrigger,
  tagTrigger,
  segmentTrigger,
  broadcastTrigger,
  dateTrigger,
  endNode,
  grantPointsNode,
  sendNode,
  shareLinkNode,
  tagNode,
  waitNode,
};

/** The node types every deployment has. */
export const builtinNodeTypes: readonly AnyNodeTypeSpec[] = [
  eventTrigger,
  apiTrigger,
  tagTrigger,
  segmentTrigger,
  broadcastTrigger,
  dateTrigger,
  ...lineNodeTypes,
  tagNode,
  waitNode,
  branchNode,
  splitNode,
  experimentNode,
  sendNode,
  shareLinkNode,
  ...lineActionNodeTypes,
  ...loyaltyNodeTypes,
  endNode,
];
export * from './loyalty';
export * from './line';
export { dateTriggerConfigSchema, type DateTriggerConfig } from './date-trigger';
export * from './date-trigger-occurrence';
export { lineShareUrl } from './share-link';
export { experimentDefinition, variantPort, type ExperimentConfig } from './experiment';
