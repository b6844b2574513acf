// The channels settings API: connected channels (secrets redacted), saving and removing a channel's
// credentials, and the workspace's sending policy (quiet hours, caps).
import { z } from 'zod';
import { credentialChannelSchema, listChannels, removeChannel, saveChannel } from '../channels/channel-settings';
import { lineFollowers, lineSetupStatus, setLineWebhook, testLineWebhook } from '../channels/line-setup';
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

  /**
   * The LINE setup wizard (admins): the webhook URL and bot profile, setting the webhook endpoint at
   * LINE and LINE's test of it, and the follower count. LINE's refusals come back as values
   * (`ok: false` with LINE's message), not errors; 404 when LINE is not connected.
   */
  line: router({
    status: workspaceProcedure
      .meta({ role: 'admin' })
      .query(({ ctx }) => lineSetupStatus(ctx.services, ctx.workspaceId, ctx.web.origin)),
    setWebhook: workspaceProcedure
      .meta({ role: 'admin' })
      .mutation(({ ctx }) => setLineWebhook(ctx.services, ctx.workspaceId, ctx.web.origin)),
    // Asks LINE to call the webhook: nothing of ours changes.
    testWebhook: workspaceProcedure
      .meta({ role: 'admin', audit: false })
      .mutation(({ ctx }) => testLineWebhook(ctx.services, ctx.workspaceId)),
    followers: workspaceProcedure
      .meta({ role: 'admin' })
      .query(({ ctx }) => lineFollowers(ctx.services, ctx.workspaceId)),
  }),

  messagingSettings: router({
    get: workspaceProcedure.query(({ ctx }) => getMessagingSettings(ctx.services.db, ctx.workspaceId)),
    save: workspaceProcedure
      .meta({ role: 'admin' })
      .input(messagingSettingsSchema)
      .mutation(({ ctx, input }) => putMessagingSettings(ctx.services.db, ctx.workspaceId, input)),
  }),
});
