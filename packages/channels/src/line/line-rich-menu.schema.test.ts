import { describe, expect, it } from 'vitest';
import {
  layoutBounds,
  richMenuDefinitionSchema,
  richMenuLayouts,
  type RichMenuGridLayout,
} from './line-rich-menu.schema';
import { toLineRichMenu } from './line-rich-menu.client';

const area = (x: number, y: number, width: number, height: number) => ({
  bounds: { x, y, width, height },
  action: { type: 'message' as const, text: 'hi' },
});

describe('rich menu layouts', () => {
  it.each(Object.keys(richMenuLayouts) as RichMenuGridLayout[])(
    '%s covers the whole image without overlap',
    (layout) => {
      for (const size of ['full', 'half'] as const) {
        const bounds = layoutBounds(layout, size);
        const { columns, rows } = richMenuLayouts[layout];
        expect(bounds).toHaveLength(columns * rows);
        const area = bounds.reduce((sum, b) => sum + b.width * b.height, 0);
        expect(area).toBe(2500 * (size === 'full' ? 1686 : 843));
        for (const b of bounds) {
          expect(b.x + b.width).toBeLessThanOrEqual(2500);
          expect(b.y + b.height).toBeLessThanOrEqual(size === 'full' ? 1686 : 843);
        }
      }
    },
  );

  it('splits the full size into six areas of 833/834 × 843', () => {
    expect(layoutBounds('six', 'full').slice(2, 4)).toEqual([
      { x: 1666, y: 0, width: 834, height: 843 },
      { x: 0, y: 843, width: 833, height: 843 },
    ]);
  });
});

describe('rich menu definitions', () => {
  const menu = { name: 'VIP', chatBarText: 'Menu', size: 'half', layout: 'custom' };

  it('refuses an area outside the image, naming it', () => {
    const parsed = richMenuDefinitionSchema.safeParse({
      ...menu,
      areas: [area(0, 0, 2500, 843), area(2000, 0, 600, 843)],
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['areas.1.bounds']);
  });

  it('refuses a chat bar text over 14 characters and a link that is no link', () => {
    const parsed = richMenuDefinitionSchema.safeParse({
      ...menu,
      chatBarText: 'x'.repeat(15),
      areas: [{ bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: 'uri', uri: 'javascript:alert(1)' } }],
    });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['chatBarText', 'areas.0.action.uri']);
  });

  it('becomes LINE’s rich menu object: size in pixels, actions without labels', () => {
    const parsed = richMenuDefinitionSchema.parse({
      ...menu,
      areas: [{ ...area(0, 0, 2500, 843), action: { type: 'postback', data: 'tier=vip' } }],
    });
    expect(toLineRichMenu(parsed)).toEqual({
      size: { width: 2500, height: 843 },
      selected: false,
      name: 'VIP',
      chatBarText: 'Menu',
      areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'postback', data: 'tier=vip' } }],
    });
  });
});
