import { sql, type Kysely } from 'kysely';

// A customer's WeChat OpenID (the WeChat Official Account channel's recipient and the identity its
// callback names) becomes an identity kind, like the LINE user id and the Messenger PSID.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table customer_identities drop constraint customer_identities_kind_check`.execute(db);
  await sql`alter table customer_identities add constraint customer_identities_kind_check
    check (kind in ('user_id', 'anonymous_id', 'line', 'messenger', 'wechat', 'email', 'phone'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from customer_identities where kind = 'wechat'`.execute(db);
  await sql`alter table customer_identities drop constraint customer_identities_kind_check`.execute(db);
  await sql`alter table customer_identities add constraint customer_identities_kind_check
    check (kind in ('user_id', 'anonymous_id', 'line', 'messenger', 'email', 'phone'))`.execute(db);
}
