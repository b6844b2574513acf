import { loadNodeRegistry } from '@wayfarer/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, startTestServer, trpcClient, type TestServer } from './support';

// `nodeTypes.list`: discovery of every node type the server's registry holds, from the repository's
// own wayfarer.config.json (which adds @wayfarer/node-example).
describe('nodeTypes tRPC API', () => {
  let test: TestServer;
  let api: ReturnType<typeof trpcClient>;

  beforeAll(async () => {
    test = await startTestServer('server_node_types', { registry: await loadNodeRegistry() });
    api = trpcClient(test, (await createTestWorkspace(test)).fullKey);
  });
  afterAll(async () => test.close());

  it('lists core.send with its ports, localized texts and config JSON Schema', async () => {
    const types = await api.nodeTypes.list.query();
    expect(new Set(types.map((type) => type.type)).size).toBe(types.length);
    const send = types.find((type) => type.type === 'core.send');
    expect(send).toMatchObject({
      kind: 'action',
      category: 'actions',
      ports: ['sent', 'skipped', 'failed'],
      portsDependOnConfig: false,
      package: '@wayfarer/nodes',
      title: { en: expect.any(String), 'zh-TW': expect.any(String), 'zh-CN': expect.any(String) },
    });
    expect(send?.version).toBeGreaterThanOrEqual(1);
    expect(send?.configSchema).toMatchObject({
      $schema: expect.stringContaining('json-schema'),
      type: 'object',
      properties: { name: { type: 'string', maxLength: 120 } },
    });
    expect(send?.configSchema?.required).toContain('name');
    for (const type of types) expect(type.configSchema, type.type).not.toBeNull();
  });

  it('lists the configured example package’s node type with its package', async () => {
    const types = await api.nodeTypes.list.query();
    const custom = types.filter((type) => type.package === '@wayfarer/node-example');
    expect(custom.map((type) => type.type)).toContain('example.stamp-card');
    const stampCard = custom.find((type) => type.type === 'example.stamp-card');
    expect(stampCard).toMatchObject({ ports: ['stamped', 'card_full'], category: 'custom' });
    // `size` has a default, so the schema of what the API accepts leaves it optional.
    expect(stampCard?.configSchema).toMatchObject({
      properties: { card: { type: 'string' }, size: { type: 'integer', default: 10 } },
      required: ['card'],
    });
    expect(types.filter((type) => type.package === null)).toEqual([]);
  });

  it('is refused without a key', async () => {
    const response = await test.server.app.inject({ method: 'GET', url: '/trpc/nodeTypes.list' });
    expect(response.statusCode).toBe(401);
    expect(response.body).not.toContain('/work/');
  });
});
