import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { builtinNodeTypes } from '../builtins';
import { createNodeRegistry } from '../registry';
import { builtinEditors } from './builtins.editor';
import { createEditorRegistry } from './editor-registry';

const editors = createEditorRegistry(createNodeRegistry(builtinNodeTypes), builtinEditors);

function summary(type: string, config: unknown, locale: 'en' | 'zh-TW' | 'zh-CN'): string | undefined {
  const schema: z.ZodType | undefined = editors.nodes.get(type)?.config;
  return editors.get(type)?.summary(schema?.parse(config), locale);
}

describe('built-in node summaries read well in every UI language', () => {
  it.each([
    ['core.wait', { mode: 'duration', duration: { amount: 3, unit: 'days' } }, 'Wait 3 days', '等待 3 天', '等待 3 天'],
    [
      'core.wait',
      { mode: 'time_of_day', time: '09:00' },
      'Wait until 09:00 local time',
      '等到當地時間 09:00',
      '等到当地时间 09:00',
    ],
    [
      'core.wait',
      { mode: 'event', event: 'purchase', timeout: { amount: 1, unit: 'weeks' } },
      'Wait up to 1 week for purchase',
      '等待 purchase，最多 1 週',
      '等待 purchase，最多 1 周',
    ],
    [
      'core.send',
      { channel: 'line', name: 'Birthday gift', body: 'Hi' },
      'Send: Birthday gift',
      '發送：Birthday gift',
      '发送：Birthday gift',
    ],
    [
      'core.branch',
      { conditions: [{ subject: 'tag', op: 'has', tag: 'VIP' }] },
      'If tag = VIP',
      '若 標籤 = VIP',
      '如果 标签 = VIP',
    ],
    ['core.reward.points', { points: 100 }, 'Grant 100 points', '贈送 100 點', '赠送 100 积分'],
    ['core.trigger.event', { event: 'signup' }, 'When signup happens', '當 signup 發生時', '当 signup 发生时'],
    ['core.trigger.tag', { tag: 'VIP' }, 'When tag VIP is added', '新增標籤 VIP 時', '添加标签 VIP 时'],
    [
      'core.split',
      { paths: [{ percent: 50 }, { percent: 50 }] },
      'Split 50% / 50%',
      '分流 50% / 50%',
      '分流 50% / 50%',
    ],
    ['core.end', {}, 'End', '結束', '结束'],
  ])('%s %j', (type, config, en, zhTW, zhCN) => {
    expect([summary(type, config, 'en'), summary(type, config, 'zh-TW'), summary(type, config, 'zh-CN')]).toEqual([
      en,
      zhTW,
      zhCN,
    ]);
  });

  it('joins two branch conditions and counts the rest', () => {
    const two = {
      match: 'any',
      conditions: [
        { subject: 'points', op: 'gte', value: 10 },
        { subject: 'event', op: 'received', event: 'purchase' },
      ],
    };
    expect(summary('core.branch', two, 'en')).toBe('If points ≥ 10 or purchase happened');
    const three = { conditions: [{ subject: 'attribute', path: 'tier', op: 'eq', value: 'gold' }, ...two.conditions] };
    expect(summary('core.branch', three, 'en')).toBe('If tier = gold and 2 more');
    expect(summary('core.branch', three, 'zh-TW')).toBe('若 tier = gold 等 3 個條件');
  });

  it('describes profile updates, with a fallback when only attributes change', () => {
    expect(summary('core.tag', { add: ['vip'], setAttributes: { tier: 'gold' } }, 'en')).toBe('+vip tier = gold');
    expect(summary('core.tag', { setAttributes: { a: 1 } }, 'zh-TW')).toBe('a = 1');
  });
});
