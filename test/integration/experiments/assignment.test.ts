// Assignment is deterministic per customer and stored: a customer who enters again — after the
// worker was stopped and a new one started, as in a deploy — follows the same variant, which is
// the stable draw for (journey, step, customer). Real Postgres, Temporal dev server, real worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignArm } from '@wayfarer/experiments';
import { around, portsAt, startExperimentBench, type ExperimentBench, type Published } from './support';

const variants = { variants: [{ label: 'Free shipping', percent: 50 }, { percent: 30 }, { percent: 20 }] };
const ports = ['variant_1', 'variant_2', 'variant_3'];

describe('experiment assignment across re-entry and worker restarts', () => {
  let bench: ExperimentBench;
  let journey: Published;

  beforeAll(async () => {
    bench = await startExperimentBench('experiment_assignment');
    journey = await bench.publish(around('core.experiment', variants, ports));
  });
  afterAll(async () => bench?.close());

  it('keeps every customer on the variant they first got, stored once, drawn by weight', async () => {
    const customers = await bench.customers(60);
    const first = await bench.startWorker();
    const firstEntries = await Promise.all(customers.map((customer) => bench.enter(journey, customer)));
    await bench.finished(firstEntries.map((entry) => entry.id));
    await first.stop();

    const second = await bench.startWorker();
    const secondEntries = await Promise.all(customers.map((customer) => bench.enter(journey, customer)));
    await bench.finished(secondEntries.map((entry) => entry.id));
    await second.stop();

    const before = await portsAt(
      bench.db,
      'step',
      firstEntries.map((entry) => entry.id),
    );
    const after = await portsAt(
      bench.db,
      'step',
      secondEntries.map((entry) => entry.id),
    );
    const key = `${journey.journeyId}:step`;
    customers.forEach((customer, index) => {
      const expected = `variant_${(assignArm(key, customer, [50, 30, 20]) ?? -1) + 1}`;
      expect(before.get(firstEntries[index]!.id)).toBe(expected);
      expect(after.get(secondEntries[index]!.id)).toBe(expected);
    });
    // Every variant is used, so the check above compared more than one path.
    expect(new Set(before.values())).toEqual(new Set(ports));

    const assignments = await bench.db
      .selectFrom('experimentAssignments')
      .select(['customerId', 'arm', 'source', 'enrollmentId'])
      .where('journeyId', '=', journey.journeyId)
      .execute();
    expect(assignments).toHaveLength(customers.length);
    expect(assignments.every((row) => row.source === 'random')).toBe(true);
    // The stored row is the first entry's; the second entry's receipt says it kept it.
    const firstIds = new Set(firstEntries.map((entry) => entry.id));
    expect(assignments.every((row) => row.enrollmentId !== null && firstIds.has(row.enrollmentId))).toBe(true);
    const receipts = await bench.db
      .selectFrom('stepRuns')
      .select(['enrollmentId', 'output'])
      .where('stepId', '=', 'step')
      .where(
        'enrollmentId',
        'in',
        secondEntries.map((entry) => entry.id),
      )
      .execute();
    expect(receipts).toHaveLength(customers.length);
    expect(receipts.every((receipt) => receipt.output['kept'] === true)).toBe(true);
  });
});
