import type { ConfigOf, Locale, NodeTypeSpec } from '../define';

/** How the editor shows a node type: icon, one-line summary, custom widgets for fields. */
export interface EditorFacet<TSpec = NodeTypeSpec> {
  type: string;
  spec: TSpec;
  /**
   * A Lucide icon name (https://lucide.dev/icons, kebab-case), e.g. `hourglass`. The web app draws
   * the icons it ships (apps/web/src/ui/icon-set.ts); any other name shows the category's icon.
   */
  icon: string;
  /** A sentence for the node card, e.g. "Wait 3 days". */
  summary(config: ConfigOf<TSpec>, locale: Locale): string;
  /** Field path → widget name (e.g. `body` → `template`), for fields a plain input does badly. */
  widgets?: Readonly<Record<string, string>>;
  /**
   * Field path → when the field applies: it is shown only while the config value at `field` (a
   * path from the config's root) is one of `values`, e.g. a LINE Flex message only for LINE.
   */
  visibleWhen?: Readonly<Record<string, FieldCondition>>;
  /**
   * The config holds a message's content (`sendContentSchema`'s fields) written for the channel at
   * `channelField`: the editor offers the message template library and a preview for a customer.
   */
  messageContent?: { channelField: string };
}

/** A condition on another field of the config (see `visibleWhen`). */
export interface FieldCondition {
  field: string;
  values: readonly string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- variance escape hatch for heterogeneous registries
export type AnyEditorFacet = EditorFacet<any>;

/** Attaches the editor facet to a spec. */
export function defineEditor<TSpec extends NodeTypeSpec>(
  spec: TSpec,
  facet: Omit<EditorFacet<TSpec>, 'type' | 'spec'>,
): EditorFacet<TSpec> {
  return { type: spec.type, spec, ...facet };
}
