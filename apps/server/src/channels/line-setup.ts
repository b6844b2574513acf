// The LINE setup wizard's server side: the webhook URL to paste into the LINE console, and LINE's
// setup calls (bot profile, set and test the webhook, follower count) made with the workspace's
// stored LINE config. LINE's refusals are answered as values in LINE's words, for the wizard to show.
import { TRPCError } from '@trpc/server';
import {
  lineChannel,
  lineConfigSchema,
  lineInsightDate,
  lineSetupClient,
  type LineSetupClient,
} from '@wayfarer/channels';
import { findLineChannel } from '@wayfarer/db';
import type { Services } from '../services';
import { requireSecretBox, storedConfig } from './channel-settings';

/** Where LINE should deliver this workspace's webhook: by LINE's channel id, else by the workspace id. */
export async function lineWebhookUrl(
  services: Pick<Services, 'db' | 'publicUrl'>,
  workspaceId: string,
  origin: string | undefined,
): Promise<string | null> {
  const base = services.publicUrl ?? origin;
  if (base === undefined) return null;
  const row = await findLineChannel(services.db, workspaceId);
  const ref = row?.channelId ?? workspaceId;
  return new URL(`/v1/webhooks/line/${ref}`, base).toString();
}

/** The setup client of the workspace's stored LINE config; 404 when LINE is not connected. */
export async function lineSetupFor(services: Services, workspaceId: string): Promise<LineSetupClient> {
  const box = requireSecretBox(services.secretBox);
  const stored = await storedConfig(services.db, box, workspaceId, lineChannel.name);
  const config = lineConfigSchema.safeParse(stored);
  if (!config.success) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'LINE is not connected: enter the channel access token first.' });
  }
  return lineSetupClient(config.data, services.outbound);
}

/** The webhook URL and the bot's profile (or LINE's reason for not giving it). */
export async function lineSetupStatus(services: Services, workspaceId: string, origin: string | undefined) {
  const [client, webhookUrl] = await Promise.all([
    lineSetupFor(services, workspaceId),
    lineWebhookUrl(services, workspaceId, origin),
  ]);
  return { webhookUrl, bot: await client.botProfile() };
}

/** Sets LINE's webhook endpoint to this server's URL, then asks LINE to test it; nothing without a URL. */
export async function setLineWebhook(services: Services, workspaceId: string, origin: string | undefined) {
  const client = await lineSetupFor(services, workspaceId);
  const webhookUrl = await lineWebhookUrl(services, workspaceId, origin);
  // The wizard says why (no WAYFARER_PUBLIC_URL) and offers no button: nothing is asked of LINE.
  if (webhookUrl === null) return { channel: lineChannel.name, webhookUrl, set: null, test: null };
  const set = await client.setWebhook(webhookUrl);
  if (!set.ok) return { channel: lineChannel.name, webhookUrl, set, test: null };
  return { channel: lineChannel.name, webhookUrl, set, test: await client.testWebhook() };
}

/** LINE's test of the webhook endpoint already set. */
export async function testLineWebhook(services: Services, workspaceId: string) {
  return (await lineSetupFor(services, workspaceId)).testWebhook();
}

/** The bot's followers as LINE counted them yesterday (its time zone); `unready` until it has. */
export async function lineFollowers(services: Services, workspaceId: string) {
  const date = lineInsightDate(services.now?.() ?? new Date());
  const counted = await (await lineSetupFor(services, workspaceId)).followers(date);
  return { date, counted };
}
