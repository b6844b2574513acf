import { defineRuntime, eventsService, profileService, type RuntimePackage } from '@wayfarer/nodes/runtime';
import { STAMP_CARD_COMPLETED } from './card-completed';
import { stampAttribute, stampCardNode } from './stamp-card';

const stampCardRuntime = defineRuntime(stampCardNode, {
  needs: [profileService, eventsService],
  execute: async (config, { customer, services: { profile, events } }) => {
    const attribute = stampAttribute(config.card);
    const current = Number(customer.attributes[attribute] ?? 0);
    const stamps = (Number.isFinite(current) ? current : 0) + 1;
    const full = stamps >= config.size;
    await profile.setAttributes({ [attribute]: full ? 0 : stamps });
    // A full card is a fact other journeys wait for (example.wait.card-completed) or start on.
    if (full) await events.emit(STAMP_CARD_COMPLETED, { card: config.card, size: config.size });
    return { port: full ? 'card_full' : 'stamped', output: { stamps } };
  },
});

export const runtimes: RuntimePackage['runtimes'] = [stampCardRuntime];
