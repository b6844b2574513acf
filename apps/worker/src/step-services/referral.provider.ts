import { shareLinkUrl } from '@wayfarer/channels';
import { ensureShareLink } from '@wayfarer/db';
import { provideService, referralService, type ReferralService } from '@wayfarer/nodes/runtime';
import { stepTransaction, type WorkerStepHost } from './worker-host';

/** `referral`: the customer's share link, kept in the step's transaction, under the public address. */
export const referralProvider = (publicUrl: string) =>
  provideService(referralService, ({ step }, host: WorkerStepHost): ReferralService => {
    const trx = stepTransaction(host, referralService.name);
    return {
      shareLink: async (landingUrl) => {
        const link = await ensureShareLink(trx, {
          workspaceId: step.workspaceId,
          customerId: step.customer.id,
          landingUrl,
        });
        return { code: link.code, url: shareLinkUrl(publicUrl, link.code) };
      },
    };
  });
