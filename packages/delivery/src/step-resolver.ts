import { AsyncLocalStorage } from 'node:async_hooks';
import {
  createAdapterResolver,
  type ChannelName,
  type OutboundPolicy,
  type ResolvedAdapter,
  type SecretBox,
} from '@wayfarer/channels';
import { findChannelCredentials, type Db } from '@wayfarer/db';

/**
 * Resolves a workspace's channel adapter, reading its sealed credentials on the handle the
 * delivery writes with, while keeping one adapter cache for the process.
 */
export function createStepResolver(box: SecretBox, policy?: OutboundPolicy) {
  const current = new AsyncLocalStorage<Db>();
  const resolver = createAdapterResolver({
    box,
    ...(policy ? { policy } : {}),
    load: (workspaceId, channel) => {
      const db = current.getStore();
      if (!db) throw new Error('channel credentials read outside a delivery');
      return findChannelCredentials(db, workspaceId, channel);
    },
  });
  return (db: Db, workspaceId: string, channel: ChannelName): Promise<ResolvedAdapter> =>
    current.run(db, () => resolver.resolve(workspaceId, channel));
}

export type StepResolver = ReturnType<typeof createStepResolver>;
