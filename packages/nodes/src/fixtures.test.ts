// Golden tests over the shared journey fixtures (test/fixtures/journeys), which worker and
// end-to-end tests load too. The compiled IR of each valid fixture is kept next to it in
// compiled/, so an unintended change to what the compiler emits shows up as a diff.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileJourney, irToGraph, type Diagnostic } from '@wayfarer/journey';
import { describe, expect, it } from 'vitest';
import { builtinNodeTypes } from './builtins';
import { createNodeRegistry } from './registry';

const fixturesDir = new URL('../../../test/fixtures/journeys/', import.meta.url);
const registry = createNodeRegistry(builtinNodeTypes);

function load(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, fixturesDir), 'utf8'));
}

const invalidFixtures: Record<string, Pick<Diagnostic, 'code' | 'nodeId' | 'port' | 'path'>[]> = {
  'invalid.json': [
    { code: 'invalid_config', nodeId: 'pause', path: 'duration.amount' },
    { code: 'unknown_node_type', nodeId: 'erp' },
    { code: 'duplicate_edge', nodeId: 'tag', port: 'out' },
    { code: 'missing_edge', nodeId: 'again', port: 'out' },
    { code: 'unreachable_node', nodeId: 'orphan' },
  ],
};

const fixtureNames = readdirSync(fixturesDir).filter((name) => name.endsWith('.json'));
const validNames = fixtureNames.filter((name) => !(name in invalidFixtures));

describe('journey fixtures', () => {
  it('includes the fixtures other suites rely on', () => {
    expect(fixtureNames).toEqual(expect.arrayContaining(['welcome-purchase.json', 'six-step.json', 'invalid.json']));
  });

  it.each(validNames)('%s compiles; its IR matches compiled/*.ir.json', async (name) => {
    const result = compileJourney(load(name), registry);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    await expect(`${JSON.stringify(result.value, null, 2)}\n`).toMatchFileSnapshot(
      fileURLToPath(new URL(`compiled/${name.replace(/\.json$/, '.ir.json')}`, fixturesDir)),
    );
    expect(compileJourney(irToGraph(result.value), registry)).toMatchObject({
      ok: true,
      value: { hash: result.value.hash },
    });
  });

  it.each(Object.entries(invalidFixtures))('%s reports exactly its problems', (name, expected) => {
    const result = compileJourney(load(name), registry);
    expect(result.ok).toBe(false);
    const found = result.ok ? [] : result.problems;
    expect(found).toHaveLength(expected.length);
    expect(found).toEqual(expect.arrayContaining(expected.map((problem) => expect.objectContaining(problem))));
  });

  it('welcome-purchase walks trigger → tag → 3-day wait → purchase branch → thanks + 100 points | reminder', () => {
    const result = compileJourney(load('welcome-purchase.json'), registry);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { steps, triggers } = result.value;
    expect(triggers).toEqual([
      { stepId: 'signed-up', type: 'core.trigger.event', match: { on: 'event', event: 'signed_up', where: [] } },
    ]);
    expect(steps['signed-up']?.next).toEqual({ out: 'tag-new' });
    expect(steps['wait-3-days']?.plan).toEqual({ op: 'sleep', ms: 3 * 86_400_000, port: 'out' });
    expect(steps.purchased?.next).toEqual({ true: 'send-thanks', false: 'send-reminder' });
    expect(steps['send-thanks']?.next.sent).toBe('grant-100');
    expect(steps['grant-100']?.config).toEqual({ points: 100, reason: 'first purchase' });
    expect(steps['send-reminder']?.next.sent).toBe('end-reminded');
  });

  it('six-step has six steps between its trigger and its end', () => {
    const result = compileJourney(load('six-step.json'), registry);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const path: string[] = [];
    let current: string | null | undefined = result.value.start[0];
    while (current) {
      path.push(current);
      const next: Record<string, string | null> = result.value.steps[current]?.next ?? {};
      current = next.out ?? next.sent ?? next.true;
    }
    expect(path).toEqual(['enter', 'tag', 'send', 'reward', 'branch', 'wait', 'end']);
  });
});
