import { findUserByEmail, listUserWorkspaces, type Db } from '@wayfarer/db';
import { AccountError } from './account-error';
import { decoyHash, verifyPassword } from './password';
import { assertSignInAllowed, noteSignInFailure, noteSignInSuccess } from './sign-in-limit';

/**
 * Checks the credentials (rate-limited per email and client address) and picks the workspace to
 * open: the user's oldest membership. The same error for an unknown email and a wrong password,
 * and the same work (a decoy hash), so neither reveals who has an account.
 */
export async function checkCredentials(
  db: Db,
  input: { email: string; password: string; clientIp: string; now: Date },
): Promise<{ userId: string; workspaceId: string }> {
  const { email, password, clientIp, now } = input;
  await assertSignInAllowed(db, email, clientIp, now);
  const user = await findUserByEmail(db, email);
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !matches) {
    await noteSignInFailure(db, email, clientIp, now);
    throw new AccountError('invalid_credentials', 'Wrong email or password.');
  }
  await noteSignInSuccess(db, email, clientIp);
  const [workspace] = await listUserWorkspaces(db, user.id);
  if (!workspace) throw new AccountError('no_workspace', 'You are not a member of any workspace.');
  return { userId: user.id, workspaceId: workspace.workspaceId };
}
