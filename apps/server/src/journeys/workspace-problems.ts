import { testChannelName } from '@wayfarer/channels';
import { findWorkspaceAssets, type AssetRefs, type Db } from '@wayfarer/db';
import {
  checkWorkspace,
  journeyReferences,
  type AssetKind,
  type Diagnostic,
  type JourneyIR,
  type NodeTypeLookup,
} from '@wayfarer/journey';

/** The development channel: it always "works" and reaches no customer, so it publishes with a warning. */
const TEST_CHANNEL = testChannelName;

/**
 * What publishing this compiled journey in this workspace would get wrong: channels not connected
 * and assets that do not exist (errors), the test mailbox and attributes customers may lack
 * (warnings). Loads only the assets the journey names.
 */
export async function workspaceProblems(
  services: { db: Db; registry: NodeTypeLookup },
  workspaceId: string,
  ir: JourneyIR,
): Promise<Diagnostic[]> {
  const wanted: Partial<Record<AssetKind, string[]>> = {};
  for (const { kind, ref } of journeyReferences(ir, services.registry)) (wanted[kind] ??= []).push(ref);
  const existing: AssetRefs = await findWorkspaceAssets(services.db, workspaceId, wanted);
  return checkWorkspace(ir, services.registry, { existing, testOnly: { channel: [TEST_CHANNEL] } });
}
