// A journey's overview: the cohort that entered in the window, its messages and a daily series.
import { getJourney, loadChannelTotals, loadDayCounts, loadEnrollmentTotals } from '@wayfarer/db';
import type { Services } from '../services';
import { fillDailySeries, type DailyPoint } from './daily-series';
import { toRange, type StatsRangeInput } from './stats-input';

export interface JourneyOverview {
  /** Enrollments that entered in the window (all versions), and where they are now. */
  enrolled: number;
  active: number;
  completed: number;
  exited: number;
  goalReached: number;
  /** goalReached / enrolled; 0 when nobody enrolled. */
  conversionRate: number;
  medianTimeToConvertMs: number | null;
  /** Messages the journey's steps wrote in the window, per channel. */
  messages: { channel: string; sent: number; skipped: number; deferred: number; failed: number }[];
  daily: DailyPoint[];
}

export async function buildOverview(
  services: Services,
  request: StatsRangeInput & { workspaceId: string; journeyId: string },
): Promise<JourneyOverview> {
  const { db } = services;
  // NOT_FOUND for a journey of another workspace, before anything is counted.
  await getJourney(db, request.workspaceId, request.journeyId);
  const range = toRange(request);
  const [totals, messages, days] = await Promise.all([
    loadEnrollmentTotals(db, request, range),
    loadChannelTotals(db, request, range),
    loadDayCounts(db, request, range),
  ]);
  return {
    ...totals,
    conversionRate: totals.enrolled === 0 ? 0 : totals.goalReached / totals.enrolled,
    messages,
    daily: fillDailySeries(days, { ...range, now: new Date() }),
  };
}
