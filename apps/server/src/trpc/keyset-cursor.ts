import { z } from 'zod';

/** A page cursor as the read-model repositories hand it out: `<timestamptz as Postgres prints it>|<uuid>`. */
export const keysetCursorSchema = z
  .string()
  .max(100)
  .regex(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?[+-]\d\d(:\d\d)?\|[0-9a-f-]{36}$/i, 'invalid cursor');
