// Loads an entity's state for the audit diff. Snapshots of customers are never taken: the audit
// log must not hold personal data.
import {
  auditedTables,
  findAuditSnapshot,
  findMemberSnapshot,
  findRetentionSettings,
  type AuditedEntity,
} from '@wayfarer/db';
import { credentialChannelSchema, listChannels } from '../channels/channel-settings';
import { getMessagingSettings } from '../channels/messaging-settings';
import type { Services } from '../services';

type Snapshot = Record<string, unknown>;

function isAuditedEntity(entityType: string): entityType is AuditedEntity {
  return Object.hasOwn(auditedTables, entityType);
}

async function channelSnapshot(services: Services, workspaceId: string, id: string): Promise<Snapshot | null> {
  const channel = credentialChannelSchema.safeParse(id);
  if (!channel.success) return null;
  const states = await listChannels(services.db, services.secretBox, workspaceId);
  const state = states.find((candidate) => candidate.channel === channel.data);
  // The config is already shown redacted (`••••1234`); the audit redactor removes even that.
  return state ? { connected: state.connected, config: state.config } : null;
}

/** The entity's current state, or null (none, not snapshotted, or unreadable). Never throws. */
export async function loadEntitySnapshot(
  services: Services,
  workspaceId: string,
  entityType: string | null,
  id: string | null,
): Promise<Snapshot | null> {
  try {
    if (entityType === 'messaging_settings') return { ...(await getMessagingSettings(services.db, workspaceId)) };
    if (entityType === 'retention_settings') return { ...(await findRetentionSettings(services.db, workspaceId)) };
    if (entityType === null || id === null) return null;
    if (entityType === 'channel') return await channelSnapshot(services, workspaceId, id);
    if (entityType === 'member') return await findMemberSnapshot(services.db, workspaceId, id);
    if (isAuditedEntity(entityType)) return await findAuditSnapshot(services.db, entityType, workspaceId, id);
    return null;
  } catch {
    // A snapshot is context for the diff; the entry is still written with the redacted input.
    return null;
  }
}
