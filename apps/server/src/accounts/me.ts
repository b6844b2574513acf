import { countUsers, findUser, findWorkspaceSummary, type Db } from '@wayfarer/db';
import type { Actor, Role } from './roles';

/** What the web app needs to know about who is using it. */
export type MeView =
  | { signedIn: false; signUpOpen: boolean }
  | {
      signedIn: true;
      via: 'session' | 'api_key';
      user: { id: string; email: string; name: string } | null;
      workspace: { id: string; name: string; requireApproval: boolean };
      role: Role;
      /** Send as `x-csrf-token` on every mutation (sessions only). */
      csrfToken: string | null;
    };

export async function signedOutView(db: Db): Promise<MeView> {
  return { signedIn: false, signUpOpen: (await countUsers(db)) === 0 };
}

export async function meView(db: Db, workspaceId: string, actor: Actor, csrfToken: string | null): Promise<MeView> {
  const workspace = await findWorkspaceSummary(db, workspaceId);
  if (!workspace) return signedOutView(db);
  const user = actor.type === 'user' ? await findUser(db, actor.id) : undefined;
  return {
    signedIn: true,
    via: actor.type === 'user' ? 'session' : 'api_key',
    user: user ? { id: user.id, email: user.email, name: user.name } : null,
    workspace,
    role: actor.role,
    csrfToken,
  };
}
