import { z } from 'zod';

/** A stamp card's name: the attribute `stamps_<card>` holds its count, so it must be a plain key. */
export const cardNameSchema = z
  .string()
  .trim()
  .min(1)
  .regex(/^[a-z0-9_]+$/, 'Use lower-case letters, digits and _')
  .describe('Card name');
