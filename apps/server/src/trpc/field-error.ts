// A 400 that names the input field at fault, in the same shape input validation gives.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';

/** A 400 whose `issues` name the field, as input validation reports it (see error-translation.ts). */
export function fieldError(field: string, message: string): TRPCError {
  // Made by a failing parse: a ZodError built with `new` is not an Error, and tRPC would wrap it.
  const failed = z.object({ [field]: z.unknown().refine(() => false, message) }).safeParse({});
  return new TRPCError({ code: 'BAD_REQUEST', message, cause: failed.error });
}
