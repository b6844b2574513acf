// The LINE Messaging API as the LINE tests meet it (push with X-Line-Retry-Key, see provider-apis.ts)
// plus rich menus (line-rich-menu-api.ts) and the reply endpoint: reply tokens issued by the test, each good once and for a lifetime,
// answered 400 `Invalid reply token` when used again or late, as LINE answers. With `console`, also
// the setup wizard's endpoints (bot info, webhook endpoint and test, followers; line-console-api.ts).
// And multicast: up to 500 user ids a request, deduped on X-Line-Retry-Key with a 409 for a key
// already accepted.
import { randomUUID } from 'node:crypto';
import type { RecordedRequest, Reply } from '../integration/channels/http-sink';
import { lineApi, lineToken } from '../integration/sending/provider-apis';
import type { LineConsoleApi } from './line-console-api';
import { lineRichMenuApi, type LineRichMenuApi } from './line-rich-menu-api';

export interface ReplyToken {
  token: string;
  /** When LINE issued it (ms): the webhook event's timestamp. */
  issuedAt: number;
}

export interface LineMessagingApi {
  reply: (request: RecordedRequest, index: number) => Reply | Promise<Reply>;
  /** Pushes LINE accepted, by retry key. */
  accepted: ReturnType<typeof lineApi>['accepted'];
  /** Replies LINE accepted, with the messages sent. */
  replied: { token: string; messages: unknown[] }[];
  /** A fresh reply token, usable once for `lifetimeMs` from `issuedAt` (default: now, one minute). */
  issueReplyToken(options?: { issuedAt?: number; lifetimeMs?: number }): ReplyToken;
  /** How the reply endpoint answers a good token instead of accepting it (a 500, 'hang'), if set. */
  failReplies(reply: Reply | undefined): void;
  /** Rich menus, their images, the default and users' links (line-rich-menu-api.ts). */
  richMenus: LineRichMenuApi;
  /** Multicast requests LINE accepted (and delivered), in arrival order. */
  multicasts: { retryKey: string; to: string[]; messages: unknown[] }[];
  /** Multicast requests answered 409: their retry key had been accepted before. */
  multicastRepeats: string[];
  /**
   * How the multicast endpoint answers the request with this arrival number (0 first) after
   * accepting it (a 500, 'hang': LINE took it, the answer is lost); undefined: 200.
   */
  failMulticastsAfterAccepting(answer: (index: number) => Reply | undefined): void;
}

const userId = /^U[0-9a-f]{32}$/;

export function lineMessagingApi(options: { console?: LineConsoleApi } = {}): LineMessagingApi {
  const push = lineApi();
  const tokens = new Map<string, { expiresAt: number; used: boolean }>();
  const replied: LineMessagingApi['replied'] = [];
  let failure: Reply | undefined;
  const richMenus = lineRichMenuApi();

  const answerReply = (request: RecordedRequest): Reply => {
    if (request.headers.authorization !== `Bearer ${lineToken}`)
      return { status: 401, body: { message: 'Authentication failed' } };
    const body = JSON.parse(request.body) as { replyToken?: string; messages?: unknown[] };
    const token = tokens.get(body.replyToken ?? '');
    if (token === undefined || token.used || Date.now() >= token.expiresAt) {
      return { status: 400, body: { message: 'Invalid reply token' } };
    }
    // Rate limited: LINE took nothing. Otherwise it is taken (and delivered) even when the answer never comes back.
    if (failure !== undefined && failure !== 'hang' && failure.status === 429) return failure;
    token.used = true;
    if (failure === 'hang') return 'hang';
    if (failure !== undefined) return failure;
    replied.push({ token: body.replyToken ?? '', messages: body.messages ?? [] });
    return {
      status: 200,
      headers: { 'x-line-request-id': randomUUID() },
      body: { sentMessages: [{ id: `reply-${replied.length}`, quoteToken: 'q' }] },
    };
  };

  const multicasts: LineMessagingApi['multicasts'] = [];
  const multicastRepeats: string[] = [];
  const acceptedMulticasts = new Map<string, string>();
  let multicastAnswer: (index: number) => Reply | undefined = () => undefined;
  let multicastIndex = 0;

  const answerMulticast = (request: RecordedRequest): Reply => {
    if (request.headers.authorization !== `Bearer ${lineToken}`)
      return { status: 401, body: { message: 'Authentication failed' } };
    const retryKey = String(request.headers['x-line-retry-key'] ?? '');
    const first = acceptedMulticasts.get(retryKey);
    if (first !== undefined) {
      multicastRepeats.push(retryKey);
      return {
        status: 409,
        headers: { 'x-line-request-id': randomUUID(), 'x-line-accepted-request-id': first },
        body: { message: 'The retry key is already accepted' },
      };
    }
    const body = JSON.parse(request.body) as { to?: unknown; messages?: unknown[] };
    const to = Array.isArray(body.to) ? body.to.map(String) : [];
    if (to.length === 0 || to.length > 500 || !to.every((id) => userId.test(id))) {
      return { status: 400, body: { message: 'The request body has 1 error(s)', details: [{ property: 'to' }] } };
    }
    const requestId = randomUUID();
    if (retryKey !== '') acceptedMulticasts.set(retryKey, requestId);
    multicasts.push({ retryKey, to, messages: body.messages ?? [] });
    const answer = multicastAnswer(multicastIndex++);
    if (answer !== undefined) return answer;
    return { status: 200, headers: { 'x-line-request-id': requestId }, body: {} };
  };

  return {
    reply: (request, index) => {
      if (request.method === 'POST' && request.path === '/v2/bot/message/reply') return answerReply(request);
      if (request.method === 'POST' && request.path === '/v2/bot/message/multicast') return answerMulticast(request);
      return richMenus.reply(request) ?? options.console?.reply(request) ?? push.reply(request, index);
    },
    multicasts,
    multicastRepeats,
    failMulticastsAfterAccepting: (answer) => {
      multicastAnswer = answer;
    },
    accepted: push.accepted,
    replied,
    richMenus,
    issueReplyToken: ({ issuedAt = Date.now(), lifetimeMs = 60_000 } = {}) => {
      const token = randomUUID().replaceAll('-', '');
      tokens.set(token, { expiresAt: issuedAt + lifetimeMs, used: false });
      return { token, issuedAt };
    },
    failReplies: (reply) => {
      failure = reply;
    },
  };
}
