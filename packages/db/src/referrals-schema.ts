import type { ColumnType } from 'kysely';

// Share links and referrals (migration 0053).

/** A customer's share link: `/r/<code>` leads to `landingUrl` with `ref=<code>`. */
export interface ReferralLinksTable {
  code: string;
  workspaceId: string;
  customerId: string;
  landingUrl: string;
  createdAt: ColumnType<Date, Date | string | undefined, never>;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A friend (`customerId`) who joined through the link `code`; at most one per friend. */
export interface ReferralsTable {
  workspaceId: string;
  customerId: string;
  code: string;
  joinedAt: ColumnType<Date, Date | string | undefined, never>;
}

export interface ReferralsTables {
  referralLinks: ReferralLinksTable;
  referrals: ReferralsTable;
}
