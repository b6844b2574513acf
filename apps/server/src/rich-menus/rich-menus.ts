// The workspace's LINE rich menus: made on LINE first (menu, then image), recorded after; the
// default set on LINE and recorded; deleted on LINE and here; the tier/segment rule stored.
import { TRPCError } from '@trpc/server';
import { layoutBounds, LineRichMenuError, type RichMenuDefinition } from '@wayfarer/channels';
import {
  deleteRichMenu,
  findRichMenu,
  findRichMenuImage,
  getRichMenuRules,
  insertRichMenu,
  listRichMenus,
  markDefaultRichMenu,
  richMenuNameTaken,
  saveRichMenuRules,
  workspaceSegmentIds,
  type RichMenuRow,
  type RichMenuRule,
} from '@wayfarer/db';
import { workspaceRichMenuClient } from '@wayfarer/delivery';
import {
  maintenanceTaskQueue,
  RICH_MENU_ROLLOUT_WORKFLOW,
  richMenuRolloutWorkflowId,
  type RichMenuRolloutWorkflow,
} from '@wayfarer/workflows';
import type { Services } from '../services';
import { fieldError } from '../trpc/field-error';

/** A menu as the API shows it (the LINE id stays here: marketers see names). */
export function toApiRichMenu(row: RichMenuRow) {
  return {
    id: row.id,
    name: row.name,
    chatBarText: row.chatBarText,
    size: row.size,
    layout: row.layout,
    areas: row.areas,
    imageId: row.imageId,
    isDefault: row.isDefault,
    createdAt: row.createdAt.toISOString(),
  };
}

async function lineClient(services: Services, workspaceId: string) {
  if (services.secretBox === undefined)
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'No secret key is set: LINE credentials cannot be opened.',
    });
  const client = await workspaceRichMenuClient(
    { db: services.db, box: services.secretBox, policy: services.outbound },
    workspaceId,
  );
  if (client === undefined)
    throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'Connect the workspace’s LINE channel first.' });
  return client;
}

/** LINE's refusal as the API's answer: its own words, never a stack. */
function lineTrouble(error: unknown): never {
  if (error instanceof LineRichMenuError)
    throw new TRPCError({
      code: error.code === 'refused' ? 'BAD_REQUEST' : 'SERVICE_UNAVAILABLE',
      message: error.message,
    });
  throw error;
}

export async function listMenus(services: Services, workspaceId: string) {
  return (await listRichMenus(services.db, workspaceId)).map(toApiRichMenu);
}

/** The grid layouts' areas are recomputed here, so a grid always covers the image exactly. */
function areasOf(menu: RichMenuDefinition): RichMenuDefinition['areas'] {
  if (menu.layout === 'custom') return menu.areas;
  const bounds = layoutBounds(menu.layout, menu.size);
  if (bounds.length !== menu.areas.length)
    throw fieldError('areas', `The layout has ${bounds.length} areas; give an action for each.`);
  return menu.areas.map((area, index) => ({ ...area, bounds: bounds[index] ?? area.bounds }));
}

export async function createMenu(
  services: Services,
  workspaceId: string,
  input: RichMenuDefinition & { imageId: string },
) {
  const image = await findRichMenuImage(services.db, workspaceId, input.imageId);
  if (image === undefined)
    throw new TRPCError({ code: 'NOT_FOUND', message: 'No such image in this workspace: upload it first.' });
  const sizeOfImage = image.height === 843 ? 'half' : 'full';
  if (sizeOfImage !== input.size) throw fieldError('size', 'The size must match the image’s.');
  if (await richMenuNameTaken(services.db, workspaceId, input.name))
    throw fieldError('name', 'A rich menu of this workspace already has this name.');
  const menu = { ...input, areas: areasOf(input) };
  const client = await lineClient(services, workspaceId);
  const lineRichMenuId = await client.create(menu, { bytes: image.data, type: image.contentType }).catch(lineTrouble);
  const row = await insertRichMenu(services.db, {
    workspaceId,
    name: menu.name,
    chatBarText: menu.chatBarText,
    size: menu.size,
    layout: menu.layout,
    areas: menu.areas,
    imageId: image.id,
    lineRichMenuId,
  });
  return toApiRichMenu(row);
}

async function menuOf(services: Services, workspaceId: string, id: string) {
  const menu = await findRichMenu(services.db, workspaceId, id);
  if (menu === undefined) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such rich menu in this workspace.' });
  return menu;
}

/** Makes the menu the one every LINE friend without their own sees; null: none. */
export async function setDefaultMenu(services: Services, workspaceId: string, id: string | null) {
  const menu = id === null ? null : await menuOf(services, workspaceId, id);
  const client = await lineClient(services, workspaceId);
  await client.setDefault(menu?.lineRichMenuId ?? null).catch(lineTrouble);
  await markDefaultRichMenu(services.db, workspaceId, id);
  return { id };
}

export async function deleteMenu(services: Services, workspaceId: string, id: string) {
  const menu = await menuOf(services, workspaceId, id);
  const client = await lineClient(services, workspaceId);
  await client.remove(menu.lineRichMenuId).catch(lineTrouble);
  await deleteRichMenu(services.db, workspaceId, id);
  return { id };
}

export async function getRules(services: Services, workspaceId: string) {
  return { rules: await getRichMenuRules(services.db, workspaceId) };
}

/**
 * Stores the rule (every menu it names must be the workspace's) and applies it in the background to
 * the customers it already concerns; later, customers follow it as their tier or segments change.
 */
export async function saveRules(services: Services, workspaceId: string, rules: RichMenuRule[]) {
  const menus = new Set((await listRichMenus(services.db, workspaceId)).map((menu) => menu.id));
  const segmentIds = rules.flatMap((rule) => (rule.kind === 'segment' ? [rule.segmentId] : []));
  const segments = new Set(await workspaceSegmentIds(services.db, workspaceId, segmentIds));
  const unknown = rules.find(
    (rule) => !menus.has(rule.richMenuId) || (rule.kind === 'segment' && !segments.has(rule.segmentId)),
  );
  if (unknown !== undefined)
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: 'A rule names a rich menu or segment this workspace does not have.',
    });
  await saveRichMenuRules(services.db, workspaceId, rules);
  await services.temporal.workflow.start<RichMenuRolloutWorkflow>(RICH_MENU_ROLLOUT_WORKFLOW, {
    taskQueue: maintenanceTaskQueue(services.taskQueue),
    workflowId: richMenuRolloutWorkflowId(workspaceId),
    // A rollout of the rule saved before is moot: this one reads the rule as it now stands.
    workflowIdConflictPolicy: 'TERMINATE_EXISTING',
    args: [{ workspaceId }],
  });
  return { rules };
}
