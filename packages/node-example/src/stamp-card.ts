import { z } from 'zod';
import { defineNodeType } from '@wayfarer/nodes';
import { cardNameSchema } from './card-name';

/**
 * A digital stamp card (集點卡): each visit adds a stamp to a profile attribute; the customer leaves
 * by `card_full` when the card reaches its size (and the card restarts), otherwise by `stamped`.
 */
export const stampCardNode = defineNodeType({
  type: 'example.stamp-card',
  version: 2,
  kind: 'action',
  category: 'custom',
  title: { en: 'Stamp card', 'zh-TW': '集點卡蓋章', 'zh-CN': '集点卡盖章' },
  description: {
    en: 'Add a stamp to the customer’s card; a full card takes the card_full path.',
    'zh-TW': '為顧客的集點卡蓋一個章；集滿時走「集滿」路徑。',
    'zh-CN': '为顾客的集点卡盖一个章；集满时走“集满”路径。',
  },
  config: z.object({
    card: cardNameSchema,
    size: z.number().int().min(2).max(50).default(10),
  }),
  ports: [
    { name: 'stamped', label: { en: 'Stamped', 'zh-TW': '已蓋章', 'zh-CN': '已盖章' } },
    { name: 'card_full', label: { en: 'Card full', 'zh-TW': '集滿', 'zh-CN': '集满' } },
  ],
  // v1 called the card size `stamps`.
  migrations: { 1: (config) => renameKey(config, 'stamps', 'size') },
  eventsRead: () => [],
});

function renameKey(config: unknown, from: string, to: string): unknown {
  if (config === null || typeof config !== 'object' || !(from in config)) return config;
  const { [from]: value, ...rest } = config as Record<string, unknown>;
  return { ...rest, [to]: value };
}

/** The attribute that holds a card's stamp count. */
export function stampAttribute(card: string): string {
  return `stamps_${card}`;
}
