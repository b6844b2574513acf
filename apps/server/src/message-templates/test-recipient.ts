// Who a test goes to. "Me" is the member's email address on email; on a channel addressed by
// another identity (a LINE user id) it is the member's linked profile: the workspace customer
// bound to the member's email, when there is one. A typed address is for admins only.
import { TRPCError } from '@trpc/server';
import { channelSpec, type ProviderChannelName } from '@wayfarer/channels/spec';
import { findIdentityOwners, type Db } from '@wayfarer/db';
import type { TestSendInput as WorkflowInput } from '@wayfarer/workflows';
import { roleAtLeast, type Actor } from '../accounts/roles';
import type { TestSendInput } from './message-template-input';

export async function testRecipient(
  db: Db,
  caller: { workspaceId: string; actor: Actor },
  channel: ProviderChannelName,
  recipient: TestSendInput['recipient'],
  email: string | null,
): Promise<WorkflowInput['recipient']> {
  if (recipient.kind === 'customer') return recipient;
  if (recipient.kind === 'address') {
    if (!roleAtLeast(caller.actor.role, 'admin')) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Only admins send tests to a typed address.' });
    }
    return recipient;
  }
  const kind = channelSpec(channel).address;
  if (email === null || kind === null || kind === 'email') return { kind: 'me', email };
  const owners = await findIdentityOwners(db, caller.workspaceId, [{ kind: 'email', value: email }]);
  const linked = owners.get(`email:${email}`);
  return linked === undefined ? { kind: 'me', email } : { kind: 'customer', customerId: linked };
}
