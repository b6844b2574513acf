// LINE rich menus of a customer: link one of the workspace's menus on LINE (or unlink theirs, so
// they see the default), for a Switch rich menu step or the workspace's tier/segment rule. LINE is
// read before it is written: a repeated call (a retried step, a rule applied twice) that finds the
// menu already linked links nothing, and the menu each customer has is recorded.
import {
  createLineRichMenuClient,
  lineChannel,
  openChannelConfig,
  type LineConfig,
  type LineRichMenuClient,
  type OutboundPolicy,
  type SecretBox,
} from '@wayfarer/channels';
import {
  findChannelCredentials,
  findRichMenu,
  listCustomerIdentities,
  recordCustomerRichMenu,
  ruleMenuOfCustomer,
  getRichMenuRules,
  type Db,
} from '@wayfarer/db';
import type { RichMenuSwitch } from '@wayfarer/nodes/runtime';

export interface RichMenuDeps {
  db: Db;
  box: SecretBox;
  policy?: OutboundPolicy;
}

/** The workspace's LINE rich menu client, or undefined when no LINE channel is connected. */
export async function workspaceRichMenuClient(
  deps: RichMenuDeps,
  workspaceId: string,
): Promise<LineRichMenuClient | undefined> {
  const stored = await findChannelCredentials(deps.db, workspaceId, lineChannel.name);
  if (stored === undefined) return undefined;
  const config = openChannelConfig(deps.box, workspaceId, lineChannel.name, stored.sealedConfig) as LineConfig;
  return createLineRichMenuClient(config, deps.policy);
}

async function lineUserIdOf(db: Db, customerId: string): Promise<string | undefined> {
  const identities = await listCustomerIdentities(db, customerId);
  return identities.filter((identity) => identity.kind === lineChannel.address).at(-1)?.value;
}

export interface SwitchRequest {
  workspaceId: string;
  customerId: string;
  /** One of the workspace's menus; null: the default (the customer's own is unlinked). */
  richMenuId: string | null;
  source: 'rule' | 'step';
}

/** Gives the customer the menu on LINE; throws LineRichMenuError when LINE refuses or does not answer. */
export async function switchCustomerRichMenu(deps: RichMenuDeps, request: SwitchRequest): Promise<RichMenuSwitch> {
  const { workspaceId, customerId, richMenuId } = request;
  const menu = richMenuId === null ? null : await findRichMenu(deps.db, workspaceId, richMenuId);
  if (menu === undefined) return { status: 'skipped', reason: 'rich_menu_missing' };
  const userId = await lineUserIdOf(deps.db, customerId);
  if (userId === undefined) return { status: 'skipped', reason: 'no_line_user_id' };
  const client = await workspaceRichMenuClient(deps, workspaceId);
  if (client === undefined) return { status: 'skipped', reason: 'line_not_connected' };
  const current = await client.linkedTo(userId);
  const wanted = menu?.lineRichMenuId ?? null;
  let status: 'linked' | 'unlinked' | 'unchanged' = 'unchanged';
  if (current !== wanted) {
    if (wanted === null) await client.unlink(userId);
    else await client.link(userId, wanted);
    status = wanted === null ? 'unlinked' : 'linked';
  }
  await recordCustomerRichMenu(deps.db, { workspaceId, customerId, richMenuId, source: request.source });
  return { status, richMenuId };
}

/**
 * Applies the workspace's rule to the customer (after their tier or segments changed): the menu of
 * the first line that holds, else the default. A workspace without a rule changes nothing.
 */
export async function applyRichMenuRule(
  deps: RichMenuDeps,
  input: { workspaceId: string; customerId: string },
): Promise<RichMenuSwitch | { status: 'no_rule' }> {
  const rules = await getRichMenuRules(deps.db, input.workspaceId);
  if (rules.length === 0) return { status: 'no_rule' };
  const richMenuId = await ruleMenuOfCustomer(deps.db, rules, input.customerId);
  return switchCustomerRichMenu(deps, { ...input, richMenuId, source: 'rule' });
}
