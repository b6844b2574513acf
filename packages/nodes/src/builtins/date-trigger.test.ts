import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compileJourney } from '@wayfarer/journey';
import { builtinEditors } from '../editor/builtins.editor';
import { createEditorRegistry } from '../editor/editor-registry';
import { createNodeRegistry } from '../registry';
import { builtinNodeTypes } from '.';

const registry = createNodeRegistry(builtinNodeTypes);

function graph(config: Record<string, unknown>) {
  return {
    nodes: [
      { id: 'birthday', type: 'core.trigger.date', data: { config } },
      { id: 'end', type: 'core.end' },
    ],
    edges: [{ id: 'e', source: 'birthday', target: 'end' }],
  };
}

describe('core.trigger.date', () => {
  it('compiles to a date match, 09:00 on the day by default', () => {
    const ir = compileJourney(graph({ attribute: ' birthday ' }), registry);
    expect(ir.ok && ir.value.triggers).toEqual([
      {
        stepId: 'birthday',
        type: 'core.trigger.date',
        match: { on: 'date', attribute: 'birthday', offsetDays: 0, at: '09:00' },
      },
    ]);
    const early = compileJourney(graph({ attribute: 'signed_up_at', offsetDays: -3, at: '18:30' }), registry);
    expect(early.ok && early.value.triggers[0]?.match).toEqual({
      on: 'date',
      attribute: 'signed_up_at',
      offsetDays: -3,
      at: '18:30',
    });
  });

  it('refuses a missing attribute, a fractional or huge offset and a time that is not HH:MM', () => {
    for (const config of [
      { attribute: '' },
      { attribute: 'birthday', offsetDays: 1.5 },
      { attribute: 'birthday', offsetDays: 400 },
      { attribute: 'birthday', at: '9am' },
      { attribute: 'birthday', at: '24:00' },
    ]) {
      const result = compileJourney(graph(config), registry);
      expect(result.ok ? [] : result.problems.map((problem) => [problem.code, problem.nodeId])).toEqual([
        ['invalid_config', 'birthday'],
      ]);
    }
  });

  it('reads as a sentence in every UI language', () => {
    const editors = createEditorRegistry(registry, builtinEditors);
    const summary = (config: Record<string, unknown>) => {
      const schema: z.ZodType | undefined = registry.get('core.trigger.date')?.config;
      const parsed = schema?.parse(config);
      return (['en', 'zh-TW', 'zh-CN'] as const).map((locale) =>
        editors.get('core.trigger.date')?.summary(parsed, locale),
      );
    };
    expect(summary({ attribute: 'birthday' })).toEqual([
      'On birthday at 09:00 local time',
      'birthday 當天當地時間 09:00',
      'birthday 当天当地时间 09:00',
    ]);
    expect(summary({ attribute: 'birthday', offsetDays: -3 })).toEqual([
      '3 days before birthday at 09:00 local time',
      'birthday 前 3 天，當地時間 09:00',
      'birthday 前 3 天，当地时间 09:00',
    ]);
    expect(summary({ attribute: 'signed_up_at', offsetDays: 1, at: '10:30' })).toEqual([
      '1 day after signed_up_at at 10:30 local time',
      'signed_up_at 後 1 天，當地時間 10:30',
      'signed_up_at 后 1 天，当地时间 10:30',
    ]);
  });
});
