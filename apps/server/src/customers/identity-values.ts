// Identity values as the ingest API accepts them, normalised so one person matches one identity.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';

/** E.164 (`+886912345678`), or undefined when the value is not a valid international number. */
export function normalizePhone(value: string): string | undefined {
  const parsed = parsePhoneNumberFromString(value.trim());
  return parsed?.isValid() === true ? parsed.number : undefined;
}

/** Trimmed and lower-cased: addresses are matched case-insensitively. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export const phoneSchema = z.string().transform((value, ctx) => {
  const normalized = normalizePhone(value);
  if (normalized !== undefined) return normalized;
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not a valid phone number in international form (+886912345678)`,
  });
  return z.NEVER;
});

export const emailSchema = z
  .string()
  .transform(normalizeEmail)
  .refine((value) => /^[^\s@]+@[^\s@]+$/.test(value), 'email must be an address such as lin@example.com');

/** A channel user id (LINE userId, Messenger PSID): an opaque, non-empty string. */
export const channelUserIdSchema = z.string().trim().min(1).max(255);
