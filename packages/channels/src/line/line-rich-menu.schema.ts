// A LINE rich menu as a marketer defines it: its size, the text of the chat bar, and tap areas over
// the image, each with one action. Pure (zod): the web app's editor, the API and the LINE client
// share it. LINE's limits (Messaging API reference, "Rich menu object"): width 2500 and height 1686
// or 843 (among the sizes LINE accepts, the two its console offers), 1–20 areas inside the image,
// chat bar text ≤ 14 characters, postback data ≤ 300, an image JPEG or PNG of 1 MB at most.
import { z } from 'zod';

export const richMenuSizes = {
  full: { width: 2500, height: 1686 },
  half: { width: 2500, height: 843 },
} as const;
export type RichMenuSize = keyof typeof richMenuSizes;
export const richMenuSizeNames = Object.keys(richMenuSizes) as RichMenuSize[];

/** The largest image LINE takes for a rich menu. */
export const RICH_MENU_IMAGE_MAX_BYTES = 1024 * 1024;
export const richMenuImageTypes = ['image/jpeg', 'image/png'] as const;
export type RichMenuImageType = (typeof richMenuImageTypes)[number];

export const richMenuActionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('postback'),
    data: z.string().trim().min(1, 'Write the data the tap sends back').max(300),
    displayText: z.string().trim().max(300).optional(),
  }),
  z.object({ type: z.literal('message'), text: z.string().trim().min(1, 'Write the text the tap sends').max(300) }),
  z.object({
    type: z.literal('uri'),
    uri: z
      .string()
      .trim()
      .max(1000)
      .regex(/^(https?:\/\/|tel:|line:\/\/)\S+$/, 'A link starts with https://, http://, tel: or line://'),
  }),
]);
export type RichMenuAction = z.infer<typeof richMenuActionSchema>;

const px = z.number().int().min(0).max(2500);
export const richMenuBoundsSchema = z.object({ x: px, y: px, width: px.min(1), height: px.min(1) });
export type RichMenuBounds = z.infer<typeof richMenuBoundsSchema>;

export const richMenuAreaSchema = z.object({ bounds: richMenuBoundsSchema, action: richMenuActionSchema });
export type RichMenuArea = z.infer<typeof richMenuAreaSchema>;

/** The layouts the editor offers: equal areas in a grid (columns × rows), or bounds of one's own. */
export const richMenuLayouts = {
  six: { columns: 3, rows: 2 },
  four: { columns: 2, rows: 2 },
  three: { columns: 3, rows: 1 },
  two: { columns: 2, rows: 1 },
  one: { columns: 1, rows: 1 },
} as const;
export type RichMenuGridLayout = keyof typeof richMenuLayouts;
export const richMenuLayoutNames = [...(Object.keys(richMenuLayouts) as RichMenuGridLayout[]), 'custom'] as const;
export type RichMenuLayout = (typeof richMenuLayoutNames)[number];

/** The areas of a grid layout over an image of `size`, row by row; the last column and row take the rest. */
export function layoutBounds(layout: RichMenuGridLayout, size: RichMenuSize): RichMenuBounds[] {
  const { columns, rows } = richMenuLayouts[layout];
  const { width, height } = richMenuSizes[size];
  const cellWidth = Math.floor(width / columns);
  const cellHeight = Math.floor(height / rows);
  return Array.from({ length: rows * columns }, (_, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    return {
      x: column * cellWidth,
      y: row * cellHeight,
      width: column === columns - 1 ? width - column * cellWidth : cellWidth,
      height: row === rows - 1 ? height - row * cellHeight : cellHeight,
    };
  });
}

/** What the editor sends: everything but the image, which is uploaded first. */
export const richMenuDefinitionSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the menu').max(100),
    chatBarText: z.string().trim().min(1, 'Write the chat bar text').max(14),
    size: z.enum(richMenuSizeNames as [RichMenuSize, ...RichMenuSize[]]),
    layout: z.enum(richMenuLayoutNames),
    areas: z.array(richMenuAreaSchema).min(1, 'Add at least one tap area').max(20),
  })
  .superRefine((menu, context) => {
    const { width, height } = richMenuSizes[menu.size];
    menu.areas.forEach(({ bounds }, index) => {
      if (bounds.x + bounds.width > width || bounds.y + bounds.height > height) {
        context.addIssue({
          code: 'custom',
          path: ['areas', index, 'bounds'],
          message: `The area must lie inside the ${width}×${height} image`,
        });
      }
    });
  });
export type RichMenuDefinition = z.infer<typeof richMenuDefinitionSchema>;
