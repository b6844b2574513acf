// The test-send workflow's activity: renders the marketer's content with the send step's renderer
// and delivers it with the journeys' send services (@wayfarer/delivery). Bad input from the
// workflow (not a connected channel, content that does not parse) is a non-retryable failure.
import { ApplicationFailure } from '@temporalio/common';
import { credentialChannelNames, type ProviderChannelName } from '@wayfarer/channels';
import type { Db } from '@wayfarer/db';
import { renderTestMessage, testAddress, type SendServices } from '@wayfarer/delivery';
import { sendContentSchema } from '@wayfarer/nodes';
import type { TestSendActivities, TestSendInput, TestSendResult } from '@wayfarer/workflows';

function providerChannel(channel: string): ProviderChannelName {
  const found = credentialChannelNames.find((name) => name === channel);
  if (found === undefined)
    throw ApplicationFailure.nonRetryable(`${channel} is not a channel a test can go through.`, 'invalid_channel');
  return found;
}

export function createTestSendActivities(deps: { db: Db; send: SendServices | undefined }): TestSendActivities {
  return {
    async sendTestMessage(input: TestSendInput): Promise<TestSendResult> {
      const channel = providerChannel(input.channel);
      const content = sendContentSchema.safeParse(input.content);
      if (!content.success) throw ApplicationFailure.nonRetryable('The content does not parse.', 'invalid_content');
      if (deps.send === undefined) {
        // Without WAYFARER_SECRET_KEY no channel opens; nothing is recorded, as no channel could be connected.
        return { status: 'failed', reason: 'channel_not_connected', detail: 'This worker holds no channel key.' };
      }
      const dataCustomerId = input.data.kind === 'customer' ? input.data.customerId : null;
      const [rendering, address] = await Promise.all([
        renderTestMessage(deps.db, { channel, content: content.data, dataCustomerId }, new Date()),
        testAddress(deps.db, channel, input.recipient),
      ]);
      return deps.send.sendTest({
        workspaceId: input.workspaceId,
        requestedBy: input.requestedBy,
        idempotencyKey: `test-send:${input.workspaceId}:${input.requestId}`,
        channel,
        recipientCustomerId: input.recipient.kind === 'customer' ? input.recipient.customerId : null,
        dataCustomerId,
        address,
        rendering,
      });
    },
  };
}
