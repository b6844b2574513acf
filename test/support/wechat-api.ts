// The WeChat Official Account API paths Wayfarer calls, as WeChat documents them: the access token
// (GET /cgi-bin/token, each new token invalidating the last), customer-service messages and template
// messages (POST with ?access_token=), and errors as HTTP 200 with an `errcode`.
import type { RecordedRequest, Reply } from '../integration/channels/http-sink';

export const wechatAppId = 'wx1234567890abcdef';
export const wechatAppSecret = 'wechat-app-secret-0b5e';
export const wechatCallbackToken = 'wayfarerToken42';

export interface WechatDelivery {
  path: string;
  body: Record<string, unknown>;
}

export function wechatApi(fail: (path: string, index: number) => Reply | undefined = () => undefined) {
  let issued = 0;
  let current: string | undefined;
  /** Messages WeChat took (and would deliver), in order. */
  const delivered: WechatDelivery[] = [];
  const tokenRequests: string[] = [];
  const reply = (request: RecordedRequest, index: number): Reply => {
    const url = new URL(request.path, 'http://wechat.local');
    if (request.method === 'GET' && url.pathname === '/cgi-bin/token') {
      tokenRequests.push(request.path);
      const ok =
        url.searchParams.get('grant_type') === 'client_credential' && url.searchParams.get('appid') === wechatAppId;
      if (!ok || url.searchParams.get('secret') !== wechatAppSecret)
        return { status: 200, body: { errcode: 40125, errmsg: 'invalid appsecret' } };
      issued += 1;
      current = `ACCESS_TOKEN_${issued}`;
      return { status: 200, body: { access_token: current, expires_in: 7200 } };
    }
    const paths = ['/cgi-bin/message/custom/send', '/cgi-bin/message/template/send'];
    if (request.method !== 'POST' || !paths.includes(url.pathname)) return { status: 404 };
    if (url.searchParams.get('access_token') !== current) {
      return {
        status: 200,
        body: { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' },
      };
    }
    const failure = fail(url.pathname, index);
    if (failure !== undefined && failure !== 'hang') return failure;
    delivered.push({ path: url.pathname, body: JSON.parse(request.body) as Record<string, unknown> });
    if (failure === 'hang') return 'hang';
    const msgid = url.pathname.endsWith('template/send') ? { msgid: 200_000 + delivered.length } : {};
    return { status: 200, body: { errcode: 0, errmsg: 'ok', ...msgid } };
  };
  return {
    reply,
    delivered,
    tokenRequests,
    /** Another caller fetched a token: ours is no longer valid (WeChat answers 40001). */
    revokeToken: () => {
      current = `REVOKED_${issued}`;
    },
  };
}
