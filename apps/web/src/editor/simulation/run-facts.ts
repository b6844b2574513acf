// The rewards and changes of a test-run step in the marketer's words: the server sends them as
// data (kind and values) and they are put into words here, in the UI's language.
import { defineMessages, type LocalizedText } from '../../app/i18n';
import type { SimulatedChange, SimulatedReward } from './sim-result-types';

export const runFactMessages = defineMessages({
  points: {
    en: '+{points} points ({reason}) · balance {balance}',
    'zh-TW': '+{points} 點（{reason}）· 餘額 {balance}',
    'zh-CN': '+{points} 积分（{reason}）· 余额 {balance}',
  },
  pointsDeducted: {
    en: '−{points} points ({reason}) · balance {balance}',
    'zh-TW': '−{points} 點（{reason}）· 餘額 {balance}',
    'zh-CN': '−{points} 积分（{reason}）· 余额 {balance}',
  },
  coupon: {
    en: 'Coupon {code} from “{pool}”',
    'zh-TW': '來自「{pool}」的優惠券 {code}',
    'zh-CN': '来自“{pool}”的优惠券 {code}',
  },
  badge: { en: 'Badge “{badge}”', 'zh-TW': '徽章「{badge}」', 'zh-CN': '徽章“{badge}”' },
  lottery: { en: 'Won “{prize}”', 'zh-TW': '抽中「{prize}」', 'zh-CN': '抽中“{prize}”' },
  tagAdded: { en: 'Tag “{tag}” added', 'zh-TW': '已加上標籤「{tag}」', 'zh-CN': '已添加标签“{tag}”' },
  tagRemoved: { en: 'Tag “{tag}” removed', 'zh-TW': '已移除標籤「{tag}」', 'zh-CN': '已移除标签“{tag}”' },
  attributeSet: { en: '{key} set to {value}', 'zh-TW': '{key} 設為 {value}', 'zh-CN': '{key} 设为 {value}' },
  eventRecorded: { en: 'Event “{event}” recorded', 'zh-TW': '已記錄事件「{event}」', 'zh-CN': '已记录事件“{event}”' },
  segmentEntered: {
    en: 'Entered the segment “{segment}”',
    'zh-TW': '進入分眾「{segment}」',
    'zh-CN': '进入分群“{segment}”',
  },
  segmentExited: {
    en: 'Left the segment “{segment}”',
    'zh-TW': '離開分眾「{segment}」',
    'zh-CN': '离开分群“{segment}”',
  },
  tierUp: {
    en: 'Membership tier up: {from} → {to}',
    'zh-TW': '會員等級升級：{from} → {to}',
    'zh-CN': '会员等级升级：{from} → {to}',
  },
  tierDown: {
    en: 'Membership tier down: {from} → {to}',
    'zh-TW': '會員等級降級：{from} → {to}',
    'zh-CN': '会员等级降级：{from} → {to}',
  },
  noTier: { en: 'no tier', 'zh-TW': '無等級', 'zh-CN': '无等级' },
});

type Translate = (text: LocalizedText, values?: Readonly<Record<string, string | number>>) => string;

const m = runFactMessages;

export function rewardText(reward: SimulatedReward, t: Translate): string {
  switch (reward.kind) {
    case 'points':
      return t(m.points, reward);
    case 'points_deducted':
      return t(m.pointsDeducted, reward);
    case 'coupon':
      return t(m.coupon, { code: reward.code, pool: reward.poolName });
    case 'badge':
      return t(m.badge, { badge: reward.badgeName });
    case 'lottery':
      return t(m.lottery, { prize: reward.prizeName });
    default: {
      const unknown: never = reward;
      return unknown;
    }
  }
}

export function changeText(change: SimulatedChange, t: Translate): string {
  switch (change.kind) {
    case 'tag_added':
      return t(m.tagAdded, change);
    case 'tag_removed':
      return t(m.tagRemoved, change);
    case 'attribute_set':
      return t(m.attributeSet, change);
    case 'event_recorded':
      return t(m.eventRecorded, change);
    case 'segment_entered':
      return t(m.segmentEntered, { segment: change.segmentName });
    case 'segment_exited':
      return t(m.segmentExited, { segment: change.segmentName });
    case 'tier_changed': {
      const tiers = { from: change.fromName ?? t(m.noTier), to: change.toName ?? t(m.noTier) };
      return t(change.direction === 'upgrade' ? m.tierUp : m.tierDown, tiers);
    }
    default: {
      const unknown: never = change;
      return unknown;
    }
  }
}
