// Data portability: everything held about one customer as one JSON document, and an audit entry
// saying who exported it (access to personal data, though nothing changed).
import { insertAuditEntry, loadCustomerDataExport, type CustomerDataExport } from '@wayfarer/db';
import type { Actor } from '../accounts/roles';
import type { Services } from '../services';

export interface CustomerExport {
  format: 'wayfarer.customer-export';
  version: 1;
  exportedAt: string;
  workspaceId: string;
  customerId: string;
  data: CustomerDataExport;
}

export async function exportCustomer(
  services: Services,
  input: { workspaceId: string; customerId: string; actor: Actor; requestId?: string | undefined },
): Promise<CustomerExport> {
  const data = await loadCustomerDataExport(services.db, input.workspaceId, input.customerId);
  await insertAuditEntry(services.db, {
    workspaceId: input.workspaceId,
    actorType: input.actor.type,
    actorId: input.actor.id,
    action: 'privacy.exportData',
    entityType: 'customer',
    entityId: input.customerId,
    diff: {},
    requestId: input.requestId ?? null,
  });
  return {
    format: 'wayfarer.customer-export',
    version: 1,
    exportedAt: new Date().toISOString(),
    workspaceId: input.workspaceId,
    customerId: input.customerId,
    data,
  };
}
