import type { NodeRegistry, Port } from '@wayfarer/nodes';
import { defineMessages, type Locale } from './i18n';

const m = defineMessages({
  next: { en: 'Next', 'zh-TW': '下一步', 'zh-CN': '下一步' },
});

/**
 * The words for one exit (port) of a step: the node type's label for it (ports may depend on the
 * step's config: a split's paths), "Next" for a lone unnamed one, else the name made readable.
 */
export function portLabel(
  registry: NodeRegistry,
  nodeType: string,
  config: unknown,
  port: string,
  locale: Locale,
): string {
  const found = stepPorts(registry, nodeType, config).find((candidate) => candidate.name === port);
  if (found?.label !== undefined) return found.label[locale];
  if (port === 'out') return m.next[locale];
  return port.replace(/^win:/, '').replace(/[_-]+/g, ' ');
}

/**
 * The exits of a step as its node type declares them for its config; none when the type is unknown
 * or cannot read the config (an old version's), so callers fall back to the port's name.
 */
export function stepPorts(registry: NodeRegistry, nodeType: string, config: unknown): readonly Port[] {
  const spec = registry.get(nodeType);
  if (spec === undefined) return [];
  try {
    return spec.ports(config ?? {});
  } catch {
    return [];
  }
}
