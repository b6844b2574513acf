import { DataError, loadCustomerProfile, type Db } from '@wayfarer/db';
import { isValidTimeZone, type CustomerSnapshot } from '@wayfarer/nodes/runtime';
import type { SimulationCustomer } from './simulation.schema';
import { SimulationError } from './simulation-error';

/**
 * The customer a simulation starts from: a copy of a stored profile (read only) or a made-up one.
 * A customer of another workspace is as good as missing.
 */
export async function simulatedCustomer(
  db: Db,
  workspaceId: string,
  spec: SimulationCustomer,
  simulationId: string,
): Promise<CustomerSnapshot> {
  if (spec.kind === 'sample') {
    if (!isValidTimeZone(spec.timezone))
      throw new SimulationError('invalid_customer', `"${spec.timezone}" is not a time zone.`);
    return {
      id: `simulation:${simulationId}`,
      externalId: spec.externalId ?? 'sample-customer',
      attributes: { ...spec.attributes },
      tags: [...new Set(spec.tags)],
      points: spec.points ?? 0,
      timezone: spec.timezone,
      locale: spec.locale,
      tier: spec.tier ?? null,
      badges: [],
      valueTier: spec.valueTier ?? null,
    };
  }
  const owned = await db
    .selectFrom('customers')
    .select('id')
    .where('id', '=', spec.customerId)
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  const profile = owned ? await loadCustomerProfile(db, owned.id) : undefined;
  if (!profile) throw new DataError('not_found', `Customer ${spec.customerId} not found.`);
  return profile;
}
