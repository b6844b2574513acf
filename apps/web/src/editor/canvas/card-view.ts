import type { GraphNode } from '@wayfarer/journey';
import type { Locale, NodeCategory } from '@wayfarer/nodes';
import type { EditorRegistry } from '@wayfarer/nodes/editor';
import type { NodeCatalog } from '../graph/catalog';

export interface PortView {
  name: string;
  /** Text beside the handle; empty for a lone unnamed `out` port. */
  label: string;
  required: boolean;
}

/** Everything a node card shows, worked out from the registry (the card knows no type by name). */
export interface CardView {
  /** The editor facet's icon name (see NodeIcon). */
  icon: string;
  title: string;
  /** The type's title when the node has its own label. */
  caption: string | undefined;
  /** The facet's one-line summary; undefined while the config is incomplete. */
  summary: string | undefined;
  known: boolean;
  category: NodeCategory | 'unknown';
  acceptsInput: boolean;
  ports: readonly PortView[];
}

function summaryOf(editors: EditorRegistry, type: string, config: unknown, locale: Locale): string | undefined {
  try {
    return editors.get(type)?.summary(config, locale) || undefined;
  } catch {
    // A facet from a custom package must not take the canvas down with it.
    return undefined;
  }
}

/** The card for `node` in `locale`. */
export function describeCard(node: GraphNode, catalog: NodeCatalog, editors: EditorRegistry, locale: Locale): CardView {
  const info = catalog.info(node);
  const spec = info.spec;
  const label = node.data.label;
  if (!spec) {
    return {
      icon: '',
      title: label ?? node.type,
      caption: undefined,
      summary: undefined,
      known: false,
      category: 'unknown',
      acceptsInput: true,
      ports: [],
    };
  }
  const lone = info.ports.length === 1;
  return {
    icon: editors.get(spec.type)?.icon ?? '',
    title: label ?? spec.title[locale],
    caption: label === undefined ? undefined : spec.title[locale],
    summary: info.valid ? summaryOf(editors, spec.type, info.config, locale) : undefined,
    known: true,
    category: spec.category,
    acceptsInput: spec.kind !== 'trigger',
    ports: info.ports.map((port) => ({
      name: port.name,
      label: port.label?.[locale] ?? (lone ? '' : port.name),
      required: port.required ?? true,
    })),
  };
}
