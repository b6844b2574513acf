import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { authenticateApiKey, createApiKey, createWorkspace, findWorkspaceByName, type Db } from '@wayfarer/db';

export const DEMO_WORKSPACE = 'Demo';

/**
 * The demo workspace and a full-scope key for it. The database keeps only the key's hash, so the
 * key is kept in `keyFile` and reused while it still opens the workspace (a fresh database gets a
 * new one).
 */
export async function ensureDemoWorkspace(
  db: Db,
  keyFile: string,
): Promise<{ workspaceId: string; apiKey: string; created: boolean }> {
  const workspace = (await findWorkspaceByName(db, DEMO_WORKSPACE)) ?? (await createWorkspace(db, DEMO_WORKSPACE));
  const saved = existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : '';
  if (saved !== '') {
    const principal = await authenticateApiKey(db, saved);
    if (principal?.workspaceId === workspace.id && principal.scope === 'full') {
      return { workspaceId: workspace.id, apiKey: saved, created: false };
    }
  }
  const { key } = await createApiKey(db, { workspaceId: workspace.id, name: 'Demo key (npm start)', scope: 'full' });
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  return { workspaceId: workspace.id, apiKey: key, created: true };
}
