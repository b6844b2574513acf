import { describe, expect, it } from 'vitest';
import { wechatConfigSchema } from './wechat.channel';
import { wechatSignature } from './wechat-signature';
import { wechatWebhook } from './wechat.webhook';

const config = wechatConfigSchema.parse({
  channel: 'wechat',
  appId: 'wx1234567890abcdef',
  appSecret: 's',
  token: 'tok123',
});

function signed(extra: Record<string, string> = {}) {
  return { timestamp: '1700000000', nonce: '88', signature: wechatSignature('tok123', '1700000000', '88'), ...extra };
}

const xml = (inner: string) =>
  Buffer.from(
    `<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[oUser_0001]]></FromUserName><CreateTime>1700000000</CreateTime>${inner}</xml>`,
  );

describe('the WeChat callback', () => {
  it('echoes echostr to a signed GET and refuses an unsigned one', () => {
    const ok = wechatWebhook.handle(
      { method: 'GET', query: signed({ echostr: 'e-42' }), headers: {}, body: Buffer.alloc(0) },
      config,
    );
    expect(ok).toMatchObject({ status: 200, body: 'e-42', events: [] });
    const bad = wechatWebhook.handle(
      {
        method: 'GET',
        query: { ...signed(), signature: 'f'.repeat(40), echostr: 'e' },
        headers: {},
        body: Buffer.alloc(0),
      },
      config,
    );
    expect(bad.status).toBe(401);
  });

  it('maps a text message, subscribe, unsubscribe and a menu click; keeps the OpenID a string', () => {
    const handle = (inner: string) =>
      wechatWebhook.handle({ method: 'POST', query: signed(), headers: {}, body: xml(inner) }, config).events[0];
    expect(
      handle(
        '<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好 & 1]]></Content><MsgId>1234567890123456789</MsgId>',
      ),
    ).toMatchObject({
      name: 'wechat_message',
      identity: { kind: 'wechat', value: 'oUser_0001' },
      messageId: '1234567890123456789',
      properties: { msgType: 'text', text: '你好 & 1', msgId: '1234567890123456789' },
    });
    expect(handle('<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>')).toMatchObject({
      name: 'wechat_subscribed',
      consent: 'subscribed',
      messageId: 'oUser_0001:1700000000:subscribe',
    });
    expect(handle('<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unsubscribe]]></Event>')?.consent).toBe(
      'unsubscribed',
    );
    expect(
      handle(
        '<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[CLICK]]></Event><EventKey><![CDATA[V1_COUPON]]></EventKey>',
      ),
    ).toMatchObject({
      name: 'wechat_menu_clicked',
      properties: { key: 'V1_COUPON' },
    });
  });

  it('answers 400 to a body that is not a WeChat message', () => {
    const outcome = wechatWebhook.handle(
      { method: 'POST', query: signed(), headers: {}, body: Buffer.from('<xml><a>') },
      config,
    );
    expect(outcome.status).toBe(400);
    expect(outcome.events).toEqual([]);
  });
});
