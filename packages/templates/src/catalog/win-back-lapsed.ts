import { lineChannel } from '@wayfarer/channels/spec';
import { purchase, unsubscribed } from '@wayfarer/events';
import { days, edge, localize, node } from '../layout';
import { defineTemplate } from '../template';

/** Stands for "choose a segment": created or picked when the journey is created from the template. */
const LAPSED_SEGMENT = 'lapsed-customers';

const copy = {
  lapsed: { en: 'No purchase in 90 days', 'zh-TW': '90 天未消費', 'zh-CN': '90 天未消费' },
  segmentName: { en: 'Lapsed customers', 'zh-TW': '沉睡顧客', 'zh-CN': '沉睡顾客' },
  segmentDescription: {
    en: 'Bought before, but not in the last 90 days.',
    'zh-TW': '曾經消費，但最近 90 天沒有消費。',
    'zh-CN': '曾经消费，但最近 90 天没有消费。',
  },
  missYouName: { en: 'We miss you', 'zh-TW': '好久不見優惠', 'zh-CN': '好久不见优惠' },
  missYouBody: {
    en: 'We miss you, {{ customer.name | default: "friend" }}! 💌 Here’s 15% off to welcome you back: code MISSYOU15, valid for 14 days.',
    'zh-TW':
      '{{ customer.name | default: "好久不見" }}，我們好想您！💌 送您一張 85 折回娘家優惠券，折扣碼 MISSYOU15，14 天內有效。',
    'zh-CN':
      '{{ customer.name | default: "好久不见" }}，我们好想您！💌 送您一张 85 折回归优惠券，优惠码 MISSYOU15，14 天内有效。',
  },
  firstTry: { en: 'Came back within 7 days?', 'zh-TW': '7 天內回來消費？', 'zh-CN': '7 天内回来消费？' },
  lastChanceName: { en: 'Last-chance offer', 'zh-TW': '最後加碼', 'zh-CN': '最后加码' },
  lastChanceBody: {
    en: 'Last chance, {{ customer.name | default: "friend" }}: your welcome-back offer is now 20% off, plus 100 bonus points on your order. Ends this Sunday.',
    'zh-TW':
      '{{ customer.name | default: "嗨" }}，最後機會！回娘家優惠加碼到 8 折，消費再加送 100 點，只到這個週日喔。',
    'zh-CN':
      '{{ customer.name | default: "嗨" }}，最后机会！回归优惠加码到 8 折，消费再加送 100 积分，只到这个周日哦。',
  },
  secondTry: { en: 'Came back within 7 more days?', 'zh-TW': '再 7 天內回來消費？', 'zh-CN': '再 7 天内回来消费？' },
  thanksReason: { en: 'Welcome-back bonus', 'zh-TW': '回流感謝', 'zh-CN': '回流感谢' },
} as const;

/** Lapsed → coupon → (7 days) → bigger offer → (7 days) → won back with points, or tagged churned. */
export const winBackLapsed = defineTemplate({
  id: 'win-back-lapsed',
  name: { en: 'Win back lapsed customers', 'zh-TW': '沉睡顧客喚回', 'zh-CN': '沉睡顾客唤回' },
  description: {
    en: 'For customers with no purchase in 90 days: a “we miss you” coupon, then a bigger last-chance offer a week later. Those who come back earn thank-you points; the rest are tagged so you can stop messaging them.',
    'zh-TW':
      '針對 90 天未消費的顧客：先送上「好久不見」優惠券，一週後再給最後加碼。回流的顧客送上感謝點數，仍未回應的貼上標籤，避免持續打擾。',
    'zh-CN':
      '针对 90 天未消费的顾客：先送上“好久不见”优惠券，一周后再给最后加码。回流的顾客送上感谢积分，仍未回应的打上标签，避免持续打扰。',
  },
  tags: ['retention'],
  developerNote:
    'Customers enter when they join the segment “Lapsed customers” (bought before, none in 90 days; segments refresh hourly), created or picked when the journey is created from the template. Orders are tracked as `purchase`.',
  assets: [
    {
      kind: 'segment',
      ref: LAPSED_SEGMENT,
      suggestion: {
        name: copy.segmentName,
        description: copy.segmentDescription,
        rule: {
          type: 'all',
          rules: [
            { type: 'event', event: purchase.name, where: [], count: { op: 'gte', value: 1 }, withinDays: null },
            { type: 'event', event: purchase.name, where: [], count: { op: 'eq', value: 0 }, withinDays: 90 },
          ],
        },
      },
    },
  ],
  graph: (locale) => {
    const t = localize(copy, locale);
    return {
      nodes: [
        node('lapsed', 'core.trigger.segment', [0, 0], { segmentId: LAPSED_SEGMENT }, t('lapsed')),
        node('tag-lapsed', 'core.tag', [1, 0], { add: ['lapsed'] }),
        node('send-miss-you', 'core.send', [2, 0], {
          channel: lineChannel.name,
          name: t('missYouName'),
          body: t('missYouBody'),
        }),
        node(
          'wait-first-try',
          'core.wait',
          [3, 0],
          { mode: 'event', event: purchase.name, timeout: { amount: 7, unit: 'days' } },
          t('firstTry'),
        ),
        node('send-last-chance', 'core.send', [4, 1], {
          channel: lineChannel.name,
          name: t('lastChanceName'),
          body: t('lastChanceBody'),
        }),
        node(
          'wait-second-try',
          'core.wait',
          [5, 1],
          { mode: 'event', event: purchase.name, timeout: { amount: 7, unit: 'days' } },
          t('secondTry'),
        ),
        node('tag-won-back', 'core.tag', [6, -1], { add: ['won_back'], remove: ['lapsed'] }),
        node('grant-thanks', 'core.reward.points', [7, -1], { points: 100, reason: t('thanksReason') }),
        node('end-won-back', 'core.end', [8, -1], {}),
        node('tag-churned', 'core.tag', [6, 2], { add: ['churned'], remove: ['lapsed'] }),
        node('end-churned', 'core.end', [7, 2], {}),
      ],
      edges: [
        edge('lapsed', 'tag-lapsed'),
        edge('tag-lapsed', 'send-miss-you'),
        edge('send-miss-you', 'wait-first-try', 'sent'),
        edge('wait-first-try', 'tag-won-back', 'event'),
        edge('wait-first-try', 'send-last-chance', 'timeout'),
        edge('send-last-chance', 'wait-second-try', 'sent'),
        edge('wait-second-try', 'tag-won-back', 'event'),
        edge('wait-second-try', 'tag-churned', 'timeout'),
        edge('tag-won-back', 'grant-thanks'),
        edge('grant-thanks', 'end-won-back'),
        edge('tag-churned', 'end-churned'),
      ],
      settings: {
        reentry: 'once',
        exitOn: [{ event: unsubscribed.name }],
        goal: { event: purchase.name, withinMs: days(14) },
      },
    };
  },
});
