import { countUsers, createUser, createWorkspace, findUserByEmail, upsertMember, type Db } from '@wayfarer/db';
import { sql } from 'kysely';
import { AccountError } from './account-error';
import { hashPassword } from './password';

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  workspaceName: string;
}

/**
 * Bootstrap: the first user of an empty installation becomes owner of a new workspace. Once any
 * user exists, people join by invitation only. The users table is locked so two simultaneous
 * sign-ups cannot both be "first".
 */
export async function signUpFirstUser(db: Db, input: SignUpInput): Promise<{ userId: string; workspaceId: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    await sql`lock table users in exclusive mode`.execute(trx);
    if ((await countUsers(trx)) > 0) {
      if (await findUserByEmail(trx, input.email))
        throw new AccountError('email_taken', 'This email already has an account; sign in.');
      throw new AccountError('sign_up_closed', 'Sign-up is closed; ask a workspace admin for an invitation.');
    }
    const workspace = await createWorkspace(trx, input.workspaceName);
    const user = await createUser(trx, { email: input.email, name: input.name, passwordHash });
    await upsertMember(trx, workspace.id, user.id, 'owner');
    return { userId: user.id, workspaceId: workspace.id };
  });
}
