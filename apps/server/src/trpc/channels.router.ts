// The channels settings API: connected channels (secrets redacted), saving and removing a channel's
// credentials, and the workspace's sending policy (quiet hours, caps).
import { z } from 'zod';
import { credentialChannelSchema, listChannels, removeChannel, saveChannel } from '../channels/channel-settings';
import { getMessagingSettings, messagingSettingsSchema, putMessagingSettings } from '../channels/messaging-settings';
import { router, workspaceProcedure } from './trpc';

const channelRef = z.object({ channel: credentialChannelSchema });

export const channelsRouter = router({
  list: workspaceProcedure.query(({ ctx }) => listChannels(ctx.services.db, ctx.services.secretBox, ctx.workspaceId)),

  /**
   * `config` is validated against the channel's schema here, after redacted secrets are restored,
   * and its endpoint against the outbound policy (400 naming `url`, `baseUrl` or `host`).
   */
  save: workspaceProcedure
    .meta({ role: 'admin' })
    .input(channelRef.extend({ config: z.record(z.string(), z.unknown()) }))
    .mutation(({ ctx, input }) => saveChannel(ctx.services, ctx.workspaceId, input)),

  remove: workspaceProcedure
    .meta({ role: 'admin' })
    .input(channelRef)
    .mutation(({ ctx, input }) => removeChannel(ctx.services.db, ctx.workspaceId, input.channel)),

  messagingSettings: router({
    get: workspaceProcedure.query(({ ctx }) => getMessagingSettings(ctx.services.db, ctx.workspaceId)),
    save: workspaceProcedure
      .meta({ role: 'admin' })
      .input(messagingSettingsSchema)
      .mutation(({ ctx, input }) => putMessagingSettings(ctx.services.db, ctx.workspaceId, input)),
  }),
});
