import { defineEditor, type EditorPackage } from '@wayfarer/nodes/editor';
import { stampCardNode } from './stamp-card';

export const editors: EditorPackage['editors'] = [
  defineEditor(stampCardNode, {
    icon: 'stamp',
    summary: (config, locale) => {
      if (locale === 'zh-TW') return `${config.card} 集點卡蓋章（${config.size} 點集滿）`;
      if (locale === 'zh-CN') return `${config.card} 集点卡盖章（${config.size} 点集满）`;
      return `Stamp the ${config.card} card (${config.size} stamps)`;
    },
  }),
];
