/** One weighted outcome of a random split. */
export interface WeightedBranch {
  port: string;
  weight: number;
}

/**
 * Picks a branch with probability proportional to its weight, given `roll` in [0, 1). In the
 * workflow `roll` is Math.random(), which Temporal seeds per run so replay picks the same branch.
 * A zero-weight branch is never picked; if every weight is zero the first branch is. Undefined
 * only for an empty list (the IR schema forbids it).
 */
export function chooseBranch(branches: readonly WeightedBranch[], roll: number): string | undefined {
  const total = branches.reduce((sum, branch) => sum + Math.max(0, branch.weight), 0);
  if (total <= 0) return branches[0]?.port;
  const target = roll * total;
  let cumulative = 0;
  let last: string | undefined;
  for (const branch of branches) {
    if (branch.weight <= 0) continue;
    cumulative += branch.weight;
    last = branch.port;
    if (target < cumulative) return branch.port;
  }
  // Only reachable through floating-point rounding at roll ≈ 1.
  return last;
}
