// What a batch writes per customer once its rows are resolved: rows naming the same customer
// (through different identities) are applied in file order, as the same identifies in a row would.
import { createHash } from 'node:crypto';
import type { ImportRecord, RecordConsent } from '../mapping/import-record';

export interface CustomerWrites {
  customerId: string;
  attributes: Record<string, string | number | boolean>;
  tags: string[];
  consents: RecordConsent[];
  tier: string | null;
}

/** One entry per customer, in first-seen order: later rows' attributes and tier win, tags add up, per channel the latest consent wins. */
export function foldByCustomer(rows: readonly { customerId: string; record: ImportRecord }[]): CustomerWrites[] {
  const byCustomer = new Map<string, CustomerWrites>();
  for (const { customerId, record } of rows) {
    const writes = byCustomer.get(customerId) ?? { customerId, attributes: {}, tags: [], consents: [], tier: null };
    Object.assign(writes.attributes, record.attributes);
    for (const tag of record.tags) if (!writes.tags.includes(tag)) writes.tags.push(tag);
    for (const consent of record.consents) {
      const earlier = writes.consents.findIndex((known) => known.channel === consent.channel);
      const older = earlier >= 0 ? writes.consents[earlier] : undefined;
      if (older === undefined) writes.consents.push(consent);
      else if ((older.at?.getTime() ?? 0) <= (consent.at?.getTime() ?? Number.MAX_SAFE_INTEGER)) {
        writes.consents[earlier] = consent;
      }
    }
    writes.tier = record.tier ?? writes.tier;
    byCustomer.set(customerId, writes);
  }
  return [...byCustomer.values()];
}

/**
 * The idempotency key of a row's opening balance: the same identities with the same balance and
 * reason are granted once per workspace, however often (and in however many files) the row is
 * imported.
 */
export function openingBalanceKey(workspaceId: string, record: ImportRecord): string {
  const identities = record.identities.map((identity) => `${identity.kind}:${identity.value}`).sort();
  const content = JSON.stringify({ identities, points: record.points });
  return `import:${workspaceId}:${createHash('sha256').update(content).digest('hex')}`;
}
