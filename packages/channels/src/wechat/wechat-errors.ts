import type { DeliveryFailed } from '../types';

// WeChat answers errors with HTTP 200 and an `errcode` (https://developers.weixin.qq.com/doc/offiaccount/en/Getting_Started/Global_Return_Code.html).
// Each is classified here; the detail names the code, never WeChat's message.

/** The access token is invalid or expired: fetch a new one and try again. */
export const tokenRefusedCodes: ReadonlySet<number> = new Set([40001, 40014, 42001]);

const final = (code: DeliveryFailed['code'], detail: string): DeliveryFailed => ({
  status: 'failed',
  retryable: false,
  code,
  detail,
});

/** A WeChat errcode as a delivery failure. WeChat refused the call in every case: nothing was sent. */
export function wechatFailure(errcode: number): DeliveryFailed {
  switch (errcode) {
    case -1: // system busy
      return { status: 'failed', retryable: true, code: 'provider_unavailable', detail: 'wechat_busy' };
    case 45009: // API calls over the daily quota
    case 45047: // too many customer-service messages since the user's last interaction
      return final('rate_limited', `wechat_${errcode}`);
    case 45015: // outside the 48-hour window
      return final('rejected', 'wechat_outside_window');
    case 43004: // the user does not follow the account
      return final('rejected', 'wechat_not_following');
    case 40013: // invalid AppID
    case 40125: // invalid AppSecret
    case 40164: // calling IP not whitelisted
    case 40001:
    case 40014:
    case 42001:
      return final('unauthorized', `wechat_${errcode}`);
    default:
      return final('rejected', `wechat_${errcode}`);
  }
}
