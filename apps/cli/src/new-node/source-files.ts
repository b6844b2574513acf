// The node's sources: spec, runtime, editor and a test on the real product. The generated node
// sets a profile attribute, the smallest action that writes through a service.
import type { ScaffoldNames } from './scaffold';

export function specSource(names: ScaffoldNames): string {
  return `import { defineNodeType, type NodePackage } from '@wayfarer/nodes';
import { z } from 'zod';

/** ${names.title}: sets a profile attribute of the customer, then follows \`out\`. */
export const ${names.specName} = defineNodeType({
  type: '${names.typeId}',
  version: 1,
  kind: 'action',
  category: 'custom',
  title: { en: '${names.title}', 'zh-TW': '${names.title}', 'zh-CN': '${names.title}' },
  description: {
    en: 'Sets a profile attribute of the customer.',
    'zh-TW': '設定顧客的一個屬性。',
    'zh-CN': '设置顾客的一个属性。',
  },
  config: z.object({
    attribute: z
      .string()
      .regex(/^[a-z0-9_]+$/, 'Use lower-case letters, digits and _')
      .describe('Attribute'),
    value: z.string().trim().min(1).max(200).describe('Value'),
  }),
  ports: [{ name: 'out' }],
  // The runtime reads none of the customer's journey events.
  eventsRead: () => [],
});

/** The node types this package adds (list the package in wayfarer.config.json). */
export const nodeTypes: NodePackage['nodeTypes'] = [${names.specName}];
`;
}

export function runtimeSource(names: ScaffoldNames): string {
  return `import { defineRuntime, profileService, type RuntimePackage } from '@wayfarer/nodes/runtime';
import { ${names.specName} } from './index';

const ${names.specName}Runtime = defineRuntime(${names.specName}, {
  // The services the step may use; each write is part of the step's transaction.
  needs: [profileService],
  execute: async (config, { services: { profile } }) => {
    await profile.setAttributes({ [config.attribute]: config.value });
    return { port: 'out', output: { value: config.value } };
  },
});

export const runtimes: RuntimePackage['runtimes'] = [${names.specName}Runtime];
`;
}

export function editorSource(names: ScaffoldNames): string {
  return `import { defineEditor, type EditorPackage } from '@wayfarer/nodes/editor';
import { ${names.specName} } from './index';

export const editors: EditorPackage['editors'] = [
  defineEditor(${names.specName}, {
    icon: 'puzzle',
    summary: (config, locale) => {
      if (locale === 'en') return \`Set \${config.attribute} to \${config.value}\`;
      return \`\${config.attribute} = \${config.value}\`;
    },
  }),
];
`;
}

export function stackTestSource(names: ScaffoldNames): string {
  return `// ${names.typeId} on the real product: Postgres, the worker's services, the production journey
// workflow on Temporal's time-skipping server.
import type { JourneyGraphInput } from '@wayfarer/journey';
import { startNodeKit, type NodeKit } from '@wayfarer/test/node-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editors } from './editor';
import { nodeTypes } from './index';
import { runtimes } from './runtime';

/** signed_up → ${names.typeId} → wait a day → tag \`welcomed\` → end */
const welcome: JourneyGraphInput = {
  nodes: [
    { id: 'signup', type: 'core.trigger.event', data: { config: { event: 'signed_up' } } },
    { id: 'node', type: '${names.typeId}', data: { config: { attribute: 'plan', value: 'gold' } } },
    { id: 'day', type: 'core.wait', data: { config: { mode: 'duration', duration: { amount: 1, unit: 'days' } } } },
    { id: 'tag', type: 'core.tag', data: { config: { add: ['welcomed'] } } },
    { id: 'end', type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'signup', target: 'node' },
    { id: 'e2', source: 'node', sourceHandle: 'out', target: 'day' },
    { id: 'e3', source: 'day', target: 'tag' },
    { id: 'e4', source: 'tag', target: 'end' },
  ],
};

describe('${names.typeId}', () => {
  let kit: NodeKit;
  beforeAll(async () => {
    kit = await startNodeKit({ name: '${names.packageName}', nodeTypes, runtimes });
  });
  afterAll(async () => kit?.close());

  it('sets the attribute in the database and follows \`out\`', async () => {
    const run = await kit.runStep('${names.typeId}', { attribute: 'tier', value: 'vip' });
    expect(run).toMatchObject({ outcome: 'completed', port: 'out', output: { value: 'vip' } });
    expect(run.customer.attributes).toMatchObject({ tier: 'vip' });
  });

  it('runs in a journey: the step, a day’s wait, then the tag', async () => {
    const run = await kit.runJourney(welcome, { event: 'signed_up' });
    expect(run).toMatchObject({ outcome: 'completed', path: ['signup', 'node', 'day', 'tag', 'end'] });
    expect(run.customer).toMatchObject({ tags: ['welcomed'], attributes: { plan: 'gold' } });
  });

  it('refuses a config its schema rejects when the journey is published', async () => {
    await expect(kit.runStep('${names.typeId}', { attribute: 'Has Spaces', value: 'x' })).rejects.toThrow(
      'lower-case',
    );
  });

  it('summarises the step in the editor', () => {
    const summary = editors[0]?.summary({ attribute: 'plan', value: 'gold' }, 'en');
    expect(summary).toBe('Set plan to gold');
  });
});
`;
}
