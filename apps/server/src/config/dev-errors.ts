// Whether error answers may carry stack traces: only when a developer asks for it by name. NODE_ENV
// is not consulted — unset is the documented default, and tRPC would otherwise treat it as development.

/** The variable that turns on stack traces in tRPC error answers (`1` or `true`). */
export const DEV_ERRORS_VARIABLE = 'WAYFARER_DEV_ERRORS';

/** True only when {@link DEV_ERRORS_VARIABLE} is `1` or `true`. */
export function devErrorsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = env[DEV_ERRORS_VARIABLE]?.trim().toLowerCase();
  return value === '1' || value === 'true';
}
