import type { ColumnType, Generated, Selectable } from 'kysely';

// LIFF forms and phone verifications (migration 0047). Column names are camelCase here and snake_case in SQL.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** A form page opened in LINE; `fields` is the API's field list, stored as it validated it. */
export interface LiffFormsTable {
  id: Generated<string>;
  workspaceId: string;
  name: string;
  /** The LIFF app id (`<LINE Login channel id>-<suffix>`). */
  liffId: string;
  /** The event a submission emits. */
  eventName: string;
  fields: ColumnType<unknown[], string, string>;
  createdAt: CreatedAt;
  updatedAt: Timestamp;
}

/** One one-time code sent to a phone for a LINE user: its hash, expiry and wrong tries. */
export interface PhoneVerificationsTable {
  id: Generated<string>;
  workspaceId: string;
  formId: string;
  lineUserId: string;
  /** E.164. */
  phone: string;
  codeHash: string;
  attempts: ColumnType<number, number | undefined, number>;
  expiresAt: Timestamp;
  verifiedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  createdAt: CreatedAt;
}

export interface LiffTables {
  liffForms: LiffFormsTable;
  phoneVerifications: PhoneVerificationsTable;
}

export type LiffFormRow = Selectable<LiffFormsTable>;
export type PhoneVerification = Selectable<PhoneVerificationsTable>;
