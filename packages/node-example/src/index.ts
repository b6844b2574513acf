import type { NodePackage } from '@wayfarer/nodes';
import { stampCardNode } from './stamp-card';

export { stampCardNode, stampAttribute } from './stamp-card';

/** The node types this package adds (see wayfarer.config.json). */
export const nodeTypes: NodePackage['nodeTypes'] = [stampCardNode];
