// Entry point for the worker: node execution. Never imported by the browser or the workflow sandbox.
export { defineRuntime } from './runtime/define-runtime';
export type { AnyRuntimeFacet, RuntimeFacet } from './runtime/define-runtime';
export { createRuntimeRegistry, needsRuntime } from './runtime/runtime-registry';
export type { RuntimeRegistry } from './runtime/runtime-registry';
export type {
  ArmAssignment,
  CustomerSnapshot,
  ExperimentServices,
  EventSnapshot,
  OutgoingMessage,
  RuntimeContext,
  RuntimeServices,
  SendFailure,
  StepResult,
} from './runtime/context';
export { leaderboardScope, renderTemplate, templateScope } from './runtime/template';
export type { DeliveryOutcome, DeliveryRequest, RenderedMessage, SkipReason } from './runtime/send-delivery';
export { sendResult } from './runtime/send.runtime';
export { renderSend, sendScope, TemplateRenderError } from './runtime/send-render';
export type { OutboxMessage, TemplateFailureCode } from './runtime/send-render';
export type * from './builtins/loyalty/loyalty-services';
export { builtinRuntimes, conditionHolds } from './runtime/builtins.runtime';
export { msUntilLocalTime, zonedTimeToInstant, isValidTimeZone } from './builtins/local-time';
/** The `/runtime` entry of a node-type package exports this. */
export type { RuntimePackage } from './runtime/runtime-package';
