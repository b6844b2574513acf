// Identity values as the product accepts them, normalised so one person matches one identity.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';

/**
 * E.164 (`+886912345678`), or undefined when the value is not a valid number. Without
 * `defaultCountry` only international numbers (`+886 …`) are accepted; with it a national number
 * (`0912 345 678` with `TW`) is read as that country's.
 */
export function normalizePhone(value: string, defaultCountry?: CountryCode): string | undefined {
  const parsed = parsePhoneNumberFromString(
    value.trim(),
    defaultCountry === undefined ? undefined : { defaultCountry },
  );
  return parsed?.isValid() === true ? parsed.number : undefined;
}

/** Trimmed and lower-cased: addresses are matched case-insensitively. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Whether a normalised address looks like one (`lin@example.com`); delivery decides the rest. */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(value);
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
  .refine(isEmailAddress, 'email must be an address such as lin@example.com');

/** Longest identity value (external id, channel user id) the product stores. */
export const MAX_IDENTITY_LENGTH = 255;

/** A channel user id (LINE userId, Messenger PSID): an opaque, non-empty string. */
export const channelUserIdSchema = z.string().trim().min(1).max(MAX_IDENTITY_LENGTH);

export type { CountryCode };
