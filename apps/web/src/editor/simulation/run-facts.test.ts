import { describe, expect, it } from 'vitest';
import { format, type Locale, type LocalizedText } from '../../app/i18n';
import { changeText, rewardText } from './run-facts';

const translate = (locale: Locale) => (text: LocalizedText, values?: Readonly<Record<string, string | number>>) =>
  format(text[locale], values, locale);

describe('test-run facts in words', () => {
  it('names the tiers a customer moved between, and "no tier" for none, in the UI language', () => {
    const up = {
      kind: 'tier_changed',
      from: null,
      to: 'gold',
      fromName: null,
      toName: 'Gold',
      direction: 'upgrade',
    } as const;
    expect(changeText(up, translate('en'))).toBe('Membership tier up: no tier → Gold');
    expect(changeText(up, translate('zh-TW'))).toBe('會員等級升級：無等級 → Gold');
    const down = {
      ...up,
      from: 'gold',
      fromName: 'Gold',
      to: 'silver',
      toName: 'Silver',
      direction: 'downgrade',
    } as const;
    expect(changeText(down, translate('zh-CN'))).toBe('会员等级降级：Gold → Silver');
  });

  it('puts segment entries and rewards into words from their values', () => {
    const entered = { kind: 'segment_entered', segmentId: 's1', segmentName: 'VIP members' } as const;
    expect(changeText(entered, translate('zh-TW'))).toBe('進入分眾「VIP members」');
    const points = { kind: 'points', points: 400, reason: 'welcome gift', balance: 550 } as const;
    expect(rewardText(points, translate('en'))).toBe('+400 points (welcome gift) · balance 550');
    expect(rewardText({ kind: 'badge', badgeKey: 'streak-7', badgeName: '連續七天' }, translate('zh-TW'))).toBe(
      '徽章「連續七天」',
    );
  });
});
