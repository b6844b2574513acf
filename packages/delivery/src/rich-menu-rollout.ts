// A just-saved rich menu rule, applied to the customers it already concerns (those who hold one of
// its lines, and those an earlier rule gave a menu), a page at a time: the activity that runs it
// heartbeats the cursor, so a retry resumes where the last page ended.
import { LineRichMenuError, lineChannel } from '@wayfarer/channels';
import { customersUnderRichMenuRule, getRichMenuRules } from '@wayfarer/db';
import { applyRichMenuRule, type RichMenuDeps } from './rich-menus';

/** Customers whose menu is read and linked at once: LINE's latency, not its rate limit, is what bounds a page. */
const IN_FLIGHT = 8;

/** What a page did, counted by outcome (`linked`, `unchanged`, `skipped:no_line_user_id`, `refused`…). */
export type RolloutCounts = Record<string, number>;

export interface RolloutPage {
  /** The last customer of the page: where the next one starts; null when this was the last. */
  next: string | null;
  counts: RolloutCounts;
}

/** The outcome of applying the rule to one customer; LINE refusing one customer does not stop the rest. */
async function applyToOne(deps: RichMenuDeps, workspaceId: string, customerId: string): Promise<string> {
  try {
    const result = await applyRichMenuRule(deps, { workspaceId, customerId });
    return result.status === 'skipped' ? `skipped:${result.reason}` : result.status;
  } catch (error) {
    if (error instanceof LineRichMenuError && error.code === 'refused') return 'refused';
    throw error;
  }
}

export async function applyRichMenuRuleToPage(
  deps: RichMenuDeps,
  input: { workspaceId: string; after: string | null; limit: number },
): Promise<RolloutPage> {
  const identityKind = lineChannel.address;
  const rules = await getRichMenuRules(deps.db, input.workspaceId);
  if (identityKind === null) return { next: null, counts: {} };
  const customerIds = await customersUnderRichMenuRule(deps.db, {
    workspaceId: input.workspaceId,
    rules,
    identityKind,
    after: input.after,
    limit: input.limit,
  });
  const counts: RolloutCounts = {};
  for (let start = 0; start < customerIds.length; start += IN_FLIGHT) {
    const chunk = customerIds.slice(start, start + IN_FLIGHT);
    const outcomes = await Promise.all(chunk.map((id) => applyToOne(deps, input.workspaceId, id)));
    for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return { next: customerIds.length < input.limit ? null : (customerIds.at(-1) ?? null), counts };
}
