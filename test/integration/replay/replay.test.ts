import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { bundleJourneyWorkflows, installQuietRuntime } from '../../support/temporal';

// Histories recorded from real runs of the interpreter (test/workflow/record-histories.ts). If one
// stops replaying, a change to workflows/ would break journeys that are running now: put the change
// behind `patched()` instead of re-recording.
const historiesDir = fileURLToPath(new URL('../../fixtures/histories/', import.meta.url));
const files = readdirSync(historiesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();

describe('recorded journey histories replay on the current interpreter', () => {
  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)('%s replays without non-determinism', async (file) => {
    installQuietRuntime();
    const history = historyFromJSON(JSON.parse(readFileSync(`${historiesDir}${file}`, 'utf8')));
    const workflowBundle = await bundleJourneyWorkflows();
    await expect(Worker.runReplayHistory({ workflowBundle }, history, file)).resolves.toBeUndefined();
  });
});
