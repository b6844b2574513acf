// Which entity a mutation changes, read from its procedure path and its input / output, so every
// router is audited without per-handler code. A procedure can override it in its meta
// (`.meta({ audit: { entity, idKey } })`) or opt out (`audit: false`, for mutations that change
// nothing, e.g. compiling a graph to validate it).

/** Procedure meta of the audit log. */
export type AuditMeta = false | { entity?: string; idKey?: string };

export interface AuditTarget {
  entityType: string | null;
  /** Where the entity id is: this key of the input, else of the output. */
  idKeys: readonly string[];
}

// Longest prefix wins.
const byPrefix: Record<string, AuditTarget> = {
  journeys: { entityType: 'journey', idKeys: ['journeyId', 'id'] },
  segments: { entityType: 'segment', idKeys: ['id', 'segmentId'] },
  lists: { entityType: 'segment', idKeys: ['id'] },
  imports: { entityType: 'customer_import', idKeys: ['id'] },
  channels: { entityType: 'channel', idKeys: ['channel'] },
  'channels.messagingSettings': { entityType: 'messaging_settings', idKeys: [] },
  retention: { entityType: 'retention_settings', idKeys: [] },
  'loyalty.couponPools': { entityType: 'coupon_pool', idKeys: ['poolId', 'id'] },
  'loyalty.badges': { entityType: 'badge', idKeys: ['id'] },
  'loyalty.tiers': { entityType: 'tier', idKeys: ['id'] },
  'loyalty.lotteries': { entityType: 'lottery', idKeys: ['lotteryId', 'id'] },
  broadcasts: { entityType: 'broadcast', idKeys: ['id', 'broadcastId'] },
  messageTemplates: { entityType: 'message_template', idKeys: ['id'] },
  richMenus: { entityType: 'rich_menu', idKeys: ['id'] },
  'richMenus.saveRules': { entityType: 'rich_menu_rule', idKeys: [] },
  apiKeys: { entityType: 'api_key', idKeys: ['id'] },
  workspaceSecrets: { entityType: 'workspace_secret', idKeys: ['name'] },
  members: { entityType: 'member', idKeys: ['userId', 'memberId', 'invitationId', 'id'] },
  privacy: { entityType: 'customer', idKeys: ['customerId'] },
  enrollments: { entityType: 'enrollment', idKeys: ['enrollmentId', 'id'] },
  liffForms: { entityType: 'liff_form', idKeys: ['id'] },
};

/** Mutations only because their input is large: they change nothing (a test run writes nothing either). */
const readOnlyMutations = new Set(['journeys.validate', 'messageTemplates.preview', 'simulation.run']);

/** The target of the mutation at `path`, or null when it is not audited. */
export function auditTargetOf(path: string, meta: AuditMeta | undefined): AuditTarget | null {
  if (meta === false || readOnlyMutations.has(path)) return null;
  const segments = path.split('.');
  let target: AuditTarget = { entityType: segments.length > 1 ? (segments[0] ?? null) : null, idKeys: ['id'] };
  for (let length = segments.length - 1; length >= 1; length -= 1) {
    const found = byPrefix[segments.slice(0, length).join('.')];
    if (found) {
      target = found;
      break;
    }
  }
  if (meta?.entity === undefined && meta?.idKey === undefined) return target;
  return {
    entityType: meta.entity ?? target.entityType,
    idKeys: meta.idKey === undefined ? target.idKeys : [meta.idKey],
  };
}

/**
 * The first id-like value under one of `keys` in the candidates (input first, then output), trimmed
 * as the procedure's schema trims it: the raw input is read, and `" acme.token "` names `acme.token`.
 */
export function entityIdOf(keys: readonly string[], ...candidates: unknown[]): string | null {
  for (const candidate of candidates) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    for (const key of keys) {
      const value = (candidate as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
    }
  }
  return null;
}
