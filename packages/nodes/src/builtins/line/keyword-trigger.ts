import { containsPattern, type Comparison } from '@wayfarer/journey';
import { lineMessage } from '@wayfarer/events';
import { z } from 'zod';
import { defineNodeType } from '../../define';

/** How a keyword is compared with what the customer wrote; `*` in a keyword is a wildcard either way. */
export const keywordMatchModes = ['exact', 'contains'] as const;

const keywordSchema = z.string().trim().min(1).max(100);

export const keywordTriggerConfigSchema = z.object({
  keywords: z
    .array(keywordSchema)
    .min(1, 'Add at least one keyword')
    .max(50)
    .describe('Keywords, e.g. 優惠 — a * stands for any text, as in 訂單*查詢'),
  match: z
    .enum(keywordMatchModes)
    .default('exact')
    .describe('exact: the whole message is the keyword; contains: the keyword is anywhere in it'),
});
export type KeywordTriggerConfig = z.infer<typeof keywordTriggerConfigSchema>;

/**
 * The condition on a `line_message` event that a keyword trigger compiles to: its text matches
 * one of the keyword patterns (case, full/half width and extra spaces ignored; see text-pattern).
 */
export function keywordCondition(config: KeywordTriggerConfig): Comparison {
  const patterns = config.match === 'contains' ? config.keywords.map(containsPattern) : config.keywords;
  return { path: 'text', op: 'matches', value: patterns };
}

/**
 * Starts the journey when a customer writes a matching LINE message to the official account: the
 * keyword auto-reply of LINE-first CRMs. A send step after it with "Reply" on answers with the
 * message's reply token (no push quota used) while the token is valid.
 */
export const lineKeywordTrigger = defineNodeType({
  type: 'core.trigger.line-keyword',
  version: 1,
  kind: 'trigger',
  category: 'triggers',
  title: {
    en: 'When a LINE message has a keyword',
    'zh-TW': '當 LINE 訊息含關鍵字時',
    'zh-CN': '当 LINE 消息含关键词时',
  },
  description: {
    en: 'Customers enter when they write a LINE message matching a keyword, e.g. 優惠 or *coupon*. Pair it with a send step that replies for free.',
    'zh-TW': '顧客傳送符合關鍵字（例如 優惠 或 *折扣*）的 LINE 訊息時進入旅程；搭配「回覆」的發送步驟可免費回覆。',
    'zh-CN': '顾客发送符合关键词（例如 优惠 或 *折扣*）的 LINE 消息时进入旅程；搭配“回复”的发送步骤可免费回复。',
  },
  config: keywordTriggerConfigSchema,
  ports: [{ name: 'out' }],
  trigger: (config) => ({ on: 'event', event: lineMessage.name, where: [keywordCondition(config)] }),
});
