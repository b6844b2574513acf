import { describe, expect, it } from 'vitest';
import { nodeStatsCsv, statsCsvFilename } from './stats-csv';

describe('nodeStatsCsv', () => {
  it('writes one row per node and one left column per port, quoting where needed', () => {
    const csv = nodeStatsCsv(
      [
        { stepId: 'trigger', entered: 3, waiting: 0, left: { out: 3 }, errors: 0, ended: 0, outcomes: [] },
        { stepId: 'branch', entered: 3, waiting: 1, left: { true: 1, false: 1 }, errors: 0, ended: 0, outcomes: [] },
        { stepId: 'end', entered: 2, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
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

  it('adds a column for sent messages and one per reason of skipped and failed ones', () => {
    const csv = nodeStatsCsv(
      [
        { stepId: 'trigger', entered: 3, waiting: 0, left: { out: 3 }, errors: 0, ended: 0, outcomes: [] },
        {
          stepId: 'send',
          entered: 3,
          waiting: 0,
          left: { sent: 1, skipped: 1, failed: 1 },
          errors: 1,
          ended: 0,
          outcomes: [
            { outcome: 'sent', reason: null, count: 1 },
            { outcome: 'skipped', reason: 'no_address', count: 1 },
            { outcome: 'failed', reason: 'template_error', count: 1 },
          ],
        },
      ],
      new Map(),
    );
    expect(csv.split('\n').slice(0, 3)).toEqual([
      'step_id,node_type,node_title,entered,waiting,errors,left:failed,left:out,left:sent,left:skipped,failed:template_error,sent,skipped:no_address',
      'trigger,,,3,0,0,0,3,0,0,0,0,0',
      'send,,,3,0,1,1,0,1,1,1,1,1',
    ]);
  });

  it('escapes text a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const csv = nodeStatsCsv(
      [
        { stepId: '=1+1', entered: 1, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
        { stepId: '@SUM(A1)', entered: 2, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
        { stepId: '+1', entered: 3, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
        { stepId: '-2', entered: 4, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
        { stepId: '\tx', entered: 5, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
        { stepId: 'plain', entered: 6, waiting: 0, left: {}, errors: 0, ended: 0, outcomes: [] },
      ],
      new Map([['plain', { type: 'core.tag', title: '=HYPERLINK("http://evil.example","Click")' }]]),
    );
    expect(csv.split('\n').slice(1, -1)).toEqual([
      "'=1+1,,,1,0,0",
      "'@SUM(A1),,,2,0,0",
      "'+1,,,3,0,0",
      "'-2,,,4,0,0",
      "'\tx,,,5,0,0",
      `plain,core.tag,"'=HYPERLINK(""http://evil.example"",""Click"")",6,0,0`,
    ]);
  });
});

describe('statsCsvFilename', () => {
  it('keeps the name readable and safe', () => {
    expect(statsCsvFilename('Welcome / 首購禮 2026')).toBe('Welcome-2026-stats.csv');
    expect(statsCsvFilename('///')).toBe('journey-stats.csv');
  });
});
