// Erasure on request ("right to be forgotten"): stop the customer's journeys, then remove what
// identifies them in one transaction, keeping anonymous aggregates. The profile row stays as a
// tombstone (`erased:<uuid>`) so ledger amounts, enrollments and analytics still add up.
import { randomUUID } from 'node:crypto';
import { eraseCustomerData, loadCustomerDataExport, scrubAuditEntries, type ErasureCounts } from '@wayfarer/db';
import type { Actor } from '../accounts/roles';
import type { Services } from '../services';
import { stopCustomerJourneys } from './stop-customer-journeys';

export interface ErasureResult extends ErasureCounts {
  customerId: string;
  journeysExited: number;
  journeysTerminated: number;
  auditEntriesScrubbed: number;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The customer's identifying values: external id, identities, profile attribute values. */
async function identifiersOf(services: Services, workspaceId: string, customerId: string): Promise<string[]> {
  const data = await loadCustomerDataExport(services.db, workspaceId, customerId);
  return [
    data.profile.externalId,
    ...data.identities.map((identity) => identity.value),
    ...stringsIn(data.profile.attributes),
  ];
}

/** Erases the customer; the audit entry names the customer id and the counts, nothing personal. */
export async function eraseCustomer(
  services: Services,
  input: { workspaceId: string; customerId: string; actor: Actor; requestId?: string | undefined },
): Promise<ErasureResult> {
  const { workspaceId, customerId } = input;
  const identifiers = await identifiersOf(services, workspaceId, customerId);
  const stopped = await stopCustomerJourneys(services, { workspaceId, customerId });
  const counts = await eraseCustomerData(services.db, { workspaceId, customerId, tombstone: `erased:${randomUUID()}` });
  const auditEntriesScrubbed = await scrubAuditEntries(services.db, workspaceId, identifiers);
  return {
    customerId,
    ...counts,
    journeysExited: stopped.exited,
    journeysTerminated: stopped.terminated,
    auditEntriesScrubbed,
  };
}
