import type { ColumnType } from 'kysely';
import type { Json } from './schema';

// Tables of custom node types (migration 0021). Column names are camelCase here and snake_case in SQL.

/** Where the external call of a two-phase step stands (see apps/worker/src/run-step.ts). */
export type StepCallStatus = 'calling' | 'returned' | 'failed';

export interface StepCallsTable {
  idempotencyKey: string;
  enrollmentId: string;
  stepId: string;
  nodeType: string;
  status: StepCallStatus;
  attempts: ColumnType<number, number | undefined, number>;
  /** The call's result as JSON, once it returned. */
  result: Json<unknown> | null;
  startedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  returnedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A secret a node package uses (`acme.crm.token`), sealed with the workspace and name as context. */
export interface WorkspaceSecretsTable {
  workspaceId: string;
  name: string;
  sealedValue: string;
  createdAt: ColumnType<Date, Date | string | undefined, never>;
  updatedAt: ColumnType<Date, Date | string, Date | string>;
}

export interface NodeKitTables {
  stepCalls: StepCallsTable;
  workspaceSecrets: WorkspaceSecretsTable;
}
