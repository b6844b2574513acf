import type { ColumnType, Generated, Selectable } from 'kysely';

// Accounts tables (migration 0011). Column names are camelCase here and snake_case in SQL.

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type MemberRole = 'owner' | 'admin' | 'editor' | 'publisher' | 'viewer';

export interface UsersTable {
  id: Generated<string>;
  /** Lower-cased; unique across the installation. */
  email: string;
  /** `scrypt$N$r$p$salt$hash` — the parameters travel with the hash. */
  passwordHash: string;
  name: string;
  createdAt: CreatedAt;
}

export interface WorkspaceMembersTable {
  workspaceId: string;
  userId: string;
  role: MemberRole;
  createdAt: CreatedAt;
}

export interface SessionsTable {
  id: Generated<string>;
  /** sha256 of the cookie's token. */
  tokenHash: string;
  userId: string;
  workspaceId: string;
  createdAt: DefaultedTimestamp;
  /** The absolute end of the session. */
  expiresAt: Timestamp;
  lastSeenAt: DefaultedTimestamp;
  revokedAt: NullableTimestamp;
}

export interface SignInFailuresTable {
  id: Generated<string>;
  attemptKey: string;
  failedAt: DefaultedTimestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  workspaceId: string;
  email: string;
  role: MemberRole;
  tokenHash: string;
  /** The inviter: `user:<id>` or `api_key:<id>`. */
  invitedBy: string;
  createdAt: CreatedAt;
  expiresAt: Timestamp;
  acceptedAt: NullableTimestamp;
  revokedAt: NullableTimestamp;
}

export interface JourneyApprovalsTable {
  id: Generated<string>;
  workspaceId: string;
  journeyId: string;
  draftRevision: number;
  requestedBy: string;
  requestedAt: CreatedAt;
  approvedBy: string | null;
  approvedAt: NullableTimestamp;
}

export interface AccountsTables {
  users: UsersTable;
  workspaceMembers: WorkspaceMembersTable;
  sessions: SessionsTable;
  signInFailures: SignInFailuresTable;
  invitations: InvitationsTable;
  journeyApprovals: JourneyApprovalsTable;
}

export type User = Selectable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type Invitation = Selectable<InvitationsTable>;
export type JourneyApproval = Selectable<JourneyApprovalsTable>;
