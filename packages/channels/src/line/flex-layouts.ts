// Flex layouts a marketer fills from a form — a coupon card, a product carousel, a receipt — and
// the LINE Flex JSON each becomes. Text fields may hold Liquid (`{{ customer.name }}`): it stays in
// the JSON's strings and is rendered per customer when the message is sent. Pure (zod only).
import { z } from 'zod';
import { flexMessageSchema, type FlexBox, type FlexBubble, type FlexComponent, type FlexMessage } from './flex-schema';

const liquid = /\{\{.*\}\}|\{%.*%\}/s;
const text = (max: number) => z.string().trim().min(1).max(max);
/** A URL LINE opens: http(s), line: or tel:, or Liquid that becomes one. */
const actionUrl = z
  .string()
  .trim()
  .max(1000)
  .refine(
    (value) => liquid.test(value) || /^(https?:\/\/|line:\/\/|tel:)/.test(value),
    'Enter a link starting https://',
  );
/** An image LINE shows: https only (LINE refuses http), or Liquid that becomes one. */
const imageUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => liquid.test(value) || value.startsWith('https://'), 'An image address starts with https://');
const button = { buttonLabel: text(40), buttonUrl: actionUrl };

export const couponLayoutSchema = z.object({
  layout: z.literal('coupon'),
  title: text(100),
  imageUrl: imageUrl.optional(),
  description: text(500).optional(),
  /** The code to show, e.g. `{{ steps.coupon.code }}`. */
  code: text(100).optional(),
  validUntil: text(100).optional(),
  ...button,
});

export const productSchema = z.object({
  title: text(100),
  imageUrl: imageUrl.optional(),
  price: text(40).optional(),
  ...button,
});
export const carouselLayoutSchema = z.object({
  layout: z.literal('carousel'),
  // LINE takes 12 bubbles; a carousel of products stays readable with 10.
  items: z.array(productSchema).min(1).max(10),
});

export const receiptLayoutSchema = z.object({
  layout: z.literal('receipt'),
  title: text(100),
  items: z
    .array(z.object({ name: text(100), price: text(40) }))
    .min(1)
    .max(20),
  /** The total's label in the customer's language, e.g. "Total" or "合計". */
  totalLabel: text(40),
  total: text(40),
  footer: text(300).optional(),
});

export const flexLayoutSchema = z.discriminatedUnion('layout', [
  couponLayoutSchema,
  carouselLayoutSchema,
  receiptLayoutSchema,
]);
export type FlexLayout = z.infer<typeof flexLayoutSchema>;
export type FlexLayoutName = FlexLayout['layout'];

const line = { green: '#06C755', muted: '#8C8C8C' } as const;

const textOf = (value: string, style: Omit<Extract<FlexComponent, { type: 'text' }>, 'type' | 'text'> = {}) =>
  ({ type: 'text', text: value, wrap: true, ...style }) as const;

const hero = (url: string | undefined) =>
  url === undefined
    ? {}
    : { hero: { type: 'image', url, size: 'full', aspectRatio: '20:13', aspectMode: 'cover' } as const };

const footerButton = (label: string, uri: string): { footer: FlexBox } => ({
  footer: {
    type: 'box',
    layout: 'vertical',
    contents: [{ type: 'button', style: 'primary', color: line.green, action: { type: 'uri', label, uri } }],
  },
});

function couponBubble(coupon: z.infer<typeof couponLayoutSchema>): FlexBubble {
  const contents: FlexComponent[] = [textOf(coupon.title, { weight: 'bold', size: 'xl' })];
  if (coupon.description !== undefined) contents.push(textOf(coupon.description, { size: 'sm', color: line.muted }));
  if (coupon.code !== undefined) {
    contents.push({
      type: 'box',
      layout: 'vertical',
      backgroundColor: '#F2F2F2',
      cornerRadius: 'md',
      paddingAll: 'md',
      contents: [textOf(coupon.code, { size: 'xl', weight: 'bold', align: 'center' })],
    });
  }
  if (coupon.validUntil !== undefined) contents.push(textOf(coupon.validUntil, { size: 'xs', color: line.muted }));
  return {
    type: 'bubble',
    ...hero(coupon.imageUrl),
    body: { type: 'box', layout: 'vertical', spacing: 'md', contents },
    ...footerButton(coupon.buttonLabel, coupon.buttonUrl),
  };
}

function productBubble(product: z.infer<typeof productSchema>): FlexBubble {
  const contents: FlexComponent[] = [textOf(product.title, { weight: 'bold', size: 'lg' })];
  if (product.price !== undefined)
    contents.push(textOf(product.price, { size: 'md', color: line.green, weight: 'bold' }));
  return {
    type: 'bubble',
    size: 'kilo',
    ...hero(product.imageUrl),
    body: { type: 'box', layout: 'vertical', spacing: 'sm', contents },
    ...footerButton(product.buttonLabel, product.buttonUrl),
  };
}

const row = (name: string, price: string, bold = false): FlexComponent => ({
  type: 'box',
  layout: 'horizontal',
  contents: [
    textOf(name, { size: 'sm', flex: 3, ...(bold ? { weight: 'bold' } : { color: '#555555' }) }),
    textOf(price, { size: 'sm', align: 'end', flex: 2, ...(bold ? { weight: 'bold' } : {}) }),
  ],
});

function receiptBubble(receipt: z.infer<typeof receiptLayoutSchema>): FlexBubble {
  const contents: FlexComponent[] = [
    textOf(receipt.title, { weight: 'bold', size: 'lg' }),
    { type: 'separator', margin: 'md' },
    ...receipt.items.map((item) => row(item.name, item.price)),
    { type: 'separator', margin: 'md' },
    row(receipt.totalLabel, receipt.total, true),
  ];
  if (receipt.footer !== undefined) contents.push(textOf(receipt.footer, { size: 'xs', color: line.muted }));
  return { type: 'bubble', body: { type: 'box', layout: 'vertical', spacing: 'sm', contents } };
}

function altTextOf(layout: FlexLayout): string {
  switch (layout.layout) {
    case 'coupon':
      return layout.title;
    case 'carousel':
      return layout.items.map((item) => item.title).join(' / ');
    case 'receipt':
      return `${layout.title}: ${layout.total}`;
    default: {
      const unreachable: never = layout;
      return unreachable;
    }
  }
}

/** The layout as a LINE Flex message (alt text ≤ 400 characters), checked against LINE's limits. */
export function renderFlexLayout(layout: FlexLayout): FlexMessage {
  const contents =
    layout.layout === 'coupon'
      ? couponBubble(layout)
      : layout.layout === 'carousel'
        ? { type: 'carousel' as const, contents: layout.items.map(productBubble) }
        : receiptBubble(layout);
  const alt = altTextOf(layout);
  return flexMessageSchema.parse({ altText: alt.length > 400 ? `${alt.slice(0, 399)}…` : alt, contents });
}
