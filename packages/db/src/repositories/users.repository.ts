import type { User } from '../accounts-schema';
import type { Db } from '../connect';

/** How many users the installation has; sign-up without an invitation is only for the first. */
export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function createUser(db: Db, input: { email: string; name: string; passwordHash: string }): Promise<User> {
  return db
    .insertInto('users')
    .values({ email: input.email.toLowerCase(), name: input.name, passwordHash: input.passwordHash })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findUser(db: Db, userId: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}
