// The LINE console's setup calls, made for the setup wizard through @line/bot-sdk: the bot's
// profile, setting and testing the webhook endpoint, and the follower count. Every call runs under
// the outbound policy and the channel's timeout; LINE's refusals come back as values with LINE's
// own words, never thrown, so the wizard can show them.
import { HTTPFetchError, insight, messagingApi } from '@line/bot-sdk';
import { raceSignal, startDeadline } from '../deadline';
import { defaultOutboundPolicy, type OutboundPolicy } from '../outbound/address-policy';
import { withOutboundPolicy } from '../outbound/http-dispatcher';
import type { LineConfig } from './line.channel';

/** LINE answered with an error, or could not be reached: `message` is LINE's words when it gave any. */
export interface LineCallFailed {
  ok: false;
  code: 'line_refused' | 'line_unreachable';
  status: number | null;
  message: string;
}
export type LineCall<T> = ({ ok: true } & T) | LineCallFailed;

export interface LineBotProfile {
  displayName: string;
  basicId: string;
  pictureUrl: string | null;
}

/** LINE's webhook test: whether our endpoint answered 200, else LINE's reason and detail. */
export interface LineWebhookTest {
  success: boolean;
  statusCode: number | null;
  reason: string | null;
  detail: string | null;
}

/** `ready` with counts; `unready` (not computed yet) or `out_of_service` (before 2016-11-01) without. */
export interface LineFollowers {
  status: 'ready' | 'unready' | 'out_of_service';
  followers: number | null;
  targetedReaches: number | null;
  blocks: number | null;
}

function lineMessage(body: string, fallback: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; details?: { message?: unknown }[] };
    const details = (parsed.details ?? []).flatMap((d) => (typeof d.message === 'string' ? [d.message] : []));
    if (typeof parsed.message === 'string') return [parsed.message, ...details].join(' — ');
  } catch {
    // Not JSON: LINE's status text says it.
  }
  return fallback;
}

function failure(error: unknown): LineCallFailed {
  if (error instanceof HTTPFetchError) {
    const message = lineMessage(error.body, `${error.status} ${error.statusText}`.trim());
    return { ok: false, code: 'line_refused', status: error.status, message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'line_unreachable', status: null, message };
}

/** The LINE setup calls of one channel's config. */
export function lineSetupClient(config: LineConfig, policy: OutboundPolicy = defaultOutboundPolicy()) {
  const options = { channelAccessToken: config.channelAccessToken, baseURL: config.baseUrl };
  const client = new messagingApi.MessagingApiClient(options);
  const insights = new insight.InsightClient(options);
  async function call<T>(work: () => Promise<T>): Promise<LineCall<{ value: T }>> {
    const deadline = startDeadline(config.timeoutMs);
    try {
      const value = await raceSignal(withOutboundPolicy(policy, work), deadline.signal);
      return { ok: true, value };
    } catch (error) {
      return failure(error);
    } finally {
      deadline.dispose();
    }
  }
  return {
    async botProfile(): Promise<LineCall<{ bot: LineBotProfile }>> {
      const got = await call(() => client.getBotInfo());
      if (!got.ok) return got;
      const { displayName, basicId, pictureUrl } = got.value;
      return { ok: true, bot: { displayName, basicId, pictureUrl: pictureUrl ?? null } };
    },
    async setWebhook(endpoint: string): Promise<LineCall<object>> {
      const set = await call(() => client.setWebhookEndpoint({ endpoint }));
      return set.ok ? { ok: true } : set;
    },
    async testWebhook(): Promise<LineCall<{ test: LineWebhookTest }>> {
      const got = await call(() => client.testWebhookEndpoint({}));
      if (!got.ok) return got;
      const { success, statusCode, reason, detail } = got.value;
      const test = {
        success: success === true,
        statusCode: statusCode ?? null,
        reason: reason || null,
        detail: detail || null,
      };
      return { ok: true, test };
    },
    /** `date` is LINE's `yyyyMMdd` in its own time zone (UTC+9). */
    async followers(date: string): Promise<LineCall<{ followers: LineFollowers }>> {
      const got = await call(() => insights.getNumberOfFollowers(date));
      if (!got.ok) return got;
      const { status, followers, targetedReaches, blocks } = got.value;
      return {
        ok: true,
        followers: {
          status: status ?? 'unready',
          followers: followers ?? null,
          targetedReaches: targetedReaches ?? null,
          blocks: blocks ?? null,
        },
      };
    },
  };
}
export type LineSetupClient = ReturnType<typeof lineSetupClient>;

/** Yesterday in LINE's time zone (UTC+9), as `yyyyMMdd`: the newest day LINE may have counted. */
export function lineInsightDate(now: Date): string {
  const tokyo = new Date(now.getTime() + 9 * 3_600_000 - 86_400_000);
  return tokyo.toISOString().slice(0, 10).replaceAll('-', '');
}
