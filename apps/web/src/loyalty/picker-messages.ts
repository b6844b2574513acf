import { defineMessages } from '../app/i18n';

// Kept apart from the rewards page's messages: the editor bundles the pickers, not the page.
export const rewardPickerMessages = defineMessages({
  loading: { en: 'Loading…', 'zh-TW': '載入中…', 'zh-CN': '加载中…' },
  choosePool: { en: 'Choose a coupon pool…', 'zh-TW': '選擇優惠券池…', 'zh-CN': '选择优惠券池…' },
  chooseBadge: { en: 'Choose a badge…', 'zh-TW': '選擇徽章…', 'zh-CN': '选择徽章…' },
  chooseLottery: { en: 'Choose a lottery…', 'zh-TW': '選擇抽獎活動…', 'zh-CN': '选择抽奖活动…' },
  unknown: { en: 'Archived or unknown ({id})', 'zh-TW': '已封存或不明（{id}）', 'zh-CN': '已归档或未知（{id}）' },
  unlimited: { en: 'unlimited', 'zh-TW': '不限量', 'zh-CN': '不限量' },
  remaining: {
    en: '{name} ({remaining} left)',
    'zh-TW': '{name}（剩 {remaining}）',
    'zh-CN': '{name}（剩 {remaining}）',
  },
});
