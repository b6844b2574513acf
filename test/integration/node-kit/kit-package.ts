// A node package made for the node kit's own test: a node that greets with a workspace secret
// through a service of the package's own, and one that fails for good.
import { defineNodeType } from '@wayfarer/nodes';
import {
  defineRuntime,
  defineService,
  profileService,
  provideService,
  secretsService,
  StepFailure,
} from '@wayfarer/nodes/runtime';
import { z } from 'zod';

const text = (en: string) => ({ en, 'zh-TW': en, 'zh-CN': en });

const greetNode = defineNodeType({
  type: 'kit.greet',
  version: 1,
  kind: 'action',
  category: 'custom',
  title: text('Greet'),
  description: text('Stores a greeting made from a workspace secret'),
  config: z.object({ secret: z.string().regex(/^[a-z.]+$/, 'A secret name: lower-case letters and dots') }),
  ports: [{ name: 'greeted' }],
  eventsRead: () => [],
});

const refuseNode = defineNodeType({
  type: 'kit.refuse',
  version: 1,
  kind: 'action',
  category: 'custom',
  title: text('Refuse'),
  description: text('Always fails for good'),
  config: z.object({}),
  ports: [{ name: 'out' }],
  eventsRead: () => [],
});

interface Greeting {
  greet(secret: string): Promise<string>;
}
const greetingService = defineService<Greeting>()({ name: 'kitGreeting', description: 'greetings', phase: 'any' });

const greetingProvider = provideService(greetingService, ({ use }): Greeting => {
  const secrets = use(secretsService);
  return { greet: async (secret) => `${await secrets.require(secret)}!` };
});

export const kitPackage = {
  name: '@wayfarer/kit-test-nodes',
  nodeTypes: [greetNode, refuseNode],
  runtimes: [
    defineRuntime(greetNode, {
      needs: [profileService, greetingService],
      execute: async (config, { services: { profile, kitGreeting } }) => {
        await profile.setAttributes({ greeting: await kitGreeting.greet(config.secret) });
        return { port: 'greeted' };
      },
    }),
    defineRuntime(refuseNode, {
      needs: [],
      execute: async () => {
        throw new StepFailure('kit_refused', 'The kit node refuses every customer.', { retryable: false });
      },
    }),
  ],
  services: [greetingProvider],
};
