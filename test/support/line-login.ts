// A local LINE Login: issues ID tokens (JWTs signed HS256, as LINE signs them for a channel) and
// answers `POST /oauth2/v2.1/verify` as LINE does — the claims for a valid token of `client_id`,
// 400 `invalid_request` for a forged, expired or foreign one.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { startHttpSink, type HttpSink, type RecordedRequest, type Reply } from '../integration/channels/http-sink';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface LineLogin {
  sink: HttpSink;
  url: string;
  /** An ID token LINE would give the LIFF app of `channelId` for `userId`. */
  issue(userId: string, channelId: string, options?: { expiresInS?: number; secret?: string }): string;
  close(): Promise<void>;
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

function refuse(description: string): Reply {
  return { status: 400, body: { error: 'invalid_request', error_description: description } };
}

function verify(secret: string, request: RecordedRequest): Reply {
  if (request.method !== 'POST' || request.path !== '/oauth2/v2.1/verify') return { status: 404 };
  const form = new URLSearchParams(request.body);
  const [header = '', payload = '', signature = ''] = (form.get('id_token') ?? '').split('.');
  const expected = Buffer.from(sign(secret, `${header}.${payload}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return refuse('Invalid IdToken.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { aud: string; exp: number };
  if (claims.exp * 1000 <= Date.now()) return refuse('IdToken expired.');
  if (claims.aud !== form.get('client_id')) return refuse('Invalid IdToken Audience.');
  return { status: 200, body: claims };
}

export async function startLineLogin(secret = 'line-login-channel-secret'): Promise<LineLogin> {
  const sink = await startHttpSink((request) => verify(secret, request));
  return {
    sink,
    url: sink.url,
    issue: (userId, channelId, options = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const header = b64({ typ: 'JWT', alg: 'HS256' });
      const payload = b64({
        iss: 'https://access.line.me',
        sub: userId,
        aud: channelId,
        exp: now + (options.expiresInS ?? 3600),
        iat: now,
        amr: ['linesso'],
        name: 'LINE user',
      });
      return `${header}.${payload}.${sign(options.secret ?? secret, `${header}.${payload}`)}`;
    },
    close: () => sink.close(),
  };
}
