import { analyticsRouter } from './analytics.router';
import { apiKeysRouter } from './api-keys.router';
import { auditRouter } from './audit.router';
import { authRouter } from './auth.router';
import { membersRouter } from './members.router';
import { privacyRouter } from './privacy.router';
import { broadcastsRouter } from './broadcasts.router';
import { channelsRouter } from './channels.router';
import { retentionRouter } from './retention.router';
import { customersRouter } from './customers.router';
import { exportsRouter } from './exports.router';
import { importsRouter } from './imports.router';
import { listsRouter } from './lists.router';
import { enrollmentsRouter } from './enrollments.router';
import { controlGroupRouter, experimentsRouter } from './experiments.router';
import { journeyRouter } from './journey.router';
import { loyaltyRouter } from './loyalty.router';
import { messageTemplatesRouter } from './message-templates.router';
import { liffFormsRouter } from './liff-forms.router';
import { richMenusRouter } from './rich-menus.router';
import { messagesRouter } from './messages.router';
import { nodeTypesRouter } from './node-types.router';
import { templatesRouter } from './templates.router';
import { segmentsRouter } from './segments.router';
import { simulationRouter } from './simulation.router';
import { router } from './trpc';
import { workspaceSecretsRouter } from './workspace-secrets.router';

export const appRouter = router({
  journeys: journeyRouter,
  templates: templatesRouter,
  customers: customersRouter,
  imports: importsRouter,
  exports: exportsRouter,
  lists: listsRouter,
  broadcasts: broadcastsRouter,
  segments: segmentsRouter,
  loyalty: loyaltyRouter,
  channels: channelsRouter,
  retention: retentionRouter,
  simulation: simulationRouter,
  messageTemplates: messageTemplatesRouter,
  liffForms: liffFormsRouter,
  richMenus: richMenusRouter,
  messages: messagesRouter,
  nodeTypes: nodeTypesRouter,
  analytics: analyticsRouter,
  enrollments: enrollmentsRouter,
  experiments: experimentsRouter,
  controlGroup: controlGroupRouter,
  apiKeys: apiKeysRouter,
  workspaceSecrets: workspaceSecretsRouter,
  audit: auditRouter,
  privacy: privacyRouter,
  auth: authRouter,
  members: membersRouter,
});

/** The API's type: all a client imports from the server. */
export type AppRouter = typeof appRouter;
