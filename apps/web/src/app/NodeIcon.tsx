import type { NodeCategory } from '@wayfarer/nodes';
import { Gift, Puzzle, Send, Split, Zap, type LucideIcon } from 'lucide-react';
import { iconNamed } from '../ui';

/** The icon of a category, for node types whose own icon is not in the icon set. */
export const categoryIcons: Readonly<Record<NodeCategory, LucideIcon>> = {
  triggers: Zap,
  actions: Send,
  flow: Split,
  rewards: Gift,
  custom: Puzzle,
};

export interface NodeIconProps {
  /** The editor facet's icon name. */
  name: string | undefined;
  category: NodeCategory | undefined;
  size?: number;
  className?: string;
}

/** A node type's icon (SVG, never an emoji: those are empty boxes where no emoji font is installed). */
export function NodeIcon({ name, category, size = 16, className }: NodeIconProps) {
  const Icon = iconNamed(name ?? '', categoryIcons[category ?? 'custom']);
  return <Icon size={size} aria-hidden="true" className={className} />;
}
