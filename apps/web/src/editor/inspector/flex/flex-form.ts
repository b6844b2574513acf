// The Flex builder's form: the fields of each layout and their starting values, as flat strings
// the inputs edit; `layoutOf` turns them into the layout the channel package renders.
import { flexLayoutSchema, type FlexLayout, type FlexLayoutName } from '@wayfarer/channels/spec';
import { flexBuilderStrings as m } from './flex-builder.i18n';

export type FlexFieldName = keyof typeof m;
export type Item = Record<string, string>;
export interface FlexForm {
  layout: FlexLayoutName;
  fields: Record<string, string>;
  items: Item[];
}

/** Per layout: its own fields, and the fields of each item (none for a coupon). */
export const layoutFields: Readonly<Record<FlexLayoutName, { fields: FlexFieldName[]; itemFields: FlexFieldName[] }>> =
  {
    coupon: {
      fields: ['title', 'imageUrl', 'description', 'code', 'validUntil', 'buttonLabel', 'buttonUrl'],
      itemFields: [],
    },
    carousel: { fields: [], itemFields: ['title', 'imageUrl', 'price', 'buttonLabel', 'buttonUrl'] },
    receipt: { fields: ['title', 'totalLabel', 'total', 'footer'], itemFields: ['name', 'price'] },
  };

export const maxItems: Readonly<Record<FlexLayoutName, number>> = { coupon: 0, carousel: 10, receipt: 20 };

/** An empty form of `layout`, with one item where the layout has items. */
export function emptyForm(layout: FlexLayoutName): FlexForm {
  return { layout, fields: {}, items: maxItems[layout] > 0 ? [{}] : [] };
}

const filled = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));

/** The layout, or the paths of the fields to fix (`items.0.buttonUrl`). */
export function layoutOf(form: FlexForm): { ok: true; layout: FlexLayout } | { ok: false; paths: string[] } {
  const input = {
    layout: form.layout,
    ...filled(form.fields),
    ...(maxItems[form.layout] > 0 ? { items: form.items.map(filled) } : {}),
  };
  const parsed = flexLayoutSchema.safeParse(input);
  return parsed.success
    ? { ok: true, layout: parsed.data }
    : { ok: false, paths: parsed.error.issues.map((issue) => issue.path.join('.')) };
}
