import { journeyRouter } from './journey.router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  journeys: journeyRouter,
});

/** The API's type: all a client imports from the server. */
export type AppRouter = typeof appRouter;

/** Calls procedures in-process (tests, scripts) with a given context. */
export const createCaller = createCallerFactory(appRouter);
