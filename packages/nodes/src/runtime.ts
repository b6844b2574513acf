// Entry point for the worker: node execution. Never imported by the browser or the workflow sandbox.
export { defineRuntime } from './runtime/define-runtime';
export type { AnyRuntimeFacet, CallGuarantee, CallOutcome, ExternalCall, RuntimeFacet } from './runtime/define-runtime';
export { createHostServices, createRuntimeRegistry, needsRuntime } from './runtime/runtime-registry';
export type { RuntimeRegistry } from './runtime/runtime-registry';
export type {
  CustomerSnapshot,
  EventSnapshot,
  NoServices,
  OutgoingMessage,
  RuntimeContext,
  StepInfo,
  StepResult,
} from './runtime/context';
export { StepFailure } from './runtime/step-failure';
export { defineService } from './runtime/services/service-key';
export type {
  AnyServiceKey,
  CallServiceKey,
  CommitServiceKey,
  ServiceKey,
  ServiceOf,
  ServicePhase,
  ServicesOf,
} from './runtime/services/service-key';
export { createServiceRegistry, provideService } from './runtime/services/service-registry';
export type { ServiceProvider, ServiceRegistry, ServiceScope, StepPhase } from './runtime/services/service-registry';
export { runCall, runCommit, runFacet, storedCallValue } from './runtime/services/run-phases';
export * from './runtime/services/journey-services';
export * from './runtime/services/io-services';
export { leaderboardService, loyaltyService } from './builtins/loyalty/loyalty-services';
export { richMenusService } from './builtins/line/rich-menus-service';
export type { RichMenuSkipReason, RichMenuSwitch, RichMenusService } from './builtins/line/rich-menus-service';
export { leaderboardScope, renderTemplate, templateScope } from './runtime/template';
export type { DeliveryOutcome, DeliveryRequest, RenderedMessage, SkipReason } from './runtime/send-delivery';
export { sendResult } from './runtime/send.runtime';
export { renderSend, sendScope, TemplateRenderError } from './runtime/send-render';
export { bulkSendAfter, type BulkSend } from './runtime/bulk-send';
export type { OutboxMessage, TemplateFailureCode } from './runtime/send-render';
export type * from './builtins/loyalty/loyalty-services';
export { builtinRuntimes, conditionHolds } from './runtime/builtins.runtime';
export { msUntilLocalTime, zonedTimeToInstant, isValidTimeZone } from './builtins/local-time';
/** The `/runtime` entry of a node-type package exports this. */
export type { RuntimePackage } from './runtime/runtime-package';
