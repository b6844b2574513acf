import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeStrings, withoutInlineHandlers } from './sandboxed-html';

describe('escaping for previews', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });

  it('escapes every string of a Flex document, keys and numbers untouched', () => {
    expect(escapeStrings({ type: 'text', text: '<b>', flex: 1, contents: [{ url: 'a"b' }] })).toEqual({
      type: 'text',
      text: '&lt;b&gt;',
      flex: 1,
      contents: [{ url: 'a&quot;b' }],
    });
  });
});

describe('withoutInlineHandlers', () => {
  it('drops the handlers flex-render puts on buttons and keeps the rest', async () => {
    const { render } = await import('flex-render');
    const bubble = {
      type: 'bubble',
      body: {
        type: 'box',
        layout: 'vertical',
        contents: [
          { type: 'text', text: 'say onclick="x" here' },
          { type: 'button', action: { type: 'uri', label: 'Use it', uri: 'https://shop.example/use' } },
        ],
      },
    } as const;
    const html = render(escapeStrings(bubble) as Parameters<typeof render>[0]);
    expect(html).toMatch(/onclick=/);
    const cleaned = withoutInlineHandlers(html);
    expect(cleaned).not.toMatch(/\son[a-z]+="/i);
    expect(cleaned).toContain('Use it');
    expect(cleaned).toContain('say onclick=&quot;x&quot; here');
  });
});
