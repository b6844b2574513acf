// A workspace that sends on LINE to a local LINE Messaging API (the real @line/bot-sdk client talks
// to it), with customers who have LINE user ids and an ingest key: for tests that run the
// production processes and drive them over HTTP.
import { randomBytes } from 'node:crypto';
import { createSecretBox, sealChannelConfig, type SecretBox } from '@wayfarer/channels';
import {
  bindIdentities,
  createApiKey,
  createWorkspace,
  saveChannelCredentials,
  saveMessagingSettings,
  upsertCustomer,
  type Db,
} from '@wayfarer/db';
import { startHttpSink, type HttpSink } from '../integration/channels/http-sink';
import { lineApi, lineToken } from '../integration/sending/provider-apis';

export interface LineWorkspace {
  workspaceId: string;
  /** Full-scope API key. */
  key: string;
  /** WAYFARER_SECRET_KEY for the worker: it opens the sealed LINE credentials. */
  secretKey: string;
  /** The local LINE API: every request it received, with its arrival time. */
  line: HttpSink;
  /** Arrival times (ms) of the pushes LINE accepted. */
  pushTimes: number[];
  /** Adds customers `<prefix>0…<prefix>n-1`, each with a LINE user id. */
  addCustomers(prefix: string, count: number): Promise<{ userId: string; customerId: string }[]>;
  close(): Promise<void>;
}

/** Connects the workspace's LINE channel to a local LINE Messaging API at `baseUrl`. */
export async function connectLocalLine(
  db: Db,
  box: SecretBox,
  workspaceId: string,
  baseUrl: string,
  timeoutMs = 10_000,
): Promise<void> {
  await saveChannelCredentials(db, {
    workspaceId,
    channel: 'line',
    sealedConfig: sealChannelConfig(box, workspaceId, {
      channel: 'line',
      channelAccessToken: lineToken,
      baseUrl,
      timeoutMs,
    }),
  });
}

/** A customer named `name` (Asia/Taipei, English), with the LINE user id when one is given; returns the id. */
export async function addLineCustomer(
  db: Db,
  workspaceId: string,
  customer: { externalId: string; name: string; lineUserId?: string },
): Promise<string> {
  const row = await upsertCustomer(db, {
    workspaceId,
    externalId: customer.externalId,
    traits: { name: customer.name },
    timezone: 'Asia/Taipei',
    locale: 'en',
  });
  if (customer.lineUserId !== undefined) {
    await bindIdentities(db, workspaceId, row.id, [{ kind: 'line', value: customer.lineUserId }]);
  }
  return row.id;
}

export async function createLineWorkspace(db: Db, name: string): Promise<LineWorkspace> {
  const secret = randomBytes(32);
  const box = createSecretBox(secret);
  const api = lineApi();
  const pushTimes: number[] = [];
  const line = await startHttpSink((request, index) => {
    const reply = api.reply(request, index);
    if (reply !== 'hang' && reply.status === 200) pushTimes.push(Date.now());
    return reply;
  });
  const workspace = await createWorkspace(db, name);
  await connectLocalLine(db, box, workspace.id, line.url);
  // Quiet hours off: the test clock is the machine's. No frequency cap in the way of a burst.
  await saveMessagingSettings(db, workspace.id, { quietHours: null, frequencyCap: null });
  const { key } = await createApiKey(db, { workspaceId: workspace.id, name: 'test', scope: 'full' });
  let lineIds = 0;
  return {
    workspaceId: workspace.id,
    key,
    secretKey: secret.toString('base64'),
    line,
    pushTimes,
    addCustomers: async (prefix, count) => {
      const added: { userId: string; customerId: string }[] = [];
      for (const userId of Array.from({ length: count }, (_, index) => `${prefix}${index}`)) {
        const customer = await upsertCustomer(db, {
          workspaceId: workspace.id,
          externalId: userId,
          traits: { name: userId },
          timezone: 'Asia/Taipei',
          locale: 'zh-TW',
        });
        lineIds += 1;
        const lineUserId = `U${lineIds.toString(16).padStart(32, '0')}`;
        await bindIdentities(db, workspace.id, customer.id, [{ kind: 'line', value: lineUserId }]);
        added.push({ userId, customerId: customer.id });
      }
      return added;
    },
    close: () => line.close(),
  };
}
