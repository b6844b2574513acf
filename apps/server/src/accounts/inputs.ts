import { z } from 'zod';

export const emailSchema = z
  .email()
  .max(254)
  .transform((email) => email.toLowerCase());
/** Long passphrases welcome; 10 characters at least, and scrypt's cost stays bounded. */
export const passwordSchema = z.string().min(10, 'Use at least 10 characters.').max(256);
export const personNameSchema = z.string().trim().min(1).max(100);
export const workspaceNameSchema = z.string().trim().min(1).max(100);
