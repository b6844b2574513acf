import { describe, expect, it } from 'vitest';
import { nodeStatsCsv, statsCsvFilename } from './stats-csv';

describe('nodeStatsCsv', () => {
  it('writes one row per node and one left column per port, quoting where needed', () => {
    const csv = nodeStatsCsv(
      [
        { stepId: 'trigger', entered: 3, waiting: 0, left: { out: 3 }, errors: 0 },
        { stepId: 'branch', entered: 3, waiting: 1, left: { true: 1, false: 1 }, errors: 0 },
        { stepId: 'end', entered: 2, waiting: 0, left: {}, errors: 0 },
      ],
      new Map([
        ['trigger', { type: 'core.trigger.event', title: 'Signed up' }],
        ['branch', { type: 'core.branch', title: 'VIP, or not' }],
      ]),
    );
    expect(csv.split('\n')).toEqual([
      'step_id,node_type,node_title,entered,waiting,errors,left:false,left:out,left:true',
      'trigger,core.trigger.event,Signed up,3,0,0,0,3,0',
      'branch,core.branch,"VIP, or not",3,1,0,1,0,1',
      'end,,,2,0,0,0,0,0',
      '',
    ]);
  });
});

describe('statsCsvFilename', () => {
  it('keeps the name readable and safe', () => {
    expect(statsCsvFilename('Welcome / 首購禮 2026')).toBe('Welcome-2026-stats.csv');
    expect(statsCsvFilename('///')).toBe('journey-stats.csv');
  });
});
