import { randomUUID } from 'node:crypto';
import type { TrackedClick, TrackedMessage } from '@wayfarer/channels';
import { insertEvent } from '@wayfarer/db';
import { emailClicked, emailOpened } from '@wayfarer/events';
import { routeEvent, type RoutingDeps } from '@wayfarer/routing';

/** Clicks of the same link within this window are one click (mail scanners and double taps repeat them). */
export const CLICK_REPEAT_WINDOW_MS = 5_000;

// The journey step a message was sent from, if its row (and customer) still exist.
async function sentMessage(deps: RoutingDeps, message: TrackedMessage) {
  return deps.db
    .selectFrom('messages')
    .select(['id', 'journeyId', 'stepId'])
    .where('id', '=', message.messageId)
    .where('workspaceId', '=', message.workspaceId)
    .where('customerId', '=', message.customerId)
    .executeTakeFirst();
}

async function record(
  deps: RoutingDeps,
  message: TrackedMessage,
  now: Date,
  event: { name: string; key: string; properties: Record<string, unknown> },
): Promise<void> {
  const sent = await sentMessage(deps, message);
  if (sent === undefined) return;
  const origin = {
    ...(sent.journeyId ? { journeyId: sent.journeyId } : {}),
    ...(sent.stepId ? { stepId: sent.stepId } : {}),
  };
  const stored = await insertEvent(deps.db, {
    workspaceId: message.workspaceId,
    customerId: message.customerId,
    messageId: event.key,
    kind: 'track',
    name: event.name,
    properties: { messageId: message.messageId, ...origin, ...event.properties },
    timestamp: now,
  });
  // The event's key makes a repeat a duplicate; only the first one is routed.
  if (!stored.duplicate) await routeEvent(deps, stored.event);
}

/** Records the first open of a message as an `email_opened` event and routes it; later opens change nothing. */
export async function recordOpen(deps: RoutingDeps, message: TrackedMessage, now: Date): Promise<void> {
  await record(deps, message, now, {
    name: emailOpened.name,
    key: `${emailOpened.name}:${message.messageId}`,
    properties: {},
  });
}

// A click on the same link of the same message shortly before, if any.
async function recentSameClick(deps: RoutingDeps, click: TrackedClick, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - CLICK_REPEAT_WINDOW_MS);
  const found = await deps.db
    .selectFrom('events')
    .select('properties')
    .where('workspaceId', '=', click.workspaceId)
    .where('customerId', '=', click.customerId)
    .where('name', '=', emailClicked.name)
    .where('timestamp', '>=', since)
    .execute();
  // A customer clicks a handful of links in a few seconds at most: comparing here is cheap.
  return found.some(({ properties }) => properties.messageId === click.messageId && properties.url === click.url);
}

/** Records a click as an `email_clicked` event and routes it; an exact repeat within a few seconds is the same click. */
export async function recordClick(deps: RoutingDeps, click: TrackedClick, now: Date): Promise<void> {
  if (await recentSameClick(deps, click, now)) return;
  await record(deps, click, now, {
    name: emailClicked.name,
    key: `${emailClicked.name}:${click.messageId}:${randomUUID()}`,
    properties: { url: click.url },
  });
}
