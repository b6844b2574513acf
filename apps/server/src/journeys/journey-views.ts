// Rows mapped explicitly to the shapes the API returns (dates as ISO strings: JSON has no Date).
import type { Journey, JourneyListItem, JourneyStatus, JourneyVersion } from '@wayfarer/db';
import { journeyGraphSchema, journeyIRSchema, type JourneyGraph, type JourneyIR } from '@wayfarer/journey';

export interface JourneySummary {
  id: string;
  name: string;
  status: JourneyStatus;
  draftRevision: number;
  liveVersionId: string | null;
  /** Its tags, in the order the marketer gave them. */
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** A row of the journeys list. */
export interface JourneyListEntry extends JourneySummary {
  /** Number of the live version; null until the first publish. */
  liveVersionNumber: number | null;
}

export interface JourneyDetail extends JourneySummary {
  draft: JourneyGraph;
}

export interface VersionSummary {
  id: string;
  journeyId: string;
  number: number;
  hash: string;
  publishedAt: string;
}

export interface VersionDetail extends VersionSummary {
  ir: JourneyIR;
  graph: JourneyGraph;
}

export function toJourneySummary(row: Journey): JourneySummary {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    draftRevision: row.draftRevision,
    liveVersionId: row.liveVersionId,
    tags: row.tags,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toJourneyListEntry(row: JourneyListItem): JourneyListEntry {
  return { ...toJourneySummary(row), liveVersionNumber: row.liveVersionNumber };
}

/** Drafts are stored already parsed, so parsing here only types them (and fills new defaults). */
export function toJourneyDetail(row: Journey): JourneyDetail {
  return { ...toJourneySummary(row), draft: journeyGraphSchema.parse(row.draft) };
}

export function toVersionSummary(
  row: Pick<JourneyVersion, 'id' | 'journeyId' | 'number' | 'hash' | 'publishedAt'>,
): VersionSummary {
  return {
    id: row.id,
    journeyId: row.journeyId,
    number: row.number,
    hash: row.hash,
    publishedAt: row.publishedAt.toISOString(),
  };
}

export function toVersionDetail(row: JourneyVersion): VersionDetail {
  return { ...toVersionSummary(row), ir: journeyIRSchema.parse(row.ir), graph: journeyGraphSchema.parse(row.graph) };
}
