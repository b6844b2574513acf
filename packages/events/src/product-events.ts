// The events Wayfarer itself produces. Every emitter (the LINE webhook, email tracking, the
// unsubscribe link, segment refreshes, loyalty steps) names its events from here.
import { consentChannelNames } from '@wayfarer/channels/spec';
import { z } from 'zod';
import { defineEvent } from './define-event';

const journeyStep = {
  journeyId: z.string().describe('The journey whose step produced it'),
  stepId: z.string().describe('The step that produced it'),
};

export const lineFollowed = defineEvent({
  name: 'line_followed',
  source: 'line',
  title: { en: 'Added you as a LINE friend', 'zh-TW': '加入 LINE 好友', 'zh-CN': '添加 LINE 好友' },
  description: 'A LINE `follow` webhook event: the customer added (or unblocked) the official account.',
  properties: z.object({}),
});

export const lineUnfollowed = defineEvent({
  name: 'line_unfollowed',
  source: 'line',
  title: { en: 'Blocked you on LINE', 'zh-TW': '封鎖 LINE 好友', 'zh-CN': '屏蔽 LINE 好友' },
  description: 'A LINE `unfollow` webhook event; LINE consent becomes `unsubscribed`.',
  properties: z.object({}),
});

export const lineMessage = defineEvent({
  name: 'line_message',
  source: 'line',
  title: { en: 'Sent you a LINE message', 'zh-TW': '傳送 LINE 訊息', 'zh-CN': '发送 LINE 消息' },
  description: 'A LINE `message` webhook event from the customer.',
  properties: z.object({
    messageType: z.string().describe('`text`, `image`, `sticker`, …'),
    lineMessageId: z.string().optional().describe('LINE’s id of the message'),
    text: z.string().optional().describe('What they wrote (text messages)'),
    replyToken: z.string().optional().describe('LINE’s single-use token for a free reply (valid about a minute)'),
  }),
});

export const linePostback = defineEvent({
  name: 'line_postback',
  source: 'line',
  title: { en: 'Tapped a LINE button', 'zh-TW': '點選 LINE 按鈕', 'zh-CN': '点击 LINE 按钮' },
  description:
    'A LINE `postback` webhook event: the customer tapped a postback button (quick reply, Flex or template message, rich menu).',
  properties: z.object({
    data: z.string().describe('The button’s postback data'),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('The data’s key=value pairs, when it is query-string shaped (`action=coupon&id=7`)'),
    params: z.record(z.string(), z.unknown()).optional().describe('Date-picker values, when any'),
    replyToken: z.string().optional().describe('LINE’s single-use token for a free reply (valid about a minute)'),
  }),
});

const tapFields = {
  data: z.string().describe('The button’s payload'),
  fields: z
    .record(z.string(), z.string())
    .optional()
    .describe('The payload’s key=value pairs, when it is query-string shaped (`action=coupon&id=7`)'),
  title: z.string().optional().describe('The button’s title'),
};

export const messengerMessage = defineEvent({
  name: 'messenger_message',
  source: 'messenger',
  title: { en: 'Sent you a Messenger message', 'zh-TW': '傳送 Messenger 訊息', 'zh-CN': '发送 Messenger 消息' },
  description: 'A Messenger `messages` webhook event from the customer; opens the 24-hour messaging window.',
  properties: z.object({
    mid: z.string().describe('Meta’s id of the message'),
    text: z.string().optional().describe('What they wrote (text messages)'),
  }),
});

export const messengerPostback = defineEvent({
  name: 'messenger_postback',
  source: 'messenger',
  title: { en: 'Tapped a Messenger button', 'zh-TW': '點選 Messenger 按鈕', 'zh-CN': '点击 Messenger 按钮' },
  description: 'A Messenger postback or quick-reply tap; opens the 24-hour messaging window.',
  properties: z.object(tapFields),
});

export const messengerOptin = defineEvent({
  name: 'messenger_optin',
  source: 'messenger',
  title: { en: 'Opted in on Messenger', 'zh-TW': '在 Messenger 選擇接收', 'zh-CN': '在 Messenger 选择接收' },
  description:
    'A Messenger `messaging_optins` webhook event; sets Messenger consent (stopped notifications unsubscribe).',
  properties: z.object({
    ref: z.string().optional().describe('The opt-in’s ref'),
    type: z.string().optional().describe('The opt-in type, e.g. `notification_messages`'),
  }),
});

export const wechatSubscribed = defineEvent({
  name: 'wechat_subscribed',
  source: 'wechat',
  title: { en: 'Followed your WeChat account', 'zh-TW': '關注微信公眾號', 'zh-CN': '关注微信公众号' },
  description: 'A WeChat `subscribe` event; WeChat consent becomes `subscribed`.',
  properties: z.object({}),
});

export const wechatUnsubscribed = defineEvent({
  name: 'wechat_unsubscribed',
  source: 'wechat',
  title: { en: 'Unfollowed your WeChat account', 'zh-TW': '取消關注微信公眾號', 'zh-CN': '取消关注微信公众号' },
  description: 'A WeChat `unsubscribe` event; WeChat consent becomes `unsubscribed`.',
  properties: z.object({}),
});

export const wechatMessage = defineEvent({
  name: 'wechat_message',
  source: 'wechat',
  title: { en: 'Sent you a WeChat message', 'zh-TW': '傳送微信訊息', 'zh-CN': '发送微信消息' },
  description: 'A message to the Official Account; opens the 48-hour customer-service window.',
  properties: z.object({
    msgType: z.string().describe('`text`, `image`, `voice`, …'),
    text: z.string().optional().describe('What they wrote (text messages)'),
    msgId: z.string().optional().describe('WeChat’s id of the message'),
  }),
});

export const wechatMenuClicked = defineEvent({
  name: 'wechat_menu_clicked',
  source: 'wechat',
  title: { en: 'Tapped a WeChat menu item', 'zh-TW': '點選微信選單', 'zh-CN': '点击微信菜单' },
  description: 'A WeChat `CLICK` event of the custom menu; opens the 48-hour customer-service window.',
  properties: z.object({ key: z.string().describe('The menu item’s key') }),
});

export const emailOpened = defineEvent({
  name: 'email_opened',
  source: 'email',
  title: { en: 'Opened an email', 'zh-TW': '開啟電子郵件', 'zh-CN': '打开电子邮件' },
  description: 'The first load of an email’s tracking pixel.',
  properties: z.object({
    messageId: z.string().describe('The message opened'),
    journeyId: z.string().optional().describe('The journey that sent it'),
    stepId: z.string().optional().describe('The step that sent it'),
  }),
});

export const emailClicked = defineEvent({
  name: 'email_clicked',
  source: 'email',
  title: { en: 'Clicked a link in an email', 'zh-TW': '點擊郵件連結', 'zh-CN': '点击邮件链接' },
  description: 'A click on a tracked link of an email (an identical click within 5 s counts once).',
  properties: z.object({
    messageId: z.string().describe('The message clicked in'),
    url: z.string().describe('Where the link goes'),
    journeyId: z.string().optional().describe('The journey that sent it'),
    stepId: z.string().optional().describe('The step that sent it'),
  }),
});

export const unsubscribed = defineEvent({
  name: 'unsubscribed',
  source: 'consent',
  title: { en: 'Unsubscribed', 'zh-TW': '取消訂閱', 'zh-CN': '取消订阅' },
  description: 'The customer used an unsubscribe link (first time only).',
  properties: z.object({
    channel: z.enum(consentChannelNames).describe('The channel they left'),
    source: z.string().describe('How: `unsubscribe_link`'),
  }),
});

const segmentProperties = z.object({
  segmentId: z.string().describe('The segment'),
  segmentName: z.string().describe('Its name at the time'),
});

export const segmentEntered = defineEvent({
  name: 'segment_entered',
  source: 'segments',
  title: { en: 'Entered a segment', 'zh-TW': '進入分眾', 'zh-CN': '进入分群' },
  description:
    'The customer started matching a segment’s rule (after an event, an identify, a step, or the hourly refresh).',
  properties: segmentProperties,
  assets: { segmentId: 'segment' },
});

export const segmentExited = defineEvent({
  name: 'segment_exited',
  source: 'segments',
  title: { en: 'Left a segment', 'zh-TW': '離開分眾', 'zh-CN': '离开分群' },
  description: 'The customer stopped matching a segment’s rule.',
  properties: segmentProperties,
  assets: { segmentId: 'segment' },
});

export const tierChanged = defineEvent({
  name: 'tier_changed',
  source: 'loyalty',
  title: { en: 'Changed membership tier', 'zh-TW': '會員等級變動', 'zh-CN': '会员等级变动' },
  description: 'An “Evaluate tier” step moved the customer to another tier.',
  properties: z.object({
    from: z.string().nullable().describe('The tier key before (null: none)'),
    to: z.string().nullable().describe('The tier key now (null: none)'),
    direction: z.enum(['upgrade', 'downgrade']).describe('Which way it moved'),
    ...journeyStep,
  }),
  assets: { from: 'tier', to: 'tier' },
});

export const valueTierChanged = defineEvent({
  name: 'value_tier_changed',
  source: 'loyalty',
  title: { en: 'Changed value tier', 'zh-TW': '顧客價值分級變動', 'zh-CN': '客户价值分级变动' },
  description: 'The daily value-tier refresh moved the customer to another value tier.',
  properties: z.object({
    from: z.string().nullable().describe('The value tier before (null: none)'),
    to: z.string().nullable().describe('The value tier now'),
  }),
});

export const streakReached = defineEvent({
  name: 'streak_reached',
  source: 'loyalty',
  title: { en: 'Reached a check-in streak', 'zh-TW': '達成連續簽到', 'zh-CN': '达成连续签到' },
  description: 'A “Check in” step counted a day that hit one of its milestones.',
  properties: z.object({
    streakKey: z.string().describe('Which streak (`daily`)'),
    days: z.number().describe('Days in a row'),
    ...journeyStep,
  }),
});

export const streakBroken = defineEvent({
  name: 'streak_broken',
  source: 'loyalty',
  title: { en: 'Broke a check-in streak', 'zh-TW': '中斷連續簽到', 'zh-CN': '中断连续签到' },
  description: 'A check-in came after a missed day: the earlier streak ended.',
  properties: z.object({
    streakKey: z.string().describe('Which streak'),
    length: z.number().describe('How long it was'),
    lastDate: z.string().describe('Its last day (YYYY-MM-DD, customer’s time zone)'),
    ...journeyStep,
  }),
});

export const couponIssued = defineEvent({
  name: 'coupon_issued',
  source: 'loyalty',
  title: { en: 'Got a coupon', 'zh-TW': '獲得優惠券', 'zh-CN': '获得优惠券' },
  description: 'An “Issue coupon” step gave the customer a code.',
  properties: z.object({
    poolId: z.string().describe('The coupon pool'),
    couponId: z.string().describe('The coupon'),
    code: z.string().describe('Its code'),
    expiresAt: z.string().nullable().describe('When it expires'),
    ...journeyStep,
  }),
  assets: { poolId: 'coupon_pool' },
});

export const badgeAwarded = defineEvent({
  name: 'badge_awarded',
  source: 'loyalty',
  title: { en: 'Earned a badge', 'zh-TW': '獲得徽章', 'zh-CN': '获得徽章' },
  description: 'An “Award badge” step gave the customer a badge they did not hold.',
  properties: z.object({ badgeKey: z.string().describe('The badge'), ...journeyStep }),
  assets: { badgeKey: 'badge' },
});

export const lotteryWon = defineEvent({
  name: 'lottery_won',
  source: 'loyalty',
  title: { en: 'Won a lucky draw prize', 'zh-TW': '抽中獎品', 'zh-CN': '抽中奖品' },
  description: 'A “Lucky draw” step landed on a prize in stock.',
  properties: z.object({
    lotteryId: z.string().describe('The lottery'),
    prizeKey: z.string().describe('The prize'),
    prizeName: z.string().describe('Its name'),
    reward: z.enum(['points', 'coupon', 'badge']).describe('What it gave'),
    ...journeyStep,
  }),
  assets: { lotteryId: 'lottery' },
});

export const referralClicked = defineEvent({
  name: 'referral_clicked',
  source: 'referral',
  title: {
    en: 'Someone opened their share link',
    'zh-TW': '有人開啟了他的分享連結',
    'zh-CN': '有人打开了他的分享链接',
  },
  description:
    'A visit to the customer’s share link (`/r/<code>`, made by a “Share link” step); recorded for the customer who shared it.',
  properties: z.object({ code: z.string().describe('The share link’s code') }),
});

export const referralJoined = defineEvent({
  name: 'referral_joined',
  source: 'referral',
  title: { en: 'A friend joined through their link', 'zh-TW': '好友透過他的連結加入', 'zh-CN': '好友通过他的链接加入' },
  description:
    'Someone identified for the first time with the customer’s code (`traits.referral_code` on `/v1/identify`); recorded for the customer who shared it, once per friend.',
  properties: z.object({
    code: z.string().describe('The share link’s code'),
    friendCustomerId: z.string().describe('The customer who joined'),
  }),
});

export const liffFormSubmitted = defineEvent({
  name: 'liff_form_submitted',
  source: 'line',
  title: { en: 'Filled in a LINE form', 'zh-TW': '填寫 LINE 表單', 'zh-CN': '填写 LINE 表单' },
  description:
    'A LINE form (LIFF) was submitted by a verified LINE user; its answers are written as attributes first. A form may name another event.',
  properties: z.object({
    form: z.string().describe('The form’s name'),
    formId: z.string().describe('The form'),
    answers: z
      .record(z.string(), z.unknown())
      .describe('The answers, by the attribute each writes (a phone only once verified)'),
    phoneVerified: z.boolean().optional().describe('True when the form’s phone was proven by its SMS code'),
  }),
});

/** The events Wayfarer produces, in the order the docs list them. */
export const productEvents = [
  lineFollowed,
  lineUnfollowed,
  lineMessage,
  linePostback,
  liffFormSubmitted,
  messengerMessage,
  messengerPostback,
  messengerOptin,
  wechatSubscribed,
  wechatUnsubscribed,
  wechatMessage,
  wechatMenuClicked,
  emailOpened,
  emailClicked,
  unsubscribed,
  segmentEntered,
  segmentExited,
  tierChanged,
  valueTierChanged,
  streakReached,
  streakBroken,
  couponIssued,
  badgeAwarded,
  lotteryWon,
  referralClicked,
  referralJoined,
] as const;
