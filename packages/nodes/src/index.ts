export { defineNodeType, locales, sameInEveryLocale } from './define';
export type {
  AnyNodeTypeSpec,
  ConfigOf,
  Locale,
  LocalizedText,
  NodeCategory,
  NodeTypeDefinition,
  NodeTypeSpec,
  Port,
  PortOf,
  StepOutput,
} from './define';
export { createNodeRegistry } from './registry';
export { defineEventRule, ruleTrigger } from './event-rules';
export type { EventRuleDefinition } from './event-rules';
export type { NodeRegistry } from './registry';
export { groupByCategory, inCategoryOrder, nodeCategoryOrder } from './categories';
export type { CategoryGroup } from './categories';
export { listNodeTypes } from './listing';
export type { NodeTypeListing } from './listing';
export { NodeRegistryError } from './errors';
export * from './builtins';
export { durationSchema, durationToMs, formatDuration } from './builtins/duration';
export type { Duration } from './builtins/duration';
export { branchConditionSchema } from './builtins/branch';
export type { BranchCondition } from './builtins/branch';
export { waitConfigSchema } from './builtins/wait';
export type { WaitConfig } from './builtins/wait';
/** A package of node types: what a custom node package's main entry exports. */
export type { NodePackage } from './node-package';
export {
  alwaysPresentCustomerFields,
  checkTemplate,
  templateLimits,
  templateVariables,
  unguardedCustomerAttributes,
} from './builtins/send-template';
export { messageLocales, sendChannels } from './builtins/send-config';
export type { MessageContent, MessageLocale, SendChannel } from './builtins/send-config';
export {
  channelContentFields,
  channelContentSchema,
  sendContentProblems,
  sendContentSchema,
} from './builtins/send-content';
export type { ChannelContent, ContentProblem, SendContent } from './builtins/send-content';
export { experimentsOf, type StepExperiment } from './experiments-of';
export { secretNameSchema, secretValueSchema, zeroWidthCharacters } from './secret-name';
