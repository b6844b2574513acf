import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleJourneyWorkflows } from '../../support/temporal';

// A cached workflow evaluated every workflow module again (half its heap) until the bundle preloaded
// them: evaluated once per workflow thread and shared by every workflow (docs/operations.md).
describe('the journey workflow bundle', () => {
  it('preloads the workflow modules, so cached workflows share them', async () => {
    const { codePath } = await bundleJourneyWorkflows();
    const code = readFileSync(codePath, 'utf8');
    const preload = /exports\.preloadModules = function preloadModules\(\) \{([^}]*)\}/.exec(code)?.[1] ?? '';
    expect(preload).toContain('"./workflows/src/journey.workflow.ts"');
  });
});
