import { z } from 'zod';
import { defineAdapter, widenAdapter } from '../define-adapter';
import { defineChannelRuntime } from '../define-channel-runtime';
import { attemptHttp } from '../http-attempt';
import { defaultOutboundPolicy, type OutboundPolicy } from '../outbound/address-policy';
import type { ChannelAdapter, DeliveryResult, SendOptions } from '../types';
import { unconfirmed, unlessMaybeDelivered } from '../unconfirmed';
import { wechatChannel, wechatMessageSchema, type WechatConfig, type WechatMessage } from './wechat.channel';
import { tokenRefusedCodes, wechatFailure } from './wechat-errors';
import { createWechatTokens } from './wechat-token';
import { wechatWebhook } from './wechat.webhook';

const sendAnswer = z.looseObject({
  errcode: z.number().optional(),
  msgid: z.union([z.number(), z.string()]).optional(),
});

/** The API path and body of a message: customer-service text or a template message. */
export function wechatRequest(message: WechatMessage): { path: string; body: Record<string, unknown> } {
  const { content } = message;
  if (content.type === 'text') {
    return {
      path: '/cgi-bin/message/custom/send',
      body: { touser: message.to, msgtype: 'text', text: { content: content.text } },
    };
  }
  const data = Object.fromEntries(Object.entries(content.data).map(([key, value]) => [key, { value }]));
  return {
    path: '/cgi-bin/message/template/send',
    body: {
      touser: message.to,
      template_id: content.templateId,
      ...(content.url === undefined ? {} : { url: content.url }),
      data,
    },
  };
}

/**
 * WeChat Official Account messages with the cached access token (wechat-token.ts). A refused token
 * (40001 / 42001) delivered nothing: it is renewed and the message sent once more. WeChat takes no
 * idempotency key, so an attempt without a readable answer is `unknown_outcome`, never repeated.
 */
export function createWechatAdapter(
  config: WechatConfig,
  policy: OutboundPolicy = defaultOutboundPolicy(),
): ChannelAdapter<'wechat'> {
  const tokens = createWechatTokens(config, policy);

  async function attempt(message: WechatMessage, token: string, options: SendOptions) {
    const { path, body } = wechatRequest(message);
    const url = new URL(path, config.baseUrl);
    url.searchParams.set('access_token', token);
    let errcode = 0;
    // WeChat answered (HTTP 200): its errcode says what happened, nothing is ambiguous.
    let answered = false;
    const result = await attemptHttp({
      url: url.toString(),
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      },
      timeoutMs: config.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
      policy,
      accept: async (response): Promise<DeliveryResult> => {
        const parsed = sendAnswer.safeParse(await response.json().catch(() => null));
        if (!parsed.success) return unconfirmed('accepted_without_errcode');
        answered = true;
        errcode = parsed.data.errcode ?? 0;
        if (errcode !== 0) return wechatFailure(errcode);
        const id = parsed.data.msgid === undefined ? `key:${options.idempotencyKey}` : String(parsed.data.msgid);
        return { status: 'sent', providerMessageId: id };
      },
    });
    return { result: result.status === 'sent' || answered ? result : unlessMaybeDelivered(result), errcode };
  }

  return defineAdapter('wechat', wechatMessageSchema, async (message, options) => {
    for (let round = 0; ; round += 1) {
      const token = await tokens.get(options.signal);
      if (typeof token !== 'string') return token;
      const { result, errcode } = await attempt(message, token, options);
      if (!tokenRefusedCodes.has(errcode) || round > 0) return result;
      tokens.invalidate(token);
    }
  });
}

/** WeChat's runtime facet: the message adapter and the callback. */
export const wechatRuntime = defineChannelRuntime(wechatChannel, {
  createAdapter: (config, deps) => widenAdapter(createWechatAdapter(config, deps.policy)),
  webhook: wechatWebhook,
});
