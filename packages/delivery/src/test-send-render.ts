// What a test send carries: the message rendered by the send step's own renderer for a customer of
// the workspace (or the sample customer the editor previews with), and the recipient's address.
import type { RenderedMessage } from '@wayfarer/channels';
import { listCustomerIdentities, loadCustomerProfile, type Db } from '@wayfarer/db';
import { sendContentProblems, type SendChannel, type SendContent } from '@wayfarer/nodes';
import { renderSend, sendScope, TemplateRenderError, type CustomerSnapshot } from '@wayfarer/nodes/runtime';
import { addressFor } from './channel-message';

/** Mei, a VIP in Taipei who just bought tea: the editor's sample customer (sample-customer.ts in the web app). */
const sampleCustomer: CustomerSnapshot = {
  id: 'sample',
  externalId: 'cus_mei',
  attributes: { name: 'Mei', tier: 'VIP', city: 'Taipei', birthday: '1990-05-20' },
  tags: ['vip', 'tea-lover'],
  points: 1280,
  timezone: 'Asia/Taipei',
  locale: 'zh-TW',
};
const sampleEvent = { name: 'purchase', properties: { product: 'Oolong tea', amount: 680, order_id: 'A1001' } };

export type TestRendering =
  { ok: true; message: RenderedMessage } | { ok: false; field: string; detail: string; variable?: string };

/** The content rendered with the customer's (or the sample's) data, or the field that failed. */
export async function renderTestMessage(
  db: Db,
  send: { channel: SendChannel; content: SendContent; dataCustomerId: string | null },
  now: Date,
): Promise<TestRendering> {
  const problem = sendContentProblems(send.channel, send.content)[0];
  if (problem !== undefined) return { ok: false, field: problem.field, detail: problem.message };
  const profile = send.dataCustomerId === null ? undefined : await loadCustomerProfile(db, send.dataCustomerId);
  const customer = profile ?? sampleCustomer;
  const entryEvent = profile === undefined ? { id: 'sample', ...sampleEvent, timestamp: now.toISOString() } : null;
  try {
    const scope = sendScope({ customer, entryEvent, now }, {});
    const { message } = await renderSend(
      { channel: send.channel, name: 'test', content: send.content },
      customer.locale,
      scope,
    );
    // The outbox is no channel a test can go through; the caller offers only connected channels.
    if (message.channel === 'outbox') return { ok: false, field: 'channel', detail: 'The outbox is not a channel.' };
    return { ok: true, message };
  } catch (error) {
    if (!(error instanceof TemplateRenderError)) throw error;
    const detail = error.cause instanceof Error ? error.cause.message : error.message;
    return {
      ok: false,
      field: error.field,
      detail,
      ...(error.variable === undefined ? {} : { variable: error.variable }),
    };
  }
}

/**
 * The recipient's address on the channel: the member's own email, the customer profile's identity
 * of the channel's kind, or the address the admin typed. `undefined` when there is none; `null` when the channel needs none.
 */
export async function testAddress(
  db: Db,
  channel: RenderedMessage['channel'],
  recipient:
    | { kind: 'me'; email: string | null }
    | { kind: 'customer'; customerId: string }
    | { kind: 'address'; address: string },
): Promise<string | null | undefined> {
  if (recipient.kind === 'address') return recipient.address;
  if (recipient.kind === 'customer') return addressFor(channel, await listCustomerIdentities(db, recipient.customerId));
  const identities = recipient.email === null ? [] : [{ kind: 'email', value: recipient.email }];
  return addressFor(channel, identities);
}
