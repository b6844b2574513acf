import type { Locale } from '@wayfarer/nodes';
import { defineEditor, durationText, type EditorPackage } from '@wayfarer/nodes/editor';
import { cardCompletedWait } from './card-completed';
import { purchaseOverTrigger } from './purchase-over';
import { stampCardNode } from './stamp-card';

function amountText(amount: number, locale: Locale): string {
  const text = amount.toLocaleString('en-US');
  if (locale === 'zh-TW') return `單筆消費滿 ${text} 元`;
  if (locale === 'zh-CN') return `单笔消费满 ${text} 元`;
  return `A purchase of ${text} or more`;
}

export const editors: EditorPackage['editors'] = [
  defineEditor(stampCardNode, {
    icon: 'stamp',
    summary: (config, locale) => {
      if (locale === 'zh-TW') return `${config.card} 集點卡蓋章（${config.size} 點集滿）`;
      if (locale === 'zh-CN') return `${config.card} 集点卡盖章（${config.size} 点集满）`;
      return `Stamp the ${config.card} card (${config.size} stamps)`;
    },
  }),
  defineEditor(purchaseOverTrigger, {
    icon: 'coins',
    summary: (config, locale) => amountText(config.amount, locale),
  }),
  defineEditor(cardCompletedWait, {
    icon: 'hourglass',
    summary: (config, locale) => {
      const within = durationText(config.timeout, locale);
      if (locale === 'zh-TW') return `等待集滿 ${config.card} 集點卡（最多 ${within}）`;
      if (locale === 'zh-CN') return `等待集满 ${config.card} 集点卡（最多 ${within}）`;
      return `Wait until the ${config.card} card is full (up to ${within})`;
    },
  }),
];
