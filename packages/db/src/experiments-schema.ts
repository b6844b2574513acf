import type { ColumnType, Selectable } from 'kysely';

// Tables of migration 0020-experiments; merged into `Database` in schema.ts.

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

/** Why an enrollment's messages and rewards are withheld: a journey's holdout, the workspace's control group. */
export type Withheld = 'holdout' | 'control_group';

/** How a customer got their arm (`@wayfarer/experiments/schema`'s AssignmentSource). */
export type AssignmentSource = 'random' | 'winner' | 'forced';

/** A customer's arm in one step's experiment; one per customer, whatever the version or entry. */
export interface ExperimentAssignmentsTable {
  workspaceId: string;
  journeyId: string;
  stepId: string;
  customerId: string;
  arm: number;
  source: AssignmentSource;
  /** Copied from the enrollment: held-out customers are not counted in the test. */
  withheld: Optional<Withheld>;
  enrollmentId: Optional<string>;
  assignedAt: ColumnType<Date, Date | string, Date | string>;
}

/** A step's experiment: its winner (when chosen: when, by whom, why) and its last daily check. */
export interface ExperimentsTable {
  journeyId: string;
  stepId: string;
  workspaceId: string;
  winnerArm: Optional<number>;
  decidedAt: NullableTimestamp;
  /** `schedule` for the daily decision, else the user id of who chose. */
  decidedBy: Optional<string>;
  decision: ColumnType<Record<string, unknown>, string | undefined, string>;
  checkedAt: NullableTimestamp;
  lastCheck: ColumnType<Record<string, unknown>, string | undefined, string>;
}

/** The workspace's control group: `percent` of customers (by hash with `salt`) get no marketing. */
export interface ControlGroupsTable {
  workspaceId: string;
  percent: ColumnType<number, number | undefined, number>;
  salt: ColumnType<string, string | undefined, never>;
  conversionEvent: ColumnType<string, string | undefined, string>;
  revenueProperty: ColumnType<string, string | undefined, string>;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ExperimentsTables {
  experimentAssignments: ExperimentAssignmentsTable;
  experiments: ExperimentsTable;
  controlGroups: ControlGroupsTable;
}

export type ExperimentAssignment = Selectable<ExperimentAssignmentsTable>;
export type ExperimentRow = Selectable<ExperimentsTable>;
export type ControlGroup = Selectable<ControlGroupsTable>;
