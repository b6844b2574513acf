// Segment rows as the rest of the code sees them: the stored rule parsed back into a SegmentRule.
import { segmentRuleSchema, type SegmentRule } from '@wayfarer/segments';
import { DataError } from '../errors';
import type { Segment, SegmentKind } from '../schema';

export interface SegmentRecord {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  /** `list`: a static list, whose members are written from files. */
  kind: SegmentKind;
  rule: SegmentRule;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  refreshedAt: Date | null;
}

/** The row with its rule parsed, or undefined when the stored rule no longer parses. */
export function readSegmentRecord(row: Segment): SegmentRecord | undefined {
  return segmentRuleSchema.safeParse(row.rule).success ? toSegmentRecord(row) : undefined;
}

/** The row with its rule parsed; a rule that no longer parses is a data error, never silently "no one". */
export function toSegmentRecord(row: Segment): SegmentRecord {
  const rule = segmentRuleSchema.safeParse(row.rule);
  if (!rule.success) throw new DataError('invalid_state', `Segment ${row.id} has a rule that does not parse.`);
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    description: row.description,
    kind: row.kind,
    rule: rule.data,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
    refreshedAt: row.refreshedAt,
  };
}
