import { z } from 'zod';
import { eraseCustomer } from '../privacy/erase-customer';
import { exportCustomer } from '../privacy/export-customer';
import { router, workspaceProcedure } from './trpc';

const customerRef = z.object({ customerId: z.uuid() });

/** Personal data on request: export a customer's data, erase a customer. Admins only. */
export const privacyRouter = router({
  /** Everything held about the customer, as JSON (the download of the profile page). */
  exportData: workspaceProcedure
    .meta({ role: 'admin' })
    .input(customerRef)
    .query(({ ctx, input }) =>
      exportCustomer(ctx.services, {
        ...input,
        workspaceId: ctx.workspaceId,
        actor: ctx.actor,
        requestId: ctx.requestId,
      }),
    ),

  /** Ends the customer's journeys, deletes what identifies them, keeps anonymous aggregates. */
  eraseCustomer: workspaceProcedure
    .meta({ role: 'admin' })
    .input(customerRef)
    .mutation(({ ctx, input }) =>
      eraseCustomer(ctx.services, {
        ...input,
        workspaceId: ctx.workspaceId,
        actor: ctx.actor,
        requestId: ctx.requestId,
      }),
    ),
});
