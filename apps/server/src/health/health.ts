// What /healthz and /readyz report: whether this process reaches Postgres and Temporal right now.
import type { Client } from '@temporalio/client';
import { pingDatabase, type DatabaseHealth, type Db } from '@wayfarer/db';

/** How long each dependency may take to answer a health check. */
export const HEALTH_TIMEOUT_MS = 2_000;

export type TemporalHealth = { ok: true; latencyMs: number } | { ok: false; error: 'unreachable' };

export interface Health {
  /** `ok` when both dependencies answered; `degraded` when either did not. */
  status: 'ok' | 'degraded';
  database: DatabaseHealth;
  temporal: TemporalHealth;
}

/** Asks the Temporal frontend for its system info, within `timeoutMs` (gRPC deadline). */
export async function pingTemporal(temporal: Client, timeoutMs = HEALTH_TIMEOUT_MS): Promise<TemporalHealth> {
  const started = Date.now();
  try {
    await temporal.connection.withDeadline(Date.now() + timeoutMs, () => temporal.workflowService.getSystemInfo({}));
    return { ok: true, latencyMs: Date.now() - started };
  } catch {
    return { ok: false, error: 'unreachable' };
  }
}

/** Checks both dependencies at once; answers within about {@link HEALTH_TIMEOUT_MS}. */
export async function checkHealth(deps: { db: Db; temporal: Client }): Promise<Health> {
  const [database, temporal] = await Promise.all([
    pingDatabase(deps.db, HEALTH_TIMEOUT_MS),
    pingTemporal(deps.temporal, HEALTH_TIMEOUT_MS),
  ]);
  return { status: database.ok && temporal.ok ? 'ok' : 'degraded', database, temporal };
}
