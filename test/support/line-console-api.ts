// The LINE Messaging API's console endpoints as LINE documents them, for the setup wizard's tests:
// the bot's profile, the webhook endpoint (set, and tested by LINE delivering a signed empty event
// list to it, answering with LINE's success / reason / detail) and the follower insight.
import { createHmac } from 'node:crypto';
import type { RecordedRequest, Reply } from '../integration/channels/http-sink';
import { lineToken } from '../integration/sending/provider-apis';

export interface LineFollowersAnswer {
  status: 'ready' | 'unready' | 'out_of_service';
  followers?: number;
  targetedReaches?: number;
  blocks?: number;
}

export interface LineConsoleApi {
  /** LINE's answer to a console request, or undefined when the request is not one. */
  reply(request: RecordedRequest): Reply | Promise<Reply> | undefined;
  /** The webhook endpoint last set, or null. */
  webhookEndpoint(): string | null;
  /** The channel secret LINE signs webhook deliveries with (the one shown in the LINE console). */
  channelSecret: string;
  bot: { userId: string; basicId: string; displayName: string; pictureUrl: string };
  /** What the follower insight answers from now on (default: ready, 1234 followers). */
  answerFollowers(answer: LineFollowersAnswer): void;
  /** Dates the follower insight was asked for. */
  followerDates: string[];
}

const json = (status: number, body: unknown): Reply => ({ status, body });

/** LINE's webhook test: a signed `{ destination, events: [] }` POSTed to the endpoint. */
async function testDelivery(endpoint: string, secret: string, destination: string): Promise<Reply> {
  const body = JSON.stringify({ destination, events: [] });
  const signature = createHmac('sha256', secret).update(body).digest('base64');
  const timestamp = new Date().toISOString();
  try {
    const answer = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signature },
      body,
      signal: AbortSignal.timeout(5_000),
    });
    await answer.arrayBuffer();
    if (answer.status === 200)
      return json(200, { success: true, timestamp, statusCode: 200, reason: 'OK', detail: '200' });
    const detail = `${answer.status} ${answer.statusText}`;
    return json(200, { success: false, timestamp, statusCode: answer.status, reason: 'ERROR_STATUS_CODE', detail });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return json(200, { success: false, timestamp, statusCode: 0, reason: 'COULD_NOT_CONNECT', detail });
  }
}

function validEndpoint(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 500) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** `pictureUrl`: where the bot's picture is (a browser test gives one it can load offline). */
export function lineConsoleApi(options: { channelSecret: string; pictureUrl?: string }): LineConsoleApi {
  let endpoint: string | null = null;
  let followers: LineFollowersAnswer = { status: 'ready', followers: 1234, targetedReaches: 1100, blocks: 12 };
  const followerDates: string[] = [];
  const bot = {
    userId: `U${'b'.repeat(32)}`,
    basicId: '@wayfarer',
    displayName: 'Wayfarer Coffee',
    pictureUrl: options.pictureUrl ?? 'https://profile.line-scdn.net/bot-picture',
  };

  const answer = (request: RecordedRequest): Reply | Promise<Reply> | undefined => {
    const url = new URL(request.path, 'http://line.local');
    const route = `${request.method} ${url.pathname}`;
    const known = [
      'GET /v2/bot/info',
      'PUT /v2/bot/channel/webhook/endpoint',
      'GET /v2/bot/channel/webhook/endpoint',
      'POST /v2/bot/channel/webhook/test',
      'GET /v2/bot/insight/followers',
    ];
    if (!known.includes(route)) return undefined;
    if (request.headers.authorization !== `Bearer ${lineToken}`) return json(401, { message: 'Authentication failed' });
    switch (route) {
      case 'GET /v2/bot/info':
        return json(200, { ...bot, chatMode: 'bot', markAsReadMode: 'auto' });
      case 'PUT /v2/bot/channel/webhook/endpoint': {
        const body = JSON.parse(request.body || '{}') as { endpoint?: unknown };
        if (!validEndpoint(body.endpoint)) return json(400, { message: 'Invalid webhook endpoint URL' });
        endpoint = body.endpoint;
        return json(200, {});
      }
      case 'GET /v2/bot/channel/webhook/endpoint':
        return json(200, { endpoint: endpoint ?? '', active: endpoint !== null });
      case 'POST /v2/bot/channel/webhook/test': {
        const body = JSON.parse(request.body || '{}') as { endpoint?: unknown };
        const target = validEndpoint(body.endpoint) ? body.endpoint : endpoint;
        if (target === null) return json(400, { message: 'The webhook endpoint is not set' });
        return testDelivery(target, options.channelSecret, bot.userId);
      }
      case 'GET /v2/bot/insight/followers': {
        const date = url.searchParams.get('date') ?? '';
        if (!/^\d{8}$/.test(date)) return json(400, { message: "The value for the 'date' parameter is invalid" });
        followerDates.push(date);
        return json(200, followers);
      }
      default:
        return undefined;
    }
  };

  return {
    reply: answer,
    webhookEndpoint: () => endpoint,
    channelSecret: options.channelSecret,
    bot,
    answerFollowers: (next) => {
      followers = next;
    },
    followerDates,
  };
}
