// Events your systems send through `/v1/track` under the names journeys and templates expect.
// Wayfarer does not produce them; declaring them keeps the templates, pickers and docs on one name.
import { z } from 'zod';
import { defineEvent } from './define-event';

export const purchase = defineEvent({
  name: 'purchase',
  source: 'tracked',
  title: { en: 'Made a purchase', 'zh-TW': '完成購買', 'zh-CN': '完成购买' },
  description: 'An order was placed (from your shop or POS).',
  properties: z.object({
    amount: z.number().optional().describe('Order total'),
    order_id: z.string().optional().describe('Your order id'),
    is_first_order: z.boolean().optional().describe('Whether it is the customer’s first order'),
  }),
});

export const checkIn = defineEvent({
  name: 'check_in',
  source: 'tracked',
  title: { en: 'Checked in', 'zh-TW': '完成簽到', 'zh-CN': '完成签到' },
  description: 'A daily check-in (e.g. a rich-menu button); Wayfarer counts the streak itself.',
  properties: z.object({}),
});

export const lotteryEntered = defineEvent({
  name: 'lottery_entered',
  source: 'tracked',
  title: { en: 'Joined a lucky draw', 'zh-TW': '參加抽獎', 'zh-CN': '参加抽奖' },
  description: 'The customer asked to play a lucky draw.',
  properties: z.object({}),
});

export const signedUp = defineEvent({
  name: 'signed_up',
  source: 'tracked',
  title: { en: 'Signed up', 'zh-TW': '完成註冊', 'zh-CN': '完成注册' },
  description: 'The customer created an account or joined the membership.',
  properties: z.object({}),
});

/** The events journeys expect from your systems, in the order the docs list them. */
export const trackedEvents = [purchase, checkIn, lotteryEntered, signedUp] as const;
