import { describe, expect, it } from 'vitest';
import type { ArmAssignment } from '../runtime/context';
import { sendRuntime } from '../runtime/send.runtime';
import { fakeContext } from '../runtime/test-context';
import { sendNode } from './send';

const abConfig = {
  channel: 'outbox',
  name: 'Spring sale',
  subject: 'Spring sale',
  body: 'Hi {{ customer.name }}, 20% off today',
  abTest: {
    variants: [{ label: 'Emoji', percent: 40, subject: '🌸 Spring sale', body: '🌸 {{ customer.name }}, 20% off!' }],
    metric: { kind: 'email_opened' },
  },
};

function withArm(arm: number) {
  const { context, effects } = fakeContext();
  const assignment: ArmAssignment = { arm, source: 'random', kept: true };
  context.services.experiments = { assign: () => Promise.resolve(assignment) };
  return { context, effects };
}

describe('core.send with an A/B test of its wording', () => {
  const config = sendNode.config.parse(abConfig);

  it('is an experiment whose arm A is the step’s own wording and gets the share left', () => {
    expect(sendNode.experiment?.(config)).toEqual({
      arms: [
        { label: 'Wording A', percent: 60 },
        { label: 'Emoji', percent: 40 },
      ],
      metric: { kind: 'email_opened', withinDays: 7 },
      autoWinner: { enabled: true, minimumPerVariant: 500 },
      measuresOwnMessages: true,
    });
    expect(sendNode.experiment?.(sendNode.config.parse({ ...abConfig, abTest: undefined }))).toBeNull();
    expect(sendNode.experiment?.(sendNode.config.parse({ ...abConfig, abTest: { variants: [] } }))).toBeNull();
  });

  it('sends the wording of the customer’s arm and reports the arm', async () => {
    const b = withArm(1);
    const result = await sendRuntime.execute(config, b.context);
    expect(b.effects.messages).toEqual([
      { channel: 'outbox', name: 'Spring sale', subject: '🌸 Spring sale', body: '🌸 Amy, 20% off!' },
    ]);
    expect(result.output).toMatchObject({ arm: 1, variant: 'Emoji', assignedBy: 'random', kept: true });
    const a = withArm(0);
    await sendRuntime.execute(config, a.context);
    expect(a.effects.messages[0]?.body).toBe('Hi Amy, 20% off today');
  });

  it('checks every wording’s templates and refuses shares that leave nothing for A', () => {
    const broken = sendNode.config.safeParse({
      ...abConfig,
      abTest: { variants: [{ percent: 40, body: 'Hi {{ customer.name ' }] },
    });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues.map((issue) => issue.path.join('.'))).toContain('abTest.variants.0.body');
    const greedy = sendNode.config.safeParse({
      ...abConfig,
      abTest: {
        variants: [
          { percent: 60, body: 'B' },
          { percent: 40, body: 'C' },
        ],
      },
    });
    expect(greedy.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['abTest.variants']);
  });

  it('is withheld from held-out customers along `sent`', () => {
    expect(sendNode.whenWithheld?.(config)).toBe('sent');
  });
});
