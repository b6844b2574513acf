// multicast_recipients_per_s: a broadcast's first LINE send delivered in bulk to the population's
// LINE friends, batch by batch as the broadcast activity calls it (the sending policy read per
// customer, a message row each, one multicast request per 500) against the local LINE API server.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { createSecretBox, outboundPolicyFromEnv } from '@wayfarer/channels';
import { saveMessagingSettings } from '@wayfarer/db';
import { createMulticast } from '@wayfarer/delivery';
import { bulkSendAfter } from '@wayfarer/nodes/runtime';
import { startHttpSink } from '../../test/integration/channels/http-sink';
import { lineMessagingApi } from '../../test/support/line-messaging-api';
import { connectLocalLine } from '../../test/support/line-workspace';
import { LINE_BUCKETS } from './population';
import type { PublishedJourney, ScaleContext } from './scale-measures';

/** Customers of each batch, as a broadcast at 500 a second pages them. */
const BATCH = 500;

export interface MulticastFigures {
  recipientsPerSecond: number;
  recipients: number;
  requests: number;
}

/** Delivers the journey's first send to every customer with a LINE id; the rate, recipients and requests. */
export async function measureMulticast(ctx: ScaleContext, journey: PublishedJourney): Promise<MulticastFigures> {
  const line = lineMessagingApi();
  const sink = await startHttpSink(line.reply);
  try {
    const box = createSecretBox(randomBytes(32));
    await connectLocalLine(ctx.db, box, ctx.workspaceId, sink.url);
    // Quiet hours would defer everyone outside Taipei's day; the frequency cap stays and is counted.
    await saveMessagingSettings(ctx.db, ctx.workspaceId, { quietHours: null });
    const multicast = createMulticast({
      db: ctx.db,
      box,
      policy: outboundPolicyFromEnv({ WAYFARER_OUTBOUND_ALLOW: '127.0.0.1' }),
    });
    const bulk = await bulkSendAfter(journey.ir, journey.ir.start[0] ?? '');
    if (bulk === undefined) throw new Error('the multicast journey does not start with a plain send');
    const { rows } = await sql<{ id: string; customerId: string; workflowId: string }>`
      insert into enrollments (workspace_id, journey_id, journey_version_id, customer_id, workflow_id, entry_step_id)
      select workspace_id, ${journey.journeyId}::uuid, ${journey.versionId}::uuid, id,
        'journey:' || ${journey.journeyId} || ':customer:' || id, ${journey.ir.start[0] ?? ''}
      from customers where workspace_id = ${ctx.workspaceId}::uuid
        and (attributes ->> 'bucket')::int between ${LINE_BUCKETS.from} and ${LINE_BUCKETS.to - 1}
      order by id
      returning id, customer_id as "customerId", workflow_id as "workflowId"`.execute(ctx.db);
    const started = performance.now();
    let delivered = 0;
    for (let from = 0; from < rows.length; from += BATCH) {
      const result = await multicast({
        workspaceId: ctx.workspaceId,
        journeyId: journey.journeyId,
        stepId: bulk.stepId,
        bulkKey: `bench:${journey.journeyId}:${from}`,
        name: bulk.name,
        message: bulk.message,
        locale: bulk.locale,
        recipients: rows.slice(from, from + BATCH).map((row) => ({
          customerId: row.customerId,
          enrollmentId: row.id,
          idempotencyKey: `${row.workflowId}:${bulk.stepId}:1`,
        })),
        now: new Date(),
      });
      delivered += result.delivered;
    }
    const seconds = (performance.now() - started) / 1000;
    const reached = line.multicasts.reduce((sum, request) => sum + request.to.length, 0);
    if (reached !== delivered) throw new Error(`LINE got ${reached} recipients, the records say ${delivered}`);
    return { recipientsPerSecond: delivered / seconds, recipients: delivered, requests: line.multicasts.length };
  } finally {
    await sink.close();
  }
}
