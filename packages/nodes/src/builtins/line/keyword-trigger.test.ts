import { compileJourney, matchesAll } from '@wayfarer/journey';
import { describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../../registry';
import { builtinNodeTypes } from '../index';
import { keywordCondition, keywordTriggerConfigSchema, lineKeywordTrigger } from './keyword-trigger';

const registry = createNodeRegistry(builtinNodeTypes);

function triggerOf(config: unknown) {
  const compiled = compileJourney(
    {
      nodes: [
        { id: 'keyword', type: lineKeywordTrigger.type, data: { config } },
        { id: 'end', type: 'core.end' },
      ],
      edges: [{ id: 'e1', source: 'keyword', sourceHandle: 'out', target: 'end' }],
    },
    registry,
  );
  if (!compiled.ok) throw new Error(compiled.problems.map((problem) => problem.message).join('; '));
  const [trigger] = compiled.value.triggers;
  if (trigger?.match.on !== 'event') throw new Error('not an event trigger');
  return trigger.match;
}

describe('core.trigger.line-keyword', () => {
  it('compiles to a line_message trigger whose text must match a keyword', () => {
    const match = triggerOf({ keywords: ['優惠', 'coupon'] });
    expect(match.event).toBe('line_message');
    const message = (text: string) => ({ messageType: 'text', text });
    expect(matchesAll(message(' Coupon '), match.where)).toBe(true);
    expect(matchesAll(message('優惠'), match.where)).toBe(true);
    expect(matchesAll(message('給我優惠'), match.where)).toBe(false);
    expect(matchesAll({ messageType: 'sticker' }, match.where)).toBe(false);
  });

  it('finds a keyword anywhere in the message with contains, and honours * in either mode', () => {
    const contains = keywordCondition(keywordTriggerConfigSchema.parse({ keywords: ['優惠'], match: 'contains' }));
    expect(matchesAll({ text: '請問有優惠嗎' }, [contains])).toBe(true);
    const pattern = keywordCondition(keywordTriggerConfigSchema.parse({ keywords: ['訂單*查詢'] }));
    expect(matchesAll({ text: '訂單 A123 查詢' }, [pattern])).toBe(true);
    expect(matchesAll({ text: '查詢訂單' }, [pattern])).toBe(false);
  });

  it('refuses a trigger without keywords, naming the field', () => {
    const parsed = keywordTriggerConfigSchema.safeParse({ keywords: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['keywords'], message: 'Add at least one keyword' });
  });
});
