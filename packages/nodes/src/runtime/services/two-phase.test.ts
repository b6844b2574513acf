// Services by capability and two-phase steps, as every host runs them (run-phases.ts): a node
// declares what it needs per phase, the registry builds it lazily for one visit, and misuse fails
// the step for good with a code that says what is missing.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineNodeType } from '../../define';
import { NodeRegistryError } from '../../errors';
import { createNodeRegistry } from '../../registry';
import { defineRuntime } from '../define-runtime';
import { createHostServices, createRuntimeRegistry } from '../runtime-registry';
import { StepFailure } from '../step-failure';
import { fakeStep } from '../test-context';
import { httpService, type HttpService } from './io-services';
import { profileService, type ProfileService } from './journey-services';
import { runFacet } from './run-phases';
import { defineService } from './service-key';
import { createServiceRegistry, provideService } from './service-registry';

const lookupNode = defineNodeType({
  type: 'test.lookup',
  version: 1,
  kind: 'action',
  category: 'custom',
  title: { en: 'Lookup', 'zh-TW': '查詢', 'zh-CN': '查询' },
  description: { en: 'Looks up a tier', 'zh-TW': '查詢等級', 'zh-CN': '查询等级' },
  config: z.object({ attribute: z.string() }),
  ports: [{ name: 'found' }, { name: 'missing' }],
});

const directory = defineService<{ tierOf(id: string): Promise<string | null> }>()({
  name: 'testDirectory',
  description: 'a directory of tiers',
  phase: 'call',
});

const lookupRuntime = defineRuntime(lookupNode, {
  needs: [profileService],
  call: {
    needs: [directory],
    guarantee: 'at-least-once',
    run: async (_config, { customer, services }) => ({ tier: await services.testDirectory.tierOf(customer.id) }),
  },
  execute: async (config, { services: { profile } }, called) => {
    if (called.value.tier === null) return { port: 'missing' };
    await profile.setAttributes({ [config.attribute]: called.value.tier });
    return { port: 'found', output: { tier: called.value.tier } };
  },
});

function host(tiers: Record<string, string>) {
  const written: Record<string, unknown>[] = [];
  const built: string[] = [];
  const profile: ProfileService = {
    addTags: () => Promise.reject(new Error('unexpected')),
    removeTags: () => Promise.reject(new Error('unexpected')),
    setAttributes: (attributes) => Promise.resolve(void written.push(attributes)),
  };
  const http: HttpService = { request: () => Promise.reject(new Error('no network in unit tests')) };
  const services = createServiceRegistry([
    provideService(profileService, () => (built.push('profile'), profile)),
    provideService(httpService, () => (built.push('http'), http)),
    // A package's own service, built on the host's `http` through `use`.
    provideService(directory, ({ use }) => {
      use(httpService);
      built.push('testDirectory');
      return { tierOf: (id: string) => Promise.resolve(tiers[id] ?? null) };
    }),
  ]);
  return { services, written, built };
}

describe('a two-phase node on a service registry', () => {
  it('calls, then commits with the call’s value; each service is built only when used', async () => {
    const { services, written, built } = host({ 'cust-1': 'gold' });
    const result = await runFacet(lookupRuntime, { attribute: 'crm_tier' }, fakeStep(), services, undefined);
    expect(result).toEqual({ port: 'found', output: { tier: 'gold' } });
    expect(written).toEqual([{ crm_tier: 'gold' }]);
    expect(built).toEqual(['http', 'testDirectory', 'profile']);
  });

  it('follows the node’s own port when the call finds nothing, writing nothing', async () => {
    const { services, written } = host({});
    const result = await runFacet(lookupRuntime, { attribute: 'crm_tier' }, fakeStep(), services, undefined);
    expect(result.port).toBe('missing');
    expect(written).toEqual([]);
  });

  it('refuses a commit-phase service during the call, for good', async () => {
    const sneaky = defineService<ProfileService>()({ name: 'profile', description: 'tags', phase: 'call' });
    const { services } = host({});
    const misused = defineRuntime(lookupNode, {
      call: {
        needs: [sneaky],
        guarantee: 'at-least-once',
        run: async (_config, { services }) => {
          await services.profile.addTags(['called']);
          return null;
        },
      },
      execute: () => Promise.resolve({ port: 'missing' as const }),
    });
    const failure = await runFacet(misused, { attribute: 'a' }, fakeStep(), services, undefined).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StepFailure);
    expect(failure).toMatchObject({ code: 'service_phase', retryable: false });
  });

  it('refuses to define a runtime whose transaction phase needs a network service', () => {
    expect(() =>
      defineRuntime(lookupNode, {
        needs: [httpService as never],
        execute: () => Promise.resolve({ port: 'missing' as const }),
      }),
    ).toThrow(NodeRegistryError);
  });

  it('a host missing a service a registered node needs does not start, and says which', () => {
    const runtimes = createRuntimeRegistry(createNodeRegistry([lookupNode]), [lookupRuntime]);
    expect(() => createHostServices(runtimes, [provideService(profileService, () => ({}) as ProfileService)])).toThrow(
      /test\.lookup needs "testDirectory" \(a directory of tiers\)/,
    );
  });
});
