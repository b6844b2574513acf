/** A session ends after this long without a request (sliding). */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and at the latest this long after sign-in, however active. */
export const SESSION_ABSOLUTE_MS = 14 * 24 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often per session: it only has to be as fine as the idle limit. */
export const SESSION_TOUCH_MS = 60 * 1000;
/** Sign-in failures allowed per email and client address within the window before refusing. */
export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
