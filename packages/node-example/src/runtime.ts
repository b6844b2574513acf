import { defineRuntime, profileService, type RuntimePackage } from '@wayfarer/nodes/runtime';
import { stampAttribute, stampCardNode } from './stamp-card';

const stampCardRuntime = defineRuntime(stampCardNode, {
  needs: [profileService],
  execute: async (config, { customer, services: { profile } }) => {
    const attribute = stampAttribute(config.card);
    const current = Number(customer.attributes[attribute] ?? 0);
    const stamps = (Number.isFinite(current) ? current : 0) + 1;
    const full = stamps >= config.size;
    await profile.setAttributes({ [attribute]: full ? 0 : stamps });
    return { port: full ? 'card_full' : 'stamped', output: { stamps } };
  },
});

export const runtimes: RuntimePackage['runtimes'] = [stampCardRuntime];
