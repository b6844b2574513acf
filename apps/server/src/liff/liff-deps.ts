// What the LIFF form routes need besides the routing deps: where LINE Login is, how the workspace's
// SMS channel is reached, and how many codes a phone or LINE user may be sent in an hour.
import { createAdapterResolver, type AdapterResolver, type OutboundPolicy, type SecretBox } from '@wayfarer/channels';
import { findChannelCredentials, type Db } from '@wayfarer/db';
import type { RoutingDeps } from '@wayfarer/routing';
import { DEFAULT_LINE_LOGIN_BASE_URL } from './line-login';
import { DEFAULT_PHONE_CODES_PER_HOUR } from './phone-code';

/** LINE's LIFF SDK (the page loads it from LINE, as LIFF apps must). */
export const DEFAULT_LIFF_SDK_URL = 'https://static.line-scdn.net/liff/edge/2/sdk.js';

/** Server settings of LIFF forms (`ServerDeps.liff`). */
export interface LiffSettings {
  /** LINE Login's API (LINE_LOGIN_BASE_URL); default https://api.line.me. */
  loginBaseUrl?: string;
  /** The LIFF SDK script the page loads (LIFF_SDK_URL). */
  sdkUrl?: string;
  /** Codes sent per phone, and per LINE user, per hour (default 5). */
  codesPerHour?: number;
}

export interface LiffDeps extends RoutingDeps {
  loginBaseUrl: string;
  sdkUrl: string;
  codesPerHour: number;
  /** The workspace's SMS adapter; absent without a secret key (credentials cannot be opened). */
  sms: AdapterResolver | undefined;
}

export function createLiffDeps(
  services: RoutingDeps & { secretBox?: SecretBox; outbound: OutboundPolicy },
  settings: LiffSettings = {},
): LiffDeps {
  const db: Db = services.db;
  const box = services.secretBox;
  return {
    ...services,
    loginBaseUrl: settings.loginBaseUrl ?? DEFAULT_LINE_LOGIN_BASE_URL,
    sdkUrl: settings.sdkUrl ?? DEFAULT_LIFF_SDK_URL,
    codesPerHour: settings.codesPerHour ?? DEFAULT_PHONE_CODES_PER_HOUR,
    sms:
      box === undefined
        ? undefined
        : createAdapterResolver({
            box,
            policy: services.outbound,
            load: (workspaceId, channel) => findChannelCredentials(db, workspaceId, channel),
          }),
  };
}
