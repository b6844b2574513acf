export { checkJourney, compileJourney } from './compile';
export { installedStepConfig, migrateConfig, type InstalledConfig } from './step-config';
export { irToGraph } from './ir-to-graph';
export { contentHash, stableStringify } from './hash';
export * from './diagnostics';
export * from './graph.schema';
export * from './ir.schema';
export * from './node-type';
export { comparisonSchema, comparisonListSchema } from './condition.schema';
export { matchesAll, matchesComparison, readPath, comparisonOperators } from './conditions';
export type { Comparison, ComparisonOperator } from './conditions';
export { containsPattern, matchesAnyTextPattern, matchesTextPattern, normalizeKeywordText } from './text-pattern';
export { summarizeGraphChanges } from './graph-diff';
export type { EdgeRef, EdgeRewire, GraphChanges, NodeChange, NodeRef } from './graph-diff';
export { durationSchema, durationToMs } from './duration';
export type { Duration } from './duration';
export { findJsonProblem, stringProblem, MAX_JSON_DEPTH } from './json-safety';
export type { JsonProblem, JsonProblemCode } from './json-safety';
export { assetKinds } from './references';
export type { AssetKind, AssetReference, ConfigWarning, WorkspaceAssets } from './references';
export { checkWorkspace, journeyReferences } from './workspace-check';
export { hasInvisibleCharacter } from './names';
export { journeyTagSchema, journeyTagsSchema, tagKey, MAX_JOURNEY_TAG_LENGTH, MAX_JOURNEY_TAGS } from './journey-tags';
export { endedByOpenPaths, endingPorts } from './open-paths';
export {
  namedEventRule,
  noEventRules,
  triggerEventNames,
  triggerMatchesEvent,
  type AnyEventRule,
  type EventRule,
  type EventRuleLookup,
  type MatchableEvent,
} from './event-rule';
export { journeyEventsUsed, usesEvent, type EventsUsed } from './events-used';
export type { StepReference } from './workspace-check';
