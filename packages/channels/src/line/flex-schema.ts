// The part of LINE's Flex Message format the layouts write, with LINE's limits: a carousel holds at
// most 12 bubbles, alt text at most 400 characters, a bubble's JSON at most 30 KB (a carousel's
// 50 KB), button labels at most 40 characters. Pure (zod only).
import { z } from 'zod';

const size = z.enum(['xxs', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl', '3xl', '4xl', '5xl']);
const spacing = z.enum(['none', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl']);
const color = z.string().regex(/^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/);

const textComponent = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(2000),
  wrap: z.boolean().optional(),
  weight: z.enum(['regular', 'bold']).optional(),
  size: size.optional(),
  color: color.optional(),
  align: z.enum(['start', 'end', 'center']).optional(),
  flex: z.number().int().min(0).optional(),
  margin: spacing.optional(),
});
const uriAction = z.object({
  type: z.literal('uri'),
  label: z.string().min(1).max(40),
  uri: z.string().min(1).max(1000),
});
const buttonComponent = z.object({
  type: z.literal('button'),
  style: z.enum(['primary', 'secondary', 'link']).optional(),
  color: color.optional(),
  action: uriAction,
});
const separatorComponent = z.object({ type: z.literal('separator'), margin: spacing.optional() });
const imageComponent = z.object({
  type: z.literal('image'),
  url: z.string().min(1).max(2000),
  size: z.string().optional(),
  aspectRatio: z
    .string()
    .regex(/^\d+:\d+$/)
    .optional(),
  aspectMode: z.enum(['cover', 'fit']).optional(),
});

export type FlexComponent =
  | z.infer<typeof textComponent>
  | z.infer<typeof buttonComponent>
  | z.infer<typeof separatorComponent>
  | z.infer<typeof imageComponent>
  | FlexBox;
export interface FlexBox {
  type: 'box';
  layout: 'vertical' | 'horizontal' | 'baseline';
  contents: FlexComponent[];
  spacing?: z.infer<typeof spacing>;
  margin?: z.infer<typeof spacing>;
  backgroundColor?: string;
  cornerRadius?: string;
  paddingAll?: string;
}

const boxComponent: z.ZodType<FlexBox> = z.lazy(() =>
  z.object({
    type: z.literal('box'),
    layout: z.enum(['vertical', 'horizontal', 'baseline']),
    contents: z.array(componentSchema),
    spacing: spacing.optional(),
    margin: spacing.optional(),
    backgroundColor: color.optional(),
    cornerRadius: z.string().optional(),
    paddingAll: z.string().optional(),
  }),
);
const componentSchema: z.ZodType<FlexComponent> = z.lazy(() =>
  z.union([textComponent, buttonComponent, separatorComponent, imageComponent, boxComponent]),
);

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

export const flexBubbleSchema = z
  .object({
    type: z.literal('bubble'),
    size: z.enum(['nano', 'micro', 'deca', 'hecto', 'kilo', 'mega', 'giga']).optional(),
    hero: imageComponent.optional(),
    body: boxComponent.optional(),
    footer: boxComponent.optional(),
  })
  .refine((bubble) => jsonBytes(bubble) <= 30_000, 'A bubble is at most 30 KB of JSON.');
export type FlexBubble = z.infer<typeof flexBubbleSchema>;

export const flexCarouselSchema = z
  .object({ type: z.literal('carousel'), contents: z.array(flexBubbleSchema).min(1).max(12) })
  .refine((carousel) => jsonBytes(carousel) <= 50_000, 'A carousel is at most 50 KB of JSON.');

export const flexMessageSchema = z.object({
  altText: z.string().min(1).max(400),
  contents: z.union([flexBubbleSchema, flexCarouselSchema]),
});
export type FlexMessage = z.infer<typeof flexMessageSchema>;
