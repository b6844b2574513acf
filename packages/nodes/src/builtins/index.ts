import type { AnyNodeTypeSpec } from '../define';
import { branchNode, splitNode } from './branch';
import { apiTrigger, eventTrigger } from './event-trigger';
import { endNode, grantPointsNode } from './reward';
import { sendNode } from './send';
import { tagNode } from './tag';
import { waitNode } from './wait';

export { branchNode, splitNode, apiTrigger, eventTrigger, endNode, grantPointsNode, sendNode, tagNode, waitNode };

/** The node types every deployment has. */
export const builtinNodeTypes: readonly AnyNodeTypeSpec[] = [
  eventTrigger,
  apiTrigger,
  tagNode,
  waitNode,
  branchNode,
  splitNode,
  sendNode,
  grantPointsNode,
  endNode,
];
