// Start-up step of migration 0008: LINE channel secrets stored in clear before it are sealed with
// the server's key and the clear value removed. Done here, not in the migration, because only the
// server holds WAYFARER_SECRET_KEY (see packages/db/src/migrations/0008-line-webhook-secret.ts).
import { sealLineChannelSecret, secretKeyVariable, type SecretBox } from '@wayfarer/channels';
import { listClearLineSecrets, replaceClearLineSecret, type Db } from '@wayfarer/db';

export interface SealClearLineSecretsResult {
  /** Rows whose clear secret was sealed and removed. */
  sealed: number;
  /** Rows left in clear because the server has no key: the webhook refuses them until it has one. */
  leftInClear: number;
}

/** Seals every clear LINE channel secret; safe to run on every start (and by two servers at once). */
export async function sealClearLineSecrets(db: Db, box: SecretBox | undefined): Promise<SealClearLineSecretsResult> {
  const clear = await listClearLineSecrets(db);
  if (box === undefined) return { sealed: 0, leftInClear: clear.length };
  let sealed = 0;
  for (const { workspaceId, channelSecret } of clear) {
    const sealedChannelSecret = sealLineChannelSecret(box, workspaceId, channelSecret);
    if (await replaceClearLineSecret(db, { workspaceId, channelSecret, sealedChannelSecret })) sealed += 1;
  }
  return { sealed, leftInClear: 0 };
}

/** The log line for a result, or undefined when there is nothing to say. Counts only, never values. */
export function sealClearLineSecretsMessage(result: SealClearLineSecretsResult): string | undefined {
  if (result.leftInClear > 0) {
    return `${result.leftInClear} LINE channel secret(s) are stored in clear and cannot be sealed: set ${secretKeyVariable}.`;
  }
  return result.sealed > 0 ? `Sealed ${result.sealed} LINE channel secret(s) that were stored in clear.` : undefined;
}
