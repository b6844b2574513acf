import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeStrings } from './sandboxed-html';

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
