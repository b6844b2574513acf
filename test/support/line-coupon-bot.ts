// A LINE keyword bot as a marketer would draw it: shared by the LINE interaction integration and browser tests.
import type { JourneyGraphInput } from '@wayfarer/journey';

/** 優惠 → menu with a coupon button (reply) → wait for the tap → the coupon (reply to the tap). */
export const couponBot: JourneyGraphInput = {
  nodes: [
    {
      id: 'keyword',
      position: { x: 0, y: 0 },
      type: 'core.trigger.line-keyword',
      data: { config: { keywords: ['優惠', 'coupon'] } },
    },
    {
      id: 'menu',
      position: { x: 0, y: 160 },
      type: 'core.send',
      data: {
        config: {
          channel: 'line',
          name: 'Coupon menu',
          body: '想要本週優惠嗎？',
          reply: true,
          quickReplies: [
            { type: 'postback', label: '領取優惠', data: 'action=coupon&id=7', displayText: '我要優惠' },
            { type: 'message', label: '不用了', text: '不用了' },
          ],
        },
      },
    },
    {
      id: 'tap',
      position: { x: 0, y: 320 },
      type: 'core.wait',
      data: {
        config: {
          mode: 'event',
          event: 'line_postback',
          where: [{ path: 'fields.action', op: 'eq', value: 'coupon' }],
          timeout: { amount: 1, unit: 'days' },
        },
      },
    },
    {
      id: 'coupon',
      position: { x: 0, y: 480 },
      type: 'core.send',
      data: { config: { channel: 'line', name: 'Coupon', body: '優惠碼 SAVE7', reply: true } },
    },
    { id: 'done', position: { x: 0, y: 640 }, type: 'core.end' },
    { id: 'no-tap', position: { x: 320, y: 480 }, type: 'core.end' },
  ],
  edges: [
    { id: 'e1', source: 'keyword', sourceHandle: 'out', target: 'menu' },
    { id: 'e2', source: 'menu', sourceHandle: 'sent', target: 'tap' },
    { id: 'e3', source: 'tap', sourceHandle: 'event', target: 'coupon' },
    { id: 'e4', source: 'tap', sourceHandle: 'timeout', target: 'no-tap' },
    { id: 'e5', source: 'coupon', sourceHandle: 'sent', target: 'done' },
  ],
};
