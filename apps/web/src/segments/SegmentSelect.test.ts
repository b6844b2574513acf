import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SegmentSelect } from './SegmentSelect';

describe('SegmentSelect without an API (static render)', () => {
  it('still renders a named select that keeps the stored segment id', () => {
    const html = renderToStaticMarkup(
      createElement(SegmentSelect, { name: 'segmentId', value: 'seg-1', onChange: () => undefined }),
    );
    expect(html).toContain('name="segmentId"');
    expect(html).toContain('data-state="unavailable"');
    expect(html).toContain('<option value="seg-1" selected="">Archived or unknown segment (seg-1)</option>');
  });
});
