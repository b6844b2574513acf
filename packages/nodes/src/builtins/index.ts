import type { AnyNodeTypeSpec } from '../define';
import { branchNode, splitNode } from './branch';
import { apiTrigger, eventTrigger } from './event-trigger';
import { endNode, grantPointsNode } from './reward';
import { sendNode } from './send';
import { tagNode } from './tag';
import { tagTrigger } from './tag-trigger';
import { waitNode } from './wait';

export {
  branchNode,
  splitNode,
  apiTrigger,
  eventTrigger,
  tagTrigger,
  endNode,
  grantPointsNode,
  sendNode,
  tagNode,
  waitNode,
};

/** The node types every deployment has. */
export const builtinNodeTypes: readonly AnyNodeTypeSpec[] = [
  eventTrigger,
  apiTrigger,
  tagTrigger,
  tagNode,
  waitNode,
  branchNode,
  splitNode,
  sendNode,
  grantPointsNode,
  endNode,
];
