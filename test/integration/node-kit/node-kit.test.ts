// The node kit itself: a package's own service and sealed workspace secrets reach its runtime in
// the worker, and a customer who leaves at the step shows why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeKit, type NodeKit } from '../../support/node-kit';
import { kitPackage } from './kit-package';

describe('the node kit', () => {
  let kit: NodeKit;
  beforeAll(async () => {
    kit = await startNodeKit(kitPackage);
  });
  afterAll(async () => kit?.close());

  it('gives the runtime the package’s service and the workspace secret, stored sealed', async () => {
    const run = await kit.runStep('kit.greet', { secret: 'kit.word' }, { secrets: { 'kit.word': 'ni hao' } });
    expect(run).toMatchObject({ outcome: 'completed', port: 'greeted', path: ['trigger', 'step', 'end_greeted'] });
    expect(run.customer.attributes).toMatchObject({ greeting: 'ni hao!', name: 'Mei' });
    const stored = await kit.stack.database.db
      .selectFrom('workspaceSecrets')
      .select('sealedValue')
      .where('workspaceId', '=', run.workspaceId)
      .executeTakeFirstOrThrow();
    expect(stored.sealedValue).not.toContain('ni hao');
  });

  it('a missing secret: the customer leaves at the step with the reason recorded', async () => {
    const run = await kit.runStep('kit.greet', { secret: 'kit.word' }, { customer: { userId: 'lin' } });
    expect(run).toMatchObject({ outcome: 'exited', reason: 'step_failed:step', port: undefined });
    expect(run.customer.attributes).not.toHaveProperty('greeting');
  });

  it('a step that fails for good: exited, with no receipt', async () => {
    const run = await kit.runStep('kit.refuse', {});
    expect(run).toMatchObject({ outcome: 'exited', reason: 'step_failed:step', steps: [] });
  });

  it('an invalid config is refused when the journey is published, naming the problem', async () => {
    await expect(kit.runStep('kit.greet', { secret: 'Not Valid' })).rejects.toThrow('A secret name');
  });

  it('an unknown type is named', async () => {
    await expect(kit.runStep('kit.nope', {})).rejects.toThrow('"kit.nope" is not a node type');
  });
});
