import { sql, type Kysely } from 'kysely';

// Share links and the friends who joined through them. A customer's link is a short random code
// (`/r/<code>`) that leads to the page its "Share link" step names; a merge moves a customer's
// codes to the survivor, so a link already shared keeps working. A friend joins through one link
// at most, ever: the referrer is credited once per friend.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table referral_links (
      code text primary key check (code ~ '^[A-Za-z0-9]{8,32}$'),
      workspace_id uuid not null references workspaces (id) on delete cascade,
      customer_id uuid not null references customers (id) on delete cascade,
      landing_url text not null check (landing_url ~ '^https?://'),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index referral_links_customer on referral_links (customer_id, created_at)`.execute(db);
  await sql`
    create table referrals (
      workspace_id uuid not null references workspaces (id) on delete cascade,
      customer_id uuid not null references customers (id) on delete cascade,
      code text not null references referral_links (code) on delete cascade,
      joined_at timestamptz not null default now(),
      primary key (customer_id)
    )`.execute(db);
  await sql`create index referrals_code on referrals (code)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table referrals`.execute(db);
  await sql`drop table referral_links`.execute(db);
}
