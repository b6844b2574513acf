// The audit middleware: after every successful mutation, one audit_log row — who (the actor), when,
// which procedure, which entity, the redacted input and the changed fields of the entity.
import { insertAuditEntry } from '@wayfarer/db';
import type { Actor } from '../accounts/roles';
import type { Services } from '../services';
import { auditTargetOf, entityIdOf, type AuditMeta } from './audit-targets';
import { loadEntitySnapshot } from './entity-snapshot';
import { fieldDiff } from './field-diff';
import { compactForAudit, redactSecrets } from './redact';

export interface AuditContext {
  services: Services;
  workspaceId: string;
  actor: Actor;
  requestId?: string | undefined;
}

interface AuditMiddlewareOptions<R> {
  ctx: AuditContext;
  type: 'query' | 'mutation' | 'subscription';
  path: string;
  meta: { audit?: AuditMeta } | undefined;
  getRawInput: () => Promise<unknown>;
  next: () => Promise<R>;
}

// The top-level ids of a result (`versionId` of a publish, `id` of a created entity): never its
// other fields, which may carry a secret shown once (a new API key).
function resultIds(output: unknown): Record<string, string> {
  if (typeof output !== 'object' || output === null) return {};
  return Object.fromEntries(
    Object.entries(output).filter(
      (entry): entry is [string, string] => /(^id|Id)$/.test(entry[0]) && typeof entry[1] === 'string',
    ),
  );
}

/**
 * Runs the procedure, then records it when it was a mutation that succeeded. A failure to write the
 * entry fails the request (the change stands; the error is logged): a change must not go unrecorded
 * silently.
 */
export async function auditMutations<R extends { ok: true; data: unknown } | { ok: false }>(
  options: AuditMiddlewareOptions<R>,
): Promise<R> {
  const { ctx, path } = options;
  const target = options.type === 'mutation' ? auditTargetOf(path, options.meta?.audit) : null;
  if (target === null) return options.next();
  const input = await options.getRawInput();
  const inputId = entityIdOf(target.idKeys, input);
  const before = await loadEntitySnapshot(ctx.services, ctx.workspaceId, target.entityType, inputId);
  const result = await options.next();
  if (!result.ok) return result;
  const entityId = inputId ?? entityIdOf(target.idKeys, result.data) ?? entityIdOf(['id'], result.data);
  const after = await loadEntitySnapshot(ctx.services, ctx.workspaceId, target.entityType, entityId);
  await insertAuditEntry(ctx.services.db, {
    workspaceId: ctx.workspaceId,
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    action: path,
    entityType: target.entityType,
    entityId,
    diff: {
      input: compactForAudit(redactSecrets(input ?? null)),
      changes: redactSecrets(fieldDiff(before, after)),
      result: resultIds(result.data),
    },
    requestId: ctx.requestId ?? null,
  });
  return result;
}
