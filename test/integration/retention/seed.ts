// A workspace with a year and a half of history: finished enrollments (their step events and
// messages are past retention), one enrollment still running since then, events on both sides of
// the cutoff and a segment that looks back 450 days. Rows are written as the worker writes them.
import { randomUUID } from 'node:crypto';
import { createSegment, createWorkspace, insertEvent, upsertCustomer, type Db } from '@wayfarer/db';
import type { JourneyGraphInput } from '@wayfarer/journey';
import type { NodeRegistry } from '@wayfarer/nodes';
import { publishGraph } from '../../support/publish-graph';

const DAY_MS = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

const graph: JourneyGraphInput = {
  name: 'long history',
  nodes: [
    { id: 'trigger', type: 'core.trigger.event', data: { config: { event: 'signed_up', where: [] } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [{ id: 'e1', source: 'trigger', sourceHandle: 'out', target: 'end' }],
  settings: { reentry: 'every', exitOn: [], goal: null },
};

/** What a seeded workspace expects the job to delete with the default settings (400 days). */
export const expired = { stepEvents: 30, messages: 7, events: 4 } as const;
const OLD_FINISHED = 6;

export interface Seeded {
  workspaceId: string;
  journeyId: string;
  versionId: string;
  runningEnrollmentId: string;
  runningEntryEventId: string;
}

export async function seedHistory(db: Db, registry: NodeRegistry, name: string): Promise<Seeded> {
  const { id: workspaceId } = await createWorkspace(db, name);
  const { journeyId, versionId } = await publishGraph(db, registry, { workspaceId, name: 'history', graph });
  const customerId = (await upsertCustomer(db, { workspaceId, externalId: 'c1', traits: {} })).id;
  const event = async (days: number) =>
    (
      await insertEvent(db, {
        workspaceId,
        customerId,
        messageId: randomUUID(),
        kind: 'track',
        name: 'signed_up',
        properties: {},
        timestamp: daysAgo(days),
      })
    ).event.id;
  // "Signed up in the last 450 days": events 420 days old stay although the setting is 400.
  await createSegment(db, workspaceId, {
    name: 'recent sign-ups',
    description: '',
    rule: { type: 'event', event: 'signed_up', where: [], count: { op: 'gte', value: 1 }, withinDays: 450 },
  });
  for (const days of [500, 501, 502, 460, 420, 3]) await event(days);
  const runningEntryEventId = await event(500);

  const enroll = async (days: number, status: 'running' | 'completed', entryEventId: string | null) => {
    const enteredAt = daysAgo(days);
    const row = await db
      .insertInto('enrollments')
      .values({
        workspaceId,
        journeyId,
        journeyVersionId: versionId,
        customerId,
        workflowId: `history:${randomUUID()}`,
        entryStepId: 'trigger',
        entryEventId,
        status,
        enteredAt,
        finishedAt: status === 'running' ? null : new Date(enteredAt.getTime() + 60_000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, enteredAt };
  };
  const visits = async (enrollment: { id: string; enteredAt: Date }, steps: [string, string | null][]) => {
    let second = 0;
    for (const [stepId, port] of steps) {
      const at = () => new Date(enrollment.enteredAt.getTime() + (second += 1) * 1000);
      const row = {
        workspaceId,
        journeyId,
        journeyVersionId: versionId,
        enrollmentId: enrollment.id,
        stepId,
        visit: 1,
      };
      await db
        .insertInto('stepEvents')
        .values({ ...row, kind: 'entered', port: null, at: at() })
        .execute();
      if (port !== null)
        await db
          .insertInto('stepEvents')
          .values({ ...row, kind: 'left', port, at: at() })
          .execute();
    }
  };
  const message = async (createdAt: Date, enrollmentId: string | null, status: 'sent' | 'skipped') => {
    await db
      .insertInto('messages')
      .values({
        workspaceId,
        customerId,
        journeyId: enrollmentId === null ? null : journeyId,
        enrollmentId,
        stepId: enrollmentId === null ? null : 'send',
        channel: 'email',
        name: 'hello',
        body: 'hello',
        status,
        reason: status === 'skipped' ? 'frequency_capped' : null,
        idempotencyKey: randomUUID(),
        createdAt,
      })
      .execute();
  };

  for (let i = 0; i < OLD_FINISHED; i += 1) {
    const enrollment = await enroll(480 + i, 'completed', null);
    await visits(enrollment, [
      ['trigger', 'out'],
      ['send', i % 2 === 0 ? 'sent' : 'failed'],
      ['end', null],
    ]);
    await message(new Date(enrollment.enteredAt.getTime() + 2500), enrollment.id, i % 3 === 0 ? 'skipped' : 'sent');
  }
  await message(daysAgo(490), null, 'sent');
  const running = await enroll(500, 'running', runningEntryEventId);
  await visits(running, [
    ['trigger', 'out'],
    ['send', 'sent'],
    ['wait', null],
  ]);
  await message(new Date(running.enteredAt.getTime() + 2500), running.id, 'sent');
  const recent = await enroll(5, 'completed', null);
  await visits(recent, [
    ['trigger', 'out'],
    ['send', 'sent'],
    ['end', null],
  ]);
  await message(new Date(recent.enteredAt.getTime() + 2500), recent.id, 'sent');
  return { workspaceId, journeyId, versionId, runningEnrollmentId: running.id, runningEntryEventId };
}
