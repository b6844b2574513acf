import type { NodeCategory } from './define';

/** Node type categories in the order a journey is built: the palette's sections, the listing's order. */
export const nodeCategoryOrder: readonly NodeCategory[] = ['triggers', 'actions', 'flow', 'rewards', 'custom'];

export interface CategoryGroup<T> {
  category: NodeCategory;
  items: T[];
}

/** Items grouped by category in `nodeCategoryOrder`, keeping their order within a category; no empty groups. */
export function groupByCategory<T extends { category: NodeCategory }>(items: readonly T[]): CategoryGroup<T>[] {
  return nodeCategoryOrder
    .map((category) => ({ category, items: items.filter((item) => item.category === category) }))
    .filter((group) => group.items.length > 0);
}

/** Items in category order (registration order within a category). */
export function inCategoryOrder<T extends { category: NodeCategory }>(items: readonly T[]): T[] {
  return groupByCategory(items).flatMap((group) => group.items);
}
