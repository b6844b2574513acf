import type { Diagnostic } from './diagnostics';
import type { JourneyIR } from './ir.schema';
import type { NodeTypeLookup } from './node-type';
import type { AssetKind, AssetReference, WorkspaceAssets } from './references';

/** An asset named by one step of a compiled journey. */
export interface StepReference extends AssetReference {
  stepId: string;
}

// Own properties only: a step id such as "constructor" must not find Object.prototype members.
const stepsOf = (ir: JourneyIR) => Object.values(ir.steps);

/** Every asset the journey's steps name, in step order. Steps of unknown types name nothing. */
export function journeyReferences(ir: JourneyIR, registry: NodeTypeLookup): StepReference[] {
  return stepsOf(ir).flatMap((step) => {
    const references = registry.get(step.type)?.references?.(step.config as never) ?? [];
    return references.map((reference) => ({ ...reference, stepId: step.id }));
  });
}

const kindWords: Readonly<Record<AssetKind, string>> = {
  channel: 'channel',
  lottery: 'lottery',
  badge: 'badge',
  coupon_pool: 'coupon pool',
  segment: 'segment',
  tier: 'tier',
  message_template: 'message template',
  rich_menu: 'rich menu',
};

function referenceProblem(reference: StepReference, assets: WorkspaceAssets): Diagnostic | undefined {
  const { kind, ref, path, stepId } = reference;
  const base = { nodeId: stepId, path, params: { kind, ref } };
  if (assets.existing[kind]?.includes(ref)) return undefined;
  if (assets.testOnly?.[kind]?.includes(ref)) {
    return {
      ...base,
      code: 'test_channel',
      severity: 'warning',
      message: `Sends to the test mailbox (development): customers receive nothing. Choose a real channel to reach them.`,
    };
  }
  if (kind === 'channel') {
    return {
      ...base,
      code: 'channel_not_connected',
      message: `Sends on ${ref}, which this workspace has not connected: connect it under Settings → Channels, or choose another channel.`,
    };
  }
  return {
    ...base,
    code: 'missing_asset',
    message: `Uses the ${kindWords[kind]} "${ref}", which does not exist in this workspace: create it or choose another.`,
  };
}

/**
 * What publishing checks against the workspace, given what it has: every referenced channel is
 * connected (the test mailbox warns) and every referenced asset exists; plus the node types'
 * warnings (e.g. a customer attribute some customers may lack). Pure: the caller loads `assets`.
 */
export function checkWorkspace(ir: JourneyIR, registry: NodeTypeLookup, assets: WorkspaceAssets): Diagnostic[] {
  const problems = journeyReferences(ir, registry).flatMap((reference) => referenceProblem(reference, assets) ?? []);
  for (const step of stepsOf(ir)) {
    for (const warning of registry.get(step.type)?.warnings?.(step.config as never) ?? []) {
      problems.push({ ...warning, severity: 'warning', nodeId: step.id });
    }
  }
  return problems;
}
