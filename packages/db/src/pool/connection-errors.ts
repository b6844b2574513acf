// Which failures mean "the connection to Postgres went away" (and a new one may work), as opposed
// to a statement Postgres refused. Only these are worth reconnecting or retrying for.

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: terminated by an
// administrator, crash shutdown, cannot connect now — a restart or failover in progress).
const lostStates = /^(08|57P0[1-3])/;

// Socket-level failures Node reports on the connection.
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// What `pg` says when the socket closed under a client, or a dead client is used again.
const lostMessages = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Postgres connection has been discarded',
];

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** True when `error` (or its cause) is a lost or refused connection rather than a refused statement. */
export function isConnectionLoss(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const code = codeOf(error);
  if (code !== undefined && (lostStates.test(code) || socketCodes.has(code))) return true;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && lostMessages.some((text) => message.startsWith(text))) return true;
  // AggregateError (a host with several addresses) and wrapped errors.
  const { errors, cause } = error as { errors?: unknown; cause?: unknown };
  if (Array.isArray(errors) && errors.some((inner) => isConnectionLoss(inner, depth + 1))) return true;
  return isConnectionLoss(cause, depth + 1);
}
