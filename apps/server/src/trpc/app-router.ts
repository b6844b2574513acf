import { customersRouter } from './customers.router';
import { journeyRouter } from './journey.router';
import { templatesRouter } from './templates.router';
import { router } from './trpc';

export const appRouter = router({
  journeys: journeyRouter,
  templates: templatesRouter,
  customers: customersRouter,
});

/** The API's type: all a client imports from the server. */
export type AppRouter = typeof appRouter;
