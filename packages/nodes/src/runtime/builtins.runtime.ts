import { matchesAll, matchesComparison } from '@wayfarer/journey';
import { branchNode, lineShareUrl, shareLinkNode, splitNode, tagNode, waitNode } from '../builtins';
import { loyaltyRuntimes } from '../builtins/loyalty/loyalty.runtime';
import { switchRichMenuRuntime } from '../builtins/line/switch-rich-menu.runtime';
import type { BranchCondition } from '../builtins/branch';
import { msUntilLocalTime } from '../builtins/local-time';
import type { StepInfo } from './context';
import { defineRuntime, type AnyRuntimeFacet } from './define-runtime';
import { experimentRuntime } from './experiment.runtime';
import { profileService, referralService } from './services/journey-services';
import { sendRuntime } from './send.runtime';

const tagRuntime = defineRuntime(tagNode, {
  needs: [profileService],
  execute: async (config, { services: { profile } }) => {
    if (config.add.length > 0) await profile.addTags(config.add);
    if (config.remove.length > 0) await profile.removeTags(config.remove);
    if (Object.keys(config.setAttributes).length > 0) await profile.setAttributes(config.setAttributes);
    return { port: 'out' };
  },
});

const shareLinkRuntime = defineRuntime(shareLinkNode, {
  needs: [referralService],
  execute: async (config, { services: { referral } }) => {
    const { code, url } = await referral.shareLink(config.landingUrl);
    const shared = config.shareText === '' ? url : `${config.shareText} ${url}`;
    return { port: 'out', output: { code, link: url, lineShareUrl: lineShareUrl(shared) } };
  },
});

const waitRuntime = defineRuntime(waitNode, {
  execute: async (config, { now, customer }) => {
    // Only time_of_day compiles to the activity plan; the other modes are timers in the workflow.
    if (config.mode !== 'time_of_day') return { port: config.mode === 'event' ? 'timeout' : 'out' };
    const [hour = 0, minute = 0] = config.time.split(':').map(Number);
    return { port: 'out', sleepMs: msUntilLocalTime(now.getTime(), customer.timezone, hour, minute) };
  },
});

/** True when one branch condition holds for the customer in this context. */
export function conditionHolds(
  condition: BranchCondition,
  context: Pick<StepInfo, 'customer' | 'journeyEvents'>,
): boolean {
  const { customer } = context;
  switch (condition.subject) {
    case 'attribute':
      return matchesComparison(customer.attributes, { path: condition.path, op: condition.op, value: condition.value });
    case 'tag':
      return customer.tags.includes(condition.tag) === (condition.op === 'has');
    case 'points':
      return matchesComparison(
        { points: customer.points },
        { path: 'points', op: condition.op, value: condition.value },
      );
    case 'tier':
      return ((customer.tier ?? null) === condition.tier) === (condition.op === 'is');
    case 'badge':
      return (customer.badges ?? []).includes(condition.badgeKey) === (condition.op === 'has');
    case 'valueTier':
      return ((customer.valueTier ?? null) === condition.valueTier) === (condition.op === 'is');
    case 'segment':
      return (customer.segments ?? []).includes(condition.segmentId) === (condition.op === 'member');
    case 'event': {
      const seen = context.journeyEvents.some(
        (event) => event.name === condition.event && matchesAll(event.properties, condition.where),
      );
      return seen === (condition.op === 'received');
    }
    default: {
      const unreachable: never = condition;
      return unreachable;
    }
  }
}

const branchRuntime = defineRuntime(branchNode, {
  execute: async (config, context) => {
    const results = config.conditions.map((condition) => conditionHolds(condition, context));
    const passed = config.match === 'all' ? results.every(Boolean) : results.some(Boolean);
    return { port: passed ? 'true' : 'false' };
  },
});

// Splits compile to a workflow-side random choice; this facet exists for completeness and direct calls.
const splitRuntime = defineRuntime(splitNode, { execute: async () => ({ port: 'path_1' }) });

/** Runtime facets of the built-in node types. */
export const builtinRuntimes: readonly AnyRuntimeFacet[] = [
  tagRuntime,
  shareLinkRuntime,
  waitRuntime,
  branchRuntime,
  splitRuntime,
  experimentRuntime,
  sendRuntime,
  ...loyaltyRuntimes,
  switchRichMenuRuntime,
];
