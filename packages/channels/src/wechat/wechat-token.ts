import { z } from 'zod';
import { attemptHttp } from '../http-attempt';
import type { OutboundPolicy } from '../outbound/address-policy';
import type { DeliveryFailed } from '../types';
import type { WechatConfig } from './wechat.channel';
import { wechatFailure } from './wechat-errors';

// The account's access token (`GET /cgi-bin/token`): valid for `expires_in` seconds (7200), and each
// new one invalidates the last, so it is fetched once and kept until shortly before it expires, or
// until WeChat says it is no longer valid (errcode 40001 / 42001).

const tokenAnswer = z.union([
  z.object({ access_token: z.string().min(1), expires_in: z.number().positive() }),
  z.object({ errcode: z.number(), errmsg: z.string().optional() }),
]);

/** Renew this long before WeChat's expiry: a request takes time to arrive. */
const EARLY_MS = 5 * 60_000;

export interface WechatTokens {
  /** The cached token, or a new one; a failure when WeChat gives none. */
  get(signal?: AbortSignal): Promise<string | DeliveryFailed>;
  /** Forgets `token` (WeChat refused it): the next `get` fetches a new one. */
  invalidate(token: string): void;
}

export function createWechatTokens(config: WechatConfig, policy: OutboundPolicy): WechatTokens {
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string | DeliveryFailed> | undefined;
  const url = new URL('/cgi-bin/token', config.baseUrl);
  url.search = new URLSearchParams({
    grant_type: 'client_credential',
    appid: config.appId,
    secret: config.appSecret,
  }).toString();

  async function fetchToken(signal?: AbortSignal): Promise<string | DeliveryFailed> {
    let token: string | undefined;
    const result = await attemptHttp({
      url: url.toString(),
      init: { method: 'GET', headers: { accept: 'application/json' } },
      timeoutMs: config.timeoutMs,
      ...(signal ? { signal } : {}),
      policy,
      accept: async (response) => {
        const parsed = tokenAnswer.safeParse(await response.json().catch(() => null));
        if (!parsed.success) return wechatFailure(-1);
        if ('errcode' in parsed.data) return wechatFailure(parsed.data.errcode);
        token = parsed.data.access_token;
        cached = { token, expiresAt: Date.now() + parsed.data.expires_in * 1000 - EARLY_MS };
        return { status: 'sent', providerMessageId: 'token' };
      },
    });
    return result.status === 'failed' ? result : (token ?? wechatFailure(-1));
  }

  return {
    get(signal) {
      if (cached !== undefined && cached.expiresAt > Date.now()) return Promise.resolve(cached.token);
      // Concurrent sends share one fetch: a second fetch would invalidate the first one's token.
      pending ??= fetchToken(signal).finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
  };
}
