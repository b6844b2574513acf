import { broadcastsRouter } from './broadcasts.router';
import { channelsRouter } from './channels.router';
import { customersRouter } from './customers.router';
import { journeyRouter } from './journey.router';
import { loyaltyRouter } from './loyalty.router';
import { templatesRouter } from './templates.router';
import { segmentsRouter } from './segments.router';
import { router } from './trpc';

export const appRouter = router({
  journeys: journeyRouter,
  templates: templatesRouter,
  customers: customersRouter,
  broadcasts: broadcastsRouter,
  segments: segmentsRouter,
  loyalty: loyaltyRouter,
  channels: channelsRouter,
});

/** The API's type: all a client imports from the server. */
export type AppRouter = typeof appRouter;
