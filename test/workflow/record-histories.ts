// Records workflow histories of representative journeys into test/fixtures/histories, for the
// replay test that guards running journeys against interpreter changes. Run it when a new
// interpreter behaviour should be pinned: `npm run record-histories`. Never re-record to make a
// replay failure go away: a failure means running journeys would break (use patching instead).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { JourneyIR } from '@wayfarer/journey';
import { startHarness, type Enrollment, type Harness } from './harness';
import { abSplit, awaitPurchase, dailyLoop, morningTag, purchaseFollowUp, withRules } from './journeys';

const outDir = fileURLToPath(new URL('../fixtures/histories/', import.meta.url));

interface Scenario {
  name: string;
  journey: () => JourneyIR;
  /** Drives the enrollment (signals) before its result is awaited. */
  drive?: (enrollment: Enrollment) => Promise<void>;
  /** For journeys that never end: advance time this far, then terminate. */
  runForMs?: number;
}

const waitingAt = (stepId: string) => (enrollment: Enrollment) =>
  enrollment.until((state) => state.currentStepId === stepId && state.waitingFor !== null).then(() => undefined);

const scenarios: Scenario[] = [
  {
    name: 'purchase-follow-up-purchased',
    journey: purchaseFollowUp,
    drive: async (enrollment) => {
      await waitingAt('wait')(enrollment);
      await enrollment.send('purchase', { amount: 120 });
    },
  },
  { name: 'purchase-follow-up-no-purchase', journey: purchaseFollowUp },
  { name: 'await-purchase-timeout', journey: awaitPurchase },
  { name: 'daily-loop-continue-as-new', journey: () => dailyLoop(4), runForMs: 6 * 86_400_000 },
  {
    name: 'rules-exit-event',
    journey: withRules,
    drive: async (enrollment) => {
      await enrollment.until((state) => state.waitingFor !== null);
      await enrollment.send('unsubscribe', { channel: 'line' });
    },
  },
  { name: 'ab-split', journey: abSplit },
  { name: 'morning-tag-time-of-day', journey: morningTag },
];

async function record(harness: Harness, scenario: Scenario): Promise<void> {
  const enrollment = await harness.enroll(scenario.journey());
  await scenario.drive?.(enrollment);
  if (scenario.runForMs === undefined) await enrollment.handle.result();
  else {
    await harness.env.sleep(scenario.runForMs);
    await harness.env.client.workflow.getHandle(enrollment.handle.workflowId).terminate('recorded');
  }
  // The first run of a continued-as-new chain holds the continue-as-new command itself.
  const first = harness.env.client.workflow.getHandle(
    enrollment.handle.workflowId,
    enrollment.handle.firstExecutionRunId,
  );
  writeFileSync(`${outDir}${scenario.name}.json`, `${historyToJSON(await first.fetchHistory())}\n`);
  console.log(`recorded ${scenario.name}`);
}

const harness = await startHarness();
try {
  mkdirSync(outDir, { recursive: true });
  for (const scenario of scenarios) await record(harness, scenario);
} finally {
  await harness.close();
}
