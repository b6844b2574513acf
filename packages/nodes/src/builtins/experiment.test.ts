import { compileJourney, type JourneyGraphInput } from '@wayfarer/journey';
import { describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../registry';
import { experimentRuntime } from '../runtime/experiment.runtime';
import { fakeContext } from '../runtime/test-context';
import type { ArmAssignment } from '../runtime/context';
import { experimentNode } from './experiment';
import { builtinNodeTypes } from './index';

const registry = createNodeRegistry(builtinNodeTypes);

function journey(config: unknown, ports: readonly string[]): JourneyGraphInput {
  return {
    nodes: [
      { id: 'start', type: 'core.trigger.event', data: { config: { event: 'signed_up' } } },
      { id: 'test', type: 'core.experiment', data: { config } },
      ...ports.map((port) => ({ id: `end-${port}`, type: 'core.end' })),
    ],
    edges: [
      { id: 'e0', source: 'start', sourceHandle: 'out', target: 'test' },
      ...ports.map((port) => ({ id: `e-${port}`, source: 'test', sourceHandle: port, target: `end-${port}` })),
    ],
  };
}

const threeWays = { variants: [{ label: 'Free shipping', percent: 50 }, { percent: 30 }, { percent: 20 }] };

describe('core.experiment', () => {
  it('compiles to an activity with one port per variant, named by the marketer or by letter', () => {
    const result = compileJourney(journey(threeWays, ['variant_1', 'variant_2', 'variant_3']), registry);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const step = result.value.steps['test'];
    expect(step?.plan).toEqual({ op: 'activity' });
    expect(step?.config).toEqual({
      ...threeWays,
      metric: { kind: 'goal' },
      autoWinner: { enabled: true, minimumPerVariant: 500 },
    });
    const ports = experimentNode.ports(experimentNode.config.parse(threeWays));
    expect(ports.map((port) => [port.name, port.label?.en])).toEqual([
      ['variant_1', 'Free shipping'],
      ['variant_2', 'Variant B'],
      ['variant_3', 'Variant C'],
    ]);
  });

  it('refuses fewer than two variants, more than eight, and shares that do not add up to 100', () => {
    const fail = (config: unknown) => experimentNode.config.safeParse(config).success;
    expect(fail({ variants: [{ percent: 100 }] })).toBe(false);
    expect(fail({ variants: Array.from({ length: 9 }, () => ({ percent: 100 / 9 })) })).toBe(false);
    expect(fail({ variants: [{ percent: 50 }, { percent: 40 }] })).toBe(false);
    expect(fail({ variants: [{ percent: 50 }, { percent: 50 }], metric: { kind: 'event', event: '' } })).toBe(false);
    expect(fail({ variants: [{ percent: 50 }, { percent: 50 }], metric: { kind: 'event', event: 'purchase' } })).toBe(
      true,
    );
  });

  it('declares its experiment: arms with shares, the metric and the winner rule', () => {
    const config = experimentNode.config.parse({
      ...threeWays,
      metric: { kind: 'email_clicked', withinDays: 3 },
      autoWinner: { enabled: false, minimumPerVariant: 1000 },
    });
    expect(experimentNode.experiment?.(config)).toEqual({
      arms: [
        { label: 'Free shipping', percent: 50 },
        { label: 'Variant B', percent: 30 },
        { label: 'Variant C', percent: 20 },
      ],
      metric: { kind: 'email_clicked', withinDays: 3 },
      autoWinner: { enabled: false, minimumPerVariant: 1000 },
    });
  });
});

describe('core.experiment runtime', () => {
  const config = experimentNode.config.parse(threeWays);

  it('follows the arm the experiment store gives and reports it', async () => {
    const { context } = fakeContext();
    const asked: unknown[] = [];
    const stored: ArmAssignment = { arm: 2, source: 'winner', kept: false };
    context.services.experiments = {
      assign: (experiment) => {
        asked.push(experiment);
        return Promise.resolve(stored);
      },
    };
    const result = await experimentRuntime.execute(config, context);
    expect(result).toEqual({
      port: 'variant_3',
      output: { arm: 2, variant: 'Variant C', assignedBy: 'winner', kept: false },
    });
    expect(asked).toEqual([experimentNode.experiment?.(config)]);
  });

  it('draws the same arm for the same customer without a store, and splits customers by weight', async () => {
    const ports: string[] = [];
    for (let i = 0; i < 3_000; i++) {
      const { context } = fakeContext({ customer: { id: `customer-${i}` } });
      ports.push((await experimentRuntime.execute(config, context)).port);
    }
    const { context } = fakeContext({ customer: { id: 'customer-7' } });
    expect((await experimentRuntime.execute(config, context)).port).toBe(ports[7]);
    const share = (port: string) => ports.filter((candidate) => candidate === port).length / ports.length;
    expect(share('variant_1')).toBeCloseTo(0.5, 1);
    expect(share('variant_2')).toBeCloseTo(0.3, 1);
    expect(share('variant_3')).toBeCloseTo(0.2, 1);
  });
});
