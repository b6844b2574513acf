import { z } from 'zod';
import { defineEventRule, defineNodeType, ruleTrigger } from '@wayfarer/nodes';

/**
 * A `purchase` whose amount is at least the config's. Shops and POS systems send the amount as a
 * number or as text ("1,200", "NT$1,200"), which a property comparison cannot read; this rule can.
 */
export const purchaseOverRule = defineEventRule({
  id: 'example.purchase-over',
  config: z.object({ amount: z.number().nonnegative() }),
  events: () => ['purchase'],
  matches: (config, event) => {
    const amount = purchaseAmount(event.properties.amount);
    return amount !== undefined && amount >= config.amount;
  },
});

/** The amount of a purchase, from a number or a text with digits, separators and a currency mark. */
export function purchaseAmount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const digits = value.replace(/^\s*(?:NT\$|\$|¥|฿)?\s*/u, '').replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) return undefined;
  return Number(digits);
}

/** Starts the journey on a purchase of at least an amount (a "big spender" welcome). */
export const purchaseOverTrigger = defineNodeType({
  type: 'example.trigger.purchase-over',
  version: 1,
  kind: 'trigger',
  category: 'custom',
  title: { en: 'Purchase over an amount', 'zh-TW': '單筆消費滿額', 'zh-CN': '单笔消费满额' },
  description: {
    en: 'Customers enter when one purchase reaches the amount.',
    'zh-TW': '顧客單筆消費達到金額時進入旅程。',
    'zh-CN': '顾客单笔消费达到金额时进入旅程。',
  },
  config: z.object({ amount: z.number().positive().describe('Smallest purchase amount') }),
  ports: [{ name: 'out' }],
  trigger: (config) => ruleTrigger(purchaseOverRule, { amount: config.amount }),
});
