import {
  defineRuntime,
  httpService,
  profileService,
  secretsService,
  StepFailure,
  type RuntimePackage,
} from '@wayfarer/nodes/runtime';
import { crmSyncNode } from './index';

/** The workspace secret holding the CRM's API token. */
export const crmTokenSecret = 'acme.crm.token';

const crmSyncRuntime = defineRuntime(crmSyncNode, {
  needs: [profileService],
  call: {
    needs: [httpService, secretsService],
    // A write the CRM deduplicates on the Idempotency-Key `http` sends (the step's key).
    guarantee: 'exactly-once',
    run: async (config, { customer, services: { http, secrets } }) => {
      const token = await secrets.require(crmTokenSecret);
      const response = await http.request({
        method: 'POST',
        url: `${config.crmUrl}/contacts/${encodeURIComponent(customer.externalId)}/sync`,
        headers: { authorization: `Bearer ${token}` },
        json: { externalId: customer.externalId },
        timeoutMs: 100_000,
      });
      if (response.status !== 200) {
        throw new StepFailure('crm_unavailable', `Acme CRM answered ${response.status}.`, { retryable: true });
      }
      const { contactId } = response.json() as { contactId: string };
      return { contactId };
    },
  },
  // Counts its commits on purpose: a second commit of the same visit would show as crm_syncs = 2.
  execute: async (_config, { customer, services: { profile } }, called) => {
    const syncs = Number(customer.attributes.crm_syncs ?? 0);
    await profile.setAttributes({ crm_contact_id: called.value.contactId, crm_syncs: syncs + 1 });
    return { port: 'synced', output: { contactId: called.value.contactId } };
  },
});

export const runtimes: RuntimePackage['runtimes'] = [crmSyncRuntime];
