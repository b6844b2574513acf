// The journeys list's numbers per journey: customers who entered, are inside now and converted
// (all versions, all time), and who last changed it, by name, from the audit log.
import { sql } from 'kysely';
import type { Db } from '../connect';

export interface JourneyListStats {
  journeyId: string;
  entered: number;
  active: number;
  converted: number;
  /**
   * The person (or API key) behind the journey's latest audited change; null when none is recorded.
   * `name` is null for someone no longer a member, as the audit log shows them.
   */
  lastEditedBy: { type: 'user' | 'api_key' | 'system'; name: string | null } | null;
}

/** Stats of the workspace's journeys among `journeyIds`; another workspace's ids give no row. */
export async function loadJourneyListStats(
  db: Db,
  workspaceId: string,
  journeyIds: readonly string[],
): Promise<JourneyListStats[]> {
  if (journeyIds.length === 0) return [];
  const { rows } = await sql<{
    journeyId: string;
    entered: number;
    active: number;
    converted: number;
    actorType: 'user' | 'api_key' | 'system' | null;
    actorName: string | null;
  }>`
    select j.id as "journeyId", e.entered, e.active, e.converted, a.actor_type as "actorType",
      coalesce(u.name, k.name) as "actorName"
    from journeys j
    cross join lateral (
      select count(*)::int as entered,
        (count(*) filter (where status = 'running'))::int as active,
        (count(*) filter (where goal_reached_at is not null))::int as converted
      from enrollments where journey_id = j.id
    ) e
    left join lateral (
      select actor_type, actor_id from audit_log
      where workspace_id = j.workspace_id and entity_type = 'journey' and entity_id = j.id::text
        -- Tagging organises the list; it is not an edit (it leaves updated_at as it was either).
        and action <> 'journeys.setTags'
      order by at desc, id desc limit 1
    ) a on true
    left join workspace_members wm on a.actor_type = 'user' and wm.workspace_id = j.workspace_id
      and wm.user_id::text = a.actor_id
    left join users u on u.id = wm.user_id
    left join api_keys k on a.actor_type = 'api_key' and k.id::text = a.actor_id and k.workspace_id = j.workspace_id
    where j.workspace_id = ${workspaceId}::uuid and j.id = any(${[...journeyIds]}::uuid[])`.execute(db);
  return rows.map(({ actorType, actorName, ...counts }) => ({
    ...counts,
    lastEditedBy: actorType === null ? null : { type: actorType, name: actorName },
  }));
}
