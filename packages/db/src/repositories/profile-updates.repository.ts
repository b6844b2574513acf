import { sql } from 'kysely';
import type { Db } from '../connect';
import { toJson } from '../json';

/** Traits to merge into one customer's profile; time zone and locale change only when given. */
export interface ProfileUpdate {
  customerId: string;
  traits: Record<string, unknown>;
  timezone?: string | undefined;
  locale?: string | undefined;
}

/**
 * Merges traits into profiles key by key (Segment identify and group), several customers in one
 * statement. Updates of one customer are folded in order first, so the last value of a key wins.
 */
export async function updateProfiles(db: Db, updates: readonly ProfileUpdate[]): Promise<void> {
  const folded = new Map<string, ProfileUpdate>();
  for (const update of updates) {
    const before = folded.get(update.customerId);
    folded.set(update.customerId, {
      customerId: update.customerId,
      traits: { ...before?.traits, ...update.traits },
      timezone: update.timezone ?? before?.timezone,
      locale: update.locale ?? before?.locale,
    });
  }
  if (folded.size === 0) return;
  const rows = [...folded.values()];
  await sql`
    update customers as c set
      attributes = c.attributes || v.traits,
      timezone = coalesce(v.timezone, c.timezone),
      locale = coalesce(v.locale, c.locale),
      updated_at = now()
    from unnest(${rows.map((row) => row.customerId)}::uuid[], ${rows.map((row) => toJson(row.traits))}::jsonb[],
      ${rows.map((row) => row.timezone ?? null)}::text[], ${rows.map((row) => row.locale ?? null)}::text[])
      as v (id, traits, timezone, locale)
    where c.id = v.id`.execute(db);
}
