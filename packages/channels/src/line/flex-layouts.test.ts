import { describe, expect, it } from 'vitest';
import { flexLayoutSchema, renderFlexLayout } from './flex-layouts';
import { flexMessageSchema } from './flex-schema';

const coupon = flexLayoutSchema.parse({
  layout: 'coupon',
  title: '{{ customer.name }}, 20% off',
  imageUrl: 'https://shop.example/coupon.png',
  code: '{{ steps.coupon.code }}',
  buttonLabel: 'Use it',
  buttonUrl: 'https://shop.example/use?c={{ steps.coupon.code }}',
});

const product = (index: number) => ({
  title: `Bag ${index}`,
  price: 'NT$1,200',
  buttonLabel: 'Buy',
  buttonUrl: `https://shop.example/p/${index}`,
});

describe('Flex layouts', () => {
  it('writes a coupon card as a bubble: picture, title, code box, button — Liquid kept for the send', () => {
    const message = renderFlexLayout(coupon);
    expect(message.altText).toBe('{{ customer.name }}, 20% off');
    expect(message.contents).toEqual({
      type: 'bubble',
      hero: {
        type: 'image',
        url: 'https://shop.example/coupon.png',
        size: 'full',
        aspectRatio: '20:13',
        aspectMode: 'cover',
      },
      body: {
        type: 'box',
        layout: 'vertical',
        spacing: 'md',
        contents: [
          { type: 'text', text: '{{ customer.name }}, 20% off', wrap: true, weight: 'bold', size: 'xl' },
          {
            type: 'box',
            layout: 'vertical',
            backgroundColor: '#F2F2F2',
            cornerRadius: 'md',
            paddingAll: 'md',
            contents: [
              {
                type: 'text',
                text: '{{ steps.coupon.code }}',
                wrap: true,
                size: 'xl',
                weight: 'bold',
                align: 'center',
              },
            ],
          },
        ],
      },
      footer: {
        type: 'box',
        layout: 'vertical',
        contents: [
          {
            type: 'button',
            style: 'primary',
            color: '#06C755',
            action: { type: 'uri', label: 'Use it', uri: 'https://shop.example/use?c={{ steps.coupon.code }}' },
          },
        ],
      },
    });
  });

  it('writes a product carousel of up to 10 bubbles, and refuses more', () => {
    const message = renderFlexLayout(flexLayoutSchema.parse({ layout: 'carousel', items: [1, 2, 3].map(product) }));
    expect(message.contents).toMatchObject({ type: 'carousel' });
    const bubbles = (message.contents as { contents: unknown[] }).contents;
    expect(bubbles).toHaveLength(3);
    expect(message.altText).toBe('Bag 1 / Bag 2 / Bag 3');
    const tooMany = flexLayoutSchema.safeParse({
      layout: 'carousel',
      items: Array.from({ length: 11 }, (_, i) => product(i)),
    });
    expect(tooMany.success).toBe(false);
  });

  it('writes a receipt with a row per item and the total in bold', () => {
    const receipt = flexLayoutSchema.parse({
      layout: 'receipt',
      title: 'Your order',
      items: [
        { name: 'Latte', price: 'NT$120' },
        { name: 'Bagel', price: 'NT$80' },
      ],
      totalLabel: 'Total',
      total: 'NT$200',
    });
    const message = renderFlexLayout(receipt);
    expect(message.altText).toBe('Your order: NT$200');
    const body = (message.contents as { body: { contents: { type: string; contents?: { text: string }[] }[] } }).body;
    const rows = body.contents
      .filter((part) => part.type === 'box')
      .map((box) => box.contents?.map((cell) => cell.text));
    expect(rows).toEqual([
      ['Latte', 'NT$120'],
      ['Bagel', 'NT$80'],
      ['Total', 'NT$200'],
    ]);
  });

  it('refuses what LINE would refuse: http images, long button labels, missing fields', () => {
    const bad = flexLayoutSchema.safeParse({
      ...coupon,
      imageUrl: 'http://shop.example/a.png',
      buttonLabel: 'x'.repeat(41),
      title: ' ',
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['buttonLabel', 'imageUrl', 'title']);
  });

  it('keeps alt text within LINE’s 400 characters and carousels within 12 bubbles', () => {
    const items = Array.from({ length: 10 }, (_, index) => ({ ...product(index), title: 'y'.repeat(100) }));
    const long = renderFlexLayout(flexLayoutSchema.parse({ layout: 'carousel', items }));
    expect(long.altText).toHaveLength(400);
    expect(long.altText.endsWith('…')).toBe(true);
    const bubble = renderFlexLayout(coupon).contents;
    const thirteen = {
      altText: 'x',
      contents: { type: 'carousel', contents: Array.from({ length: 13 }, () => bubble) },
    };
    expect(flexMessageSchema.safeParse(thirteen).success).toBe(false);
    expect(flexMessageSchema.safeParse({ altText: 'x'.repeat(401), contents: bubble }).success).toBe(false);
  });
});
